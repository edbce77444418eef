from hypothesis import given, settings, strategies as st
import pytest

from payvand.extract import extract
from payvand.extract.mentions.gazetteer import find
from payvand.extract.text import match_key
from payvand.types import Article


def _entities(doc):
    return {(e.type, match_key(doc.spans[m].text)) for e in doc.entities for m in e.mentions}


def test_every_seed_gold_entity_found_with_its_type(seed_doc, seed_gold):
    found = _entities(seed_doc)
    missing = [e["label"] for e in seed_gold["entities"]
               if not any((e["type"], match_key(f)) in found for f in [e["label"], *e["aliases"]])]
    assert not missing, missing


def test_two_spellings_are_one_linked_city(seed_doc):
    bogota = [e for e in seed_doc.entities if e.links.get("geonames") == "3688689"]
    assert len(bogota) == 1
    assert {seed_doc.spans[m].text for m in bogota[0].mentions} == {"بوگوتا", "بوگاتا"}


def test_country_in_text_picks_the_city(seed_doc):
    gz = [e for e in seed_doc.entities if e.label == "گوانگجو"]
    assert gz and gz[0].en == "Guangzhou"  # not Gwangju, Korea: the text says (کشور چین)


def test_this_association_resolves_to_metropolis(seed_doc):
    refs = [s for s in seed_doc.spans if s.coref and s.norm.startswith("این انجمن")]
    assert refs and all(seed_doc.entities[s.entity].links.get("registry") == "metropolis" for s in refs)


def test_missing_half_space_org_name_matches():
    doc = extract(Article("x", "شهردار مشهد در نشست انجمن کلان‌شهرهای جهان و اتحادیه جهانی شهرها و دولت‌های محلی شرکت کرد."))
    keys = {e.links.get("registry") for e in doc.entities}
    assert {"metropolis", "uclg"} <= keys


def test_person_from_title_and_surname_alone(dev_gold):
    art = next(g for g in dev_gold if g["id"] == "dev-meet-01")
    doc = extract(Article(art["id"], art["text"]))
    persons = [e for e in doc.entities if e.type == "Person"]
    ghalandar = [e for e in persons if "قلندر" in e.label]
    assert ghalandar and ghalandar[0].label == "محمد رضا قلندر شریف"


def test_mention_offsets_index_the_original(seed_doc):
    text = seed_doc.article.text
    for s in seed_doc.spans:
        assert text[s.start:s.end] == s.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["تهران", "شیراز", "کلان", "شهرهای", "جهان", "و", "  ", " ", "،", "x"]), max_size=12))
def test_gazetteer_matches_land_on_the_text_they_name(words):
    """Matching runs over the space-free text; every match maps back to a stretch of the
    text whose space-free form is the key, on word boundaries."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for key in ("تهران", "شیراز", "کلانشهرهایجهان", "شهرهای", "ان"):
        auto.add_word(key, key)
    auto.make_automaton()
    text = "".join(words)
    taken = find(text, auto)
    for start, end, key in taken:
        assert text[start:end].replace(" ", "") in (key, key + "ی")
        assert start == 0 or not text[start - 1].isalnum()
    assert all(a[1] <= b[0] for a, b in zip(taken, taken[1:]))
    # a key standing alone as a word is always found
    for k, w in enumerate(words):
        if w in ("تهران", "شیراز"):
            start = len("".join(words[:k]))
            before_ok = start == 0 or not text[start - 1].isalnum()
            after = start + len(w)
            after_ok = after == len(text) or not text[after].isalnum()
            if before_ok and after_ok:
                assert any(s <= start and after <= e for s, e, _ in taken)


def test_surname_written_with_a_half_space_is_whole():
    """``قاسم‌زاده``: normalisation makes the half-space a space, and hazm lists ``زاده``
    as a stopword; the name must still run to its end, so the apposition holds."""
    doc = extract(Article("t", "علی قاسم‌زاده، شهردار اصفهان، با سفیر ژاپن دیدار کرد."))
    persons = [s.norm for s in doc.spans if s.label == "Person"]
    assert persons == ["علی قاسم زاده"]
    assert [(doc.entities[f.s].type, f.p) for f in doc.facts if f.p == "mayorOf"] == [("Person", "mayorOf")]
    # a bare ending is no name of its own
    assert not [s for s in extract(Article("t", "وی زاده شیراز است.")).spans if s.label == "Person"]


def test_plural_and_detached_endings_are_no_names():
    """``شهرداری‌های`` (a half-space, normalised to a space, leaves ``های`` alone) and
    ``شهرداریهای`` (glued) are the plural of a word that is never a name: neither a
    place after ``شهرداری`` nor a person before ``عضو``."""
    for text in ("شهرداری‌های کشورهای عضو بریکس در این نشست حضور داشتند.",
                 "پژوهش شهرداریهای عضو مجمع بریکس مطرح شد."):
        doc = extract(Article("t", text))
        assert [s.label for s in doc.spans if s.label in ("Person", "City")] == []


def test_honorifics_before_a_titled_name_are_not_part_of_it():
    doc = extract(Article("t", "حجت‌الاسلام والمسلمین محمد قمی رئیس سازمان تبلیغات اسلامی و "
                               "حجتالاسلام والمسلمین علی اکبری دبیر ستاد امر به معروف حضور داشتند."))
    assert sorted(s.norm for s in doc.spans if s.label == "Person") == ["علی اکبری", "محمد قمی"]


def test_a_foreign_name_keeps_a_syllable_that_is_a_stopword():
    """``پی`` is a hazm stopword (در پی); between two name-like words it is a syllable of
    the name."""
    doc = extract(Article("t", "لی پی چن، سفیر چین، در پی این دیدار به اصفهان رفت."))
    assert [s.norm for s in doc.spans if s.label == "Person"] == ["لی پی چن"]


def test_a_country_that_is_a_common_word_needs_a_cue():
    doc = extract(Article("t", "معاون مالی و اقتصادی شهرداری با سفیر کشور مالی دیدار کرد. نیجر، مالی و چاد همسایه‌اند."))
    countries = [s.text for s in doc.spans if s.label == "Country"]
    assert countries.count("مالی") == 2 and "نیجر" in countries
    assert not any(s.label == "Country" and s.start < doc.norm.index("شهرداری") for s in doc.spans)


def test_a_pronoun_opening_a_sentence_is_the_previous_subject():
    """``وی`` after a sentence about someone named by their title is that person, not the
    last person named."""
    doc = extract(Article("t", "جان اسمیت دبیرکل انجمن شهرهای تاریخی با علی رضایی و رضا کریمی دیدار کرد. "
                               "در این مراسم برنامه‌ها تشریح شد و دبیرکل انجمن شهرهای تاریخی از میزبانی قدردانی کرد. "
                               "وی افزود: حضور در ایران ارزشمند است."))
    pronoun = next(s for s in doc.spans if s.text == "وی")
    assert doc.entities[pronoun.entity].label == "جان اسمیت"
    assert ("جان اسمیت", "visited", "ایران") in {(doc.entities[f.s].label, f.p, doc.entities[f.o].label) for f in doc.facts}


def test_this_official_is_the_previous_subject_but_not_the_post():
    """``این مقام`` (this official) names the person before, as ``وی`` does; ``در این مقام`` (in
    this post) names no one."""
    doc = extract(Article("t", "امید صالحی شهردار کرمان در این مراسم حضور داشت. این مقام شهری همچنین به عنوان "
                               "نایب رئیس مجمع شهرداران آسیایی انتخاب شد. وی در این مقام با شهردار یزد دیدار کرد."))
    officials = [s for s in doc.spans if s.text == "این مقام"]
    assert len(officials) == 1 and doc.entities[officials[0].entity].label == "امید صالحی"
    assert ("امید صالحی", "memberOf", "مجمع شهرداران آسیایی", "VicePresident") in {
        (doc.entities[f.s].label, f.p, doc.entities[f.o].label, f.role) for f in doc.facts}


def test_a_pronoun_after_a_sentence_opened_by_the_news_source_is_its_subject():
    """``او`` after ``به گزارش X؛ A … با B دیدار می‌کند.`` is A (the subject after the source), not
    B, the last person named."""
    doc = extract(Article("t", "به گزارش خبرگزاری شهر به نقل از ایسنا؛ احمد نوری شهردار کرمان فردا در شیان با "
                               "وانگ لین شهردار شیان دیدار می کند. او پس از آن عازم پکن خواهد شد."))
    pronoun = next(s for s in doc.spans if s.text == "او")
    assert doc.entities[pronoun.entity].label == "احمد نوری"
    facts = {(doc.entities[f.s].label, f.p, doc.entities[f.o].label) for f in doc.facts}
    assert ("احمد نوری", "visited", "پکن") in facts and ("وانگ لین", "visited", "پکن") not in facts


def test_an_event_of_a_joint_commission_is_named_after_both_countries():
    doc = extract(Article("t", "علی رضایی در حاشیه سومین اجلاس کمیسیون مشترک اقتصادی ایران و ترکیه در آنکارا سخن گفت."))
    assert [s.text for s in doc.spans if s.label == "Event"] == ["سومین اجلاس کمیسیون مشترک اقتصادی ایران و ترکیه"]
    assert ("علی رضایی", "participatedIn") in {(doc.entities[f.s].label, f.p) for f in doc.facts}


def test_a_common_word_after_and_is_a_place_only_in_a_longer_list():
    # "جان" (soul; also Dschang in GeoNames) after "یزد و": no city
    assert [s.text for s in extract(Article("t", "سفر به یزد و جان گفت.")).spans if s.label == "City"] == ["یزد"]
    doc = extract(Article("t", "نمایندگان کربلا، اردکان و دوشنبه حضور داشتند."))
    assert [s.text for s in doc.spans if s.label == "City"] == ["کربلا", "اردکان", "دوشنبه"]
    # two Iranian towns the GeoNames names miss (places.yaml), in a list; "بم" alone is a common word
    doc = extract(Article("t", "شهرهای بم، یزد و میبد به این مجمع پیوستند."))
    assert [s.text for s in doc.spans if s.label == "City"] == ["بم", "یزد", "میبد"]
    assert [s.text for s in extract(Article("t", "صدای بم او شنیده شد.")).spans if s.label == "City"] == []


def test_a_verb_of_saying_written_glued_ends_a_name():
    doc = extract(Article("t", "بهرام کاظمی اظهارداشت: این طرح تا پایان سال اجرا می شود."))
    assert [s.text for s in doc.spans if s.label == "Person"] == ["بهرام کاظمی"]


def test_a_two_word_country_cue_counts():
    doc = extract(Article("t", "رئیس جمهور مالی با شهردار تهران دیدار کرد."))
    assert [s.text for s in doc.spans if s.label == "Country"] == ["مالی"]


def test_a_head_noun_with_a_generic_modifier_is_no_body_but_with_a_place_it_is():
    orgs = lambda text: [s.text for s in extract(Article("t", text)).spans if s.label == "Organization"]
    assert orgs("دبیرخانه دائمی در شهر استانبول مستقر است.") == []
    assert orgs("این بزرگترین شبکه شهری جهان است.") == []
    assert orgs("اتحادیه شهرهای ترکیه به مرکزیت آنکارا تاسیس شد.") == ["اتحادیه شهرهای ترکیه"]


def test_a_city_glued_to_shahr_is_read_but_not_inside_words_that_begin_with_shahr():
    doc = extract(Article("t", "شرایط خواهرخواندگی بندرعباس با شهرنینگبو چین بررسی شد."))
    assert [s.text for s in doc.spans if s.label == "City"] == ["بندرعباس", "نینگبو"]
    assert ("twinnedWith", "نینگبو") in {(f.p, doc.entities[f.o].label) for f in doc.facts}
    for text, cities in (("شهرداران تهران و مشهد دیدار کردند.", ["تهران", "مشهد"]),  # not the city "داران"
                         ("شهروندان تهران آمدند.", ["تهران"])):
        assert [s.text for s in extract(Article("t", text)).spans if s.label == "City"] == cities, text


def test_a_name_keys_alike_with_or_without_its_half_spaces():
    def keys(text: str) -> set[str]:
        return {e.key for e in extract(Article("t", text)).entities if e.type in ("Person", "Organization", "Event")}

    with_zwnj = "علی‌رضا قاسم‌زاده شهردار اصفهان و رئیس اتحادیه شهرداری‌های ترکیه در همایش بین‌المللی شهرها شرکت کرد."
    assert keys(with_zwnj) == keys(with_zwnj.replace("\u200c", "")) == keys(with_zwnj.replace("\u200c", " "))
    assert "person/علیرضا_قاسمزاده" in keys(with_zwnj)


# --- events: how Persian news names them (sentences written for these tests) ---------------

def _events(text: str) -> list[str]:
    return [s.text for s in extract(Article("t", text)).spans if s.label == "Event" and not s.coref]


@pytest.mark.parametrize("text, events", [
    # an ordinal event's name goes on over who it gathers and what about, up to the body it is of
    ("علی رضایی در نهمین کنفرانس وزیران فرهنگ کشورهای عضو سازمان همکاری اسلامی شرکت کرد.",
     ["نهمین کنفرانس وزیران فرهنگ کشورهای عضو سازمان همکاری اسلامی"]),
    # ... and stops before where it is held, a verb, a verb's noun or another event
    ("دومین همایش گردشگری در شیراز برگزار شد.", ["دومین همایش گردشگری"]),
    ("بیش از صد شهر در یازدهمین اجلاس شرکت کردند.", ["یازدهمین اجلاس"]),
    ("هیئتی از کرمان در اجلاس جهانی شهرهای هوشمند شرکت کرد.", ["اجلاس جهانی شهرهای هوشمند"]),
    ("اجلاس سیزدهم در تبریز خواهد بود.", ["اجلاس سیزدهم"]),
    ("سومین نشست هماهنگی پنجمین کنگره شهرهای ساحلی برگزار شد.", ["سومین نشست هماهنگی", "پنجمین کنگره شهرهای ساحلی"]),
    # a body named after who it gathers goes on over them, across "و" to the next of them
    ("سومین اجلاس مجمع هماهنگی رؤسای شوراهای اسلامی و شهرداران شهرهای ساحلی کشور در بندرعباس برگزار شد.",
     ["سومین اجلاس مجمع هماهنگی رؤسای شوراهای اسلامی و شهرداران شهرهای ساحلی کشور"]),
    ("علی رضایی در نشست مجمع شهرداران و متخصصان مدیریت شهری آسیا شرکت می کند.",
     ["نشست مجمع شهرداران و متخصصان مدیریت شهری آسیا"]),
    # two adjectives of a name joined by و or a dash, a country paired with another or a region
    ("هفته فرهنگی – اقتصادی ارمنستان در یزد آغاز شد.", ["هفته فرهنگی – اقتصادی ارمنستان"]),
    ("اجلاس منطقه‌ای و بین‌منطقه‌ای یونسکو در شیراز برگزار می‌شود.", ["اجلاس منطقه‌ای و بین‌منطقه‌ای یونسکو"]),
    ("نشست بین‌المللی اقتصادی ایران و آفریقا در تهران برگزار شد.", ["نشست بین‌المللی اقتصادی ایران و آفریقا"]),
    ("همایش ملی و شهرداران شیراز دیدار کردند.", []),
    # a ceremony naming a place to a title is an event named by all of it (a year in it too)
    ("آیین پلاک‌کوبی کاشان به عنوان شهر جهانی فرش دستباف با حضور علی رضایی برگزار شد.",
     ["آیین پلاک‌کوبی کاشان به عنوان شهر جهانی فرش دستباف"]),
    ("مراسم معرفی رسمی سبزوار به‌عنوان پایتخت فرهنگی شیعه در سال ۲۰۳۰ صبح امروز آغاز شد.",
     ["مراسم معرفی رسمی سبزوار به‌عنوان پایتخت فرهنگی شیعه در سال ۲۰۳۰"]),
    ("مراسم معرفی شهردار جدید کرمان برگزار شد.", []),
    # an ordinal with دوره, an ordinal after the head, the tens of an ordinal
    ("سیزدهمین دوره جشنواره بین‌المللی فیلم کوتاه در اصفهان برگزار شد.",
     ["سیزدهمین دوره جشنواره بین‌المللی فیلم کوتاه"]),
    ("کنگره یازدهم شهرداران کشورهای ساحلی در بندرعباس برگزار شد.", ["کنگره یازدهم شهرداران کشورهای ساحلی"]),
    ("هفتاد و دومین اجلاس شهرداران جوان در کرج گشایش یافت.", ["هفتاد و دومین اجلاس شهرداران جوان"]),
    # a quoted title after the head is part of the name, an opening quote before it is not
    ("نخستین نشست هم‌اندیشی «شهرهای فردا» در تهران برگزار شد.", ["نخستین نشست هم‌اندیشی «شهرهای فردا»"]),
    ("شعار «دومین همایش ملی شهر سالم» برگزیده شد.", ["دومین همایش ملی شهر سالم"]),
    # modifiers that tell an event's scope and whom it gathers name it, as an ordinal would
    ("علی رضایی در اجلاس جهانی شهرداران که در ژنو برگزار می‌شود شرکت می‌کند.", ["اجلاس جهانی شهرداران"]),
    ("نشست مشترک شهرداران در تبریز برگزار شد.", []),
    # after whom it gathers (ministers too) the topic may go on over where they are from
    ("علی رضایی در نشست وزرای فرهنگ کشورهای ساحلی در باکو شرکت کرد.", ["نشست وزرای فرهنگ کشورهای ساحلی"]),
    ("نشست وزرای فرهنگ دو کشور در باکو برگزار شد.", []),
    ("نشست کارشناسان فرهنگ کشورهای ساحلی در باکو برگزار شد.", []),
    # a modifier written glued (a half-space dropped)
    ("نشست رسمی هیئتمدیره سازمان شهرهای ساحلی جهان در کیش برگزار شد.",
     ["نشست رسمی هیئتمدیره سازمان شهرهای ساحلی جهان"]),
    # a quotation that opens with the head is the event's name; a holy name's honorific is part of it
    ("اجلاس جوانان شهرهای ساحلی و «اجلاس آسیایی جامعه ایمن» سال گذشته در تهران برگزار شد.",
     ["اجلاس آسیایی جامعه ایمن"]),
    ("جشنواره بین‌المللی امام رضا (ع) که عصر امروز در مشهد برپا می‌شود آغاز شد.",
     ["جشنواره بین‌المللی امام رضا (ع)"]),
    ("همایش بین‌المللی شهرداران (یوسی ال جی) در تهران برگزار شد.", []),
    # a head with the ezafe after a vowel
    ("شهردار دبی از اکسپوی دبی گفت.", ["اکسپوی دبی"]),
    # an ordinal before a listed forum's name, or before a body named by its head noun
    ("پنجمین مجمع شهرداران آسیایی در شهر هایکو برگزار شد.", ["پنجمین مجمع شهرداران آسیایی"]),
    ("دهمین دوره مجمع جهانی شهری برگزار شد.", ["دهمین دوره مجمع جهانی شهری"]),
    ("علی رضایی در دومین اجلاس مجمع شهرهای ساحلی ایران سخنرانی کرد.", ["دومین اجلاس مجمع شهرهای ساحلی ایران"]),
    # a gathering body's name is its meeting's after "در حاشیه", "حضور در" … or held right after it
    ("رضا کاظمی در حاشیه مجمع شهرهای ساحلی جهان با شهردار بندرعباس گفتگو کرد.", ["مجمع شهرهای ساحلی جهان"]),
    ("مجمع شهرهای ساحلی جهان در بندرعباس برگزار شد.", ["مجمع شهرهای ساحلی جهان"]),
    ("رضا کاظمی در مراسم پایانی مجمع شهرهای ساحلی جهان از مهمانان قدردانی کرد.", ["مجمع شهرهای ساحلی جهان"]),
    # ... and a gathering head with modifiers that name no body, after the same words
    ("رضا کاظمی در حاشیه مجمع جهانی شهری با شهردار کابل دیدار کرد.", ["مجمع جهانی شهری"]),
    ("رضا کاظمی عضو مجمع جهانی شهری است.", []),
    # ... or held right after them, with who attends, where and when between
    ("مجمع جهانی شهرهای گردشگری با حضور ۴۰ شهر در تبریز برگزار شد.", ["مجمع جهانی شهرهای گردشگری"]),
    ("رضا کاظمی در مجمع جهانی شهری که روز دوشنبه در ابوظبی برگزار شد سخنرانی کرد.", ["مجمع جهانی شهری"]),
    ("مجمع شهرهای ساحلی جهان روز دوشنبه در بندرعباس برگزار شد.", ["مجمع شهرهای ساحلی جهان"]),
    # a quoted name that ends with where it is held keeps the place as its inner link
    ("علی رضایی در «همایش سالانه گردشگری در کرمان» سخنرانی کرد.", ["همایش سالانه گردشگری در کرمان"]),
    ("بوشهر عضو مجمع شهرهای ساحلی جهان است.", []),
    # without an ordinal, words after the head name an event only when a body or a place ends them
    ("هفته فرهنگی ارمنستان در یزد آغاز شد.", ["هفته فرهنگی ارمنستان"]),
    ("هفته گذشته تهران میزبان هیئتی از چین بود.", []),
    # a cultural week named after a place no gazetteer lists (a province), held elsewhere
    ("هفته فرهنگی کوهسار شمالی در کازان برگزار شد.", ["هفته فرهنگی کوهسار شمالی"]),
    ("هفته فرهنگی – اقتصادی کوهسار در یزد آغاز شد.", ["هفته فرهنگی – اقتصادی کوهسار"]),
    ("هفته فرهنگی دانشگاه در تهران برگزار شد.", []),
    ("هفته فرهنگی در مدارس کرمان برگزار شد.", []),
    # a city's own week is a commemoration, one held elsewhere an event
    ("برنامه‌های هفته شیراز با حضور شهردار آغاز شد.", []),
    ("هفته تهران در مسکو برگزار شد.", ["هفته تهران"]),
    ("روزهای شهر دوشنبه در کازان برگزار گردید.", ["روزهای شهر دوشنبه"]),
    ("در روزهای آینده تهران میزبان هیئتی از چین است.", []),
    ("همایش دو روزه است که روزهای هفتم و هشتم مهر در کرمان برگزار می‌شود.", []),
    ("جلسه هماهنگی شهرداری تهران برگزار شد.", []),
    # a city council's sitting is no named event
    ("علی رضایی در نشست علنی شورای اسلامی شهر کرمان گفت: بودجه تصویب شد.", []),
    # a generic or referring head is no new event
    ("او در این همایش و در نشست با شهردار گفت.", []),
    ("نشستی با شهردار برگزار شد.", []),
])
def test_event_names(text, events):
    assert _events(text) == events


def test_a_designation_ceremony_is_held_in_the_place_it_names():
    doc = extract(Article("t", "آیین پلاک‌کوبی کاشان به عنوان شهر جهانی فرش دستباف با حضور علی رضایی برگزار شد."))
    facts = {(doc.entities[f.s].label, f.p, doc.entities[f.o].label) for f in doc.facts}
    event = "آیین پلاک‌کوبی کاشان به عنوان شهر جهانی فرش دستباف"
    assert {(event, "hostedBy", "کاشان"), ("علی رضایی", "participatedIn", event)} <= facts


def test_a_body_of_mayors_ends_where_who_it_gathers_ends():
    """After "مجمع شهرداران", "و" before a title (no one a body gathers) ends the body's name."""
    doc = extract(Article("t", "رئیس مجمع شهرداران و رئیس شورای شهر یزد دیدار کردند."))
    assert [s.text for s in doc.spans if s.label == "Organization"][0] == "مجمع شهرداران"


def test_this_meeting_is_the_event_of_that_head_noun_even_after_an_ordinal():
    """"این اجلاس" is the last event whose head is اجلاس ("پنجمین اجلاس …"), not a festival or
    a week named after it."""
    doc = extract(Article("t", "پنجمین اجلاس شهرداران آسیایی در کرمان برگزار می‌شود. "
                               "برنامه‌های سومین جشنواره فرهنگی شهرهای ساحلی نیز ادامه دارد. "
                               "شهرداران شیراز و یزد در این اجلاس حضور خواهند یافت."))
    refs = [doc.entities[s.entity].label for s in doc.spans if s.coref and s.label == "Event"]
    assert refs == ["پنجمین اجلاس شهرداران آسیایی"]


def test_this_meeting_after_a_meeting_told_is_that_meeting_not_the_event():
    """"در این نشست" after a meeting told since the event's sentence is that meeting: nobody
    in it took part in the event; right after the event it is the event."""
    doc = extract(Article("t", "سومین اجلاس شهرهای ساحلی سال آینده در بوشهر برگزار می‌شود. "
                               "احمد نوری شهردار کرمان روز گذشته با وانگ لین سفیر چین دیدار کرد. "
                               "در این نشست وانگ لین از همکاری دو کشور سخن گفت."))
    assert [s for s in doc.spans if s.coref and s.label == "Event"] == []
    assert [f for f in doc.facts if f.p == "participatedIn"] == []
    doc = extract(Article("t", "سومین اجلاس شهرهای ساحلی سال آینده در بوشهر برگزار می‌شود. "
                               "احمد نوری شهردار کرمان در دیدار با وانگ لین سفیر چین از همکاری گفت. "
                               "در این نشست وانگ لین هدیه ای به شهردار داد."))
    assert [f for f in doc.facts if f.p == "participatedIn"] == []
    # (a talk named as a topic is no meeting told)
    doc = extract(Article("t", "سومین اجلاس شهرهای ساحلی در شهر بوشهر برگزار شد. "
                               "شهردار آن را فرصتی برای گفت و گو درباره همکاری های شهرهای ساحلی خواند. "
                               "در این نشست وانگ لین شهردار شیان از همکاری سخن گفت."))
    assert {doc.entities[f.s].label for f in doc.facts if f.p == "participatedIn"} == {"وانگ لین"}
    doc = extract(Article("t", "سومین اجلاس شهرهای ساحلی در شهر بوشهر برگزار شد. "
                               "در این نشست وانگ لین شهردار شیان از همکاری سخن گفت."))
    refs = [doc.entities[s.entity].label for s in doc.spans if s.coref and s.label == "Event"]
    assert refs == ["سومین اجلاس شهرهای ساحلی"]


def test_this_exhibition_or_festival_refers_back_to_the_event():
    """"این نمایشگاه", "این فستیوال" are the event of that kind named before, as "این اجلاس" is."""
    doc = extract(Article("t", "سومین نمایشگاه بین‌المللی گردشگری شهری در کرمان برگزار شد. "
                               "شهرداران شیراز و یزد در این نمایشگاه حضور داشتند."))
    refs = [doc.entities[s.entity].label for s in doc.spans if s.coref and s.label == "Event"]
    assert refs == ["سومین نمایشگاه بین‌المللی گردشگری شهری"]
    facts = {(doc.entities[f.s].label, f.p) for f in doc.facts if f.p == "participatedIn"}
    assert facts == {("شیراز", "participatedIn"), ("یزد", "participatedIn")}


def test_a_place_that_ends_an_event_name_after_other_words_is_no_host():
    """"هفته فرهنگی ارمنستان" is held elsewhere; a body that ends the name is whose event it is,
    and so is a city named as such right after the head."""
    doc = extract(Article("t", "هفته فرهنگی ارمنستان در یزد آغاز شد."))
    assert {(doc.entities[f.o].label, f.p) for f in doc.facts if f.p == "hostedBy"} == {("یزد", "hostedBy")}
    doc = extract(Article("t", "علی رضایی در دومین اجلاس مجمع شهرهای ساحلی ایران سخنرانی کرد."))
    assert ("مجمع شهرهای ساحلی ایران", "hostedBy") in {(doc.entities[f.o].label, f.p) for f in doc.facts}
    # ... but a city's days are held elsewhere
    doc = extract(Article("t", "برنامه‌های هفته فرهنگی شیراز در مسکو آغاز شد."))
    assert {(doc.entities[f.o].label, f.p) for f in doc.facts if f.p == "hostedBy"} == {("مسکو", "hostedBy")}
    doc = extract(Article("t", "روزهای شهر دوشنبه در کازان برگزار گردید."))
    assert {(doc.entities[f.o].label, f.p) for f in doc.facts if f.p == "hostedBy"} == {("کازان", "hostedBy")}
    # a place named as a city right after the head is the host
    doc = extract(Article("t", "کنگره شهر چونگ چینگ در ماه آینده برگزار می‌شود."))
    assert {(doc.entities[f.o].label, f.p) for f in doc.facts if f.p == "hostedBy"} == {("چونگ چینگ", "hostedBy")}


@pytest.mark.parametrize("text, titles", [
    # a bare or indefinite head: the quoted title is the event's name
    ("شهرداری مشهد همایشی با عنوان «گردشگری پایدار در شهرهای زیارتی» برگزار کرد.",
     [["گردشگری پایدار در شهرهای زیارتی"]]),
    # a named event: the title is another name of the same event
    ("نمایشگاه بین‌المللی صنایع غذایی با عنوان «فودکس ۲۰۲۴» در کازان گشایش یافت.",
     [["نمایشگاه بین‌المللی صنایع غذایی", "فودکس ۲۰۲۴"]]),
    # an event head inside the title is no event of its own
    ("نشست بین‌المللی اقتصادی تحت عنوان «اجلاس آلماتی ۲۰۲۳» در آلماتی برگزار شد.",
     [["نشست بین‌المللی اقتصادی", "اجلاس آلماتی ۲۰۲۳"]]),
])
def test_a_title_given_to_an_event(text, titles):
    doc = extract(Article("t", text))
    by_entity: dict[int, list[str]] = {}
    for s in doc.spans:
        if s.label == "Event":
            by_entity.setdefault(s.entity, []).append(s.text)
    assert list(by_entity.values()) == titles


@pytest.mark.parametrize("messy", [
    lambda t: t.replace("ی", "ي").replace("ک", "ك"),
    lambda t: t.replace("\u200c", ""),
    lambda t: t.replace("\u200c", " "),
    lambda t: t.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩")),
])
def test_event_names_keep_to_messy_spelling(messy):
    text = ("سیزدهمین دوره جشنواره بین‌المللی فیلم کوتاه در اصفهان برگزار شد و نمایشگاه بین‌المللی صنایع غذایی "
            "با عنوان «فودکس ۲۰۲۴» در کازان گشایش یافت. کنگره یازدهم شهرداران کشورهای ساحلی در بندرعباس برگزار شد.")
    assert [match_key(e) for e in _events(messy(text))] == [match_key(e) for e in _events(text)]


# --- organizations named by their head noun and what follows it ---------------------------

def _orgs(text: str) -> list[tuple[str, str]]:
    doc = extract(Article("t", text))
    return [(s.text, doc.entities[s.entity].key) for s in doc.spans if s.label == "Organization" and not s.coref]


@pytest.mark.parametrize("text, orgs", [
    # a governorate, and a province's administration only before a place (not a mayor's place)
    ("معاون استانداری خوزستان با سفیر ژاپن دیدار کرد.", ["استانداری خوزستان"]),
    ("معاون ولایت کابل و شهردار ولایت بلخ گفتند.", ["ولایت کابل"]),
    ("ولایت فقیه اصل قانون اساسی است.", []),
    # a ministry's office in a province is a body of its own, named with where it serves
    ("رئیس نمایندگی وزارت امور خارجه در بندرعباس گفت.", ["نمایندگی وزارت امور خارجه در بندرعباس"]),
    ("مدیر دفتر نمایندگی وزارت امور خارجه در شمال شرق کشور گفت.",
     ["دفتر نمایندگی وزارت امور خارجه در شمال شرق کشور"]),
    ("مدیرکل سازمان میراث فرهنگی و گردشگری استان گیلان گفت.", ["سازمان میراث فرهنگی و گردشگری استان گیلان"]),
    # a ministry and its country; a ministry's field joined by "و"
    ("سخنگوی وزارت کشور ترکیه گفت.", ["وزارت کشور ترکیه"]),
    ("معاون وزارت خارجه ایران گفت.", ["وزارت خارجه ایران"]),
    ("معاون وزارت شهرسازی و مسکن گفت.", ["وزارت شهرسازی و مسکن"]),
    # a free zone's organization
    ("مدیرعامل سازمان منطقه آزاد چابهار گفت.", ["سازمان منطقه آزاد چابهار"]),
    # a province's centre, a person after the head, a surname after a comma: no body there
    ("ساری مرکز استان مازندران است و کازان مرکز جمهوری تاتارستان.", []),
    ("رئیس شورای اسلامی شهر گرگان، حسینی گفت.", ["شورای اسلامی شهر گرگان"]),
    # an event's verb is no part of a body's name
    ("کانون فرهنگی هنری نگار برگزار کرد.", ["کانون فرهنگی هنری نگار"]),
    # a body named after the citizens it gathers; the citizens of a city are no body
    ("یزد به سازمان شهروندان جهان پیوست.", ["سازمان شهروندان جهان"]),
    ("شهروندان تهران در این مراسم حضور داشتند.", []),
    # a department of a municipality ends before the city, listed or not; a common word after
    # شهرداری is part of the name
    ("مدیر مرکز ارتباطات و امور بین‌الملل شهرداری کارمونا گفت.", ["مرکز ارتباطات و امور بین‌الملل"]),
    ("رئیس سازمان فرهنگی شهرداری تبریز گفت.", ["سازمان فرهنگی"]),
    ("رئیس سازمان فرهنگی شهرداری منطقه گفت.", ["سازمان فرهنگی شهرداری منطقه"]),
])
def test_organization_names(text, orgs):
    assert [name for name, _ in _orgs(text)] == orgs


def test_a_ministry_office_and_a_foreign_ministry_are_bodies_of_their_own():
    keys = dict(_orgs("رئیس نمایندگی وزارت امور خارجه در بندرعباس با سخنگوی وزارت کشور ترکیه "
                      "و معاون وزارت خارجه ایران دیدار کرد."))
    assert keys["وزارت خارجه ایران"] == "org/iran-mfa"
    assert keys["وزارت کشور ترکیه"] != "org/iran-interior"
    assert keys["نمایندگی وزارت امور خارجه در بندرعباس"] not in ("org/iran-mfa", "org/iran-mfa-provincial")


@pytest.mark.parametrize("text, key", [
    ("کارشناسان جایکا در تهران بودند.", "org/jica"),
    ("نماینده آژانس همکاری‌های بین‌المللی ژاپن گفت.", "org/jica"),
    ("تولیت آستان قدس رضوی گفت.", "org/astan-quds"),
    ("وزیران سازمان همکاری‌های اسلامی دیدار کردند.", "org/oic"),
    ("رئیس کمیسیون ملی یونسکو در ایران گفت.", "org/unesco-iran-commission"),
])
def test_listed_bodies(text, key):
    assert key in {k for _, k in _orgs(text)}


@pytest.mark.parametrize("messy", [
    lambda t: t.replace("ی", "ي").replace("ک", "ك"),
    lambda t: t.replace("\u200c", ""),
    lambda t: t.replace("\u200c", " "),
])
def test_organization_names_keep_to_messy_spelling(messy):
    text = ("رئیس نمایندگی وزارت امور خارجه در بندرعباس با معاون استانداری خوزستان و نماینده آژانس "
            "همکاری‌های بین‌المللی ژاپن دیدار کرد.")
    assert [(match_key(n), k) for n, k in _orgs(messy(text))] == [(match_key(n), k) for n, k in _orgs(text)]
# --- persons and places: the mention layer (issue #18) --------------------------------------
# Sentences written for these tests; each group is one construction of Persian news.

def _persons(text: str) -> list[str]:
    return [s.norm for s in extract(Article("t", text)).spans if s.label == "Person" and not s.coref]


def _spelled_messily(text: str) -> list[str]:
    """The same text as the press may write it: Arabic ي/ك, no half-spaces, Arabic digits."""
    return [text, text.replace("ی", "ي").replace("ک", "ك"), text.replace("\u200c", ""),
            text.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"))]


def _keyed_facts(text: str) -> tuple[list[str], set[tuple[str, str, str]]]:
    """The persons and the facts of ``text``, names by :func:`match_key` (so a name written with
    a half-space, glued or with a space compares equal)."""
    doc = extract(Article("t", text))
    persons = sorted(match_key(s.text) for s in doc.spans if s.label == "Person" and not s.coref)
    return persons, {(match_key(doc.entities[f.s].label), f.p, match_key(doc.entities[f.o].label)) for f in doc.facts}


# invented surnames whose second part is a common word (پی, رو, سیما) or no surname's ending;
# each sentence is written with the half-space, glued, and (where that is a name too) spaced
_HALF_SPACED = [
    ("آرش زرین\u200cپی شهردار تبریز گفت: همکاری ادامه دارد.", False),
    ("کاوه خوش\u200cسیما در این دیدار گفت: همکاری ادامه دارد.", False),
    ("شهردار تبریز، بهرام پاک\u200cرو، گفت: همکاری ادامه دارد.", False),
    ("در دیدار آقای زرین\u200cپی با شهردار کازان همکاری بررسی شد.", False),
    ("آرش پاک\u200cرو و کاوه رضایی شهردار تبریز با هم دیدار کردند.", False),
    ("آرش سیف\u200cالهی شهردار تبریز گفت: همکاری ادامه دارد.", True),
    ("شهرداری سیه\u200cکوه با شهرداری تبریز تفاهم\u200cنامه امضا کرد.", False),
    ("کاوه رضا\u200cزاده شهردار تبریز گفت: همکاری ادامه دارد.", True),
]


@pytest.mark.parametrize("text, spaced_too", _HALF_SPACED)
def test_a_name_written_with_a_half_space_is_the_name_written_glued(text, spaced_too):
    """The normaliser makes a half-space a space (``زرین‌پی`` -> ``زرین پی``), and ``پی`` alone is
    a common word that ends a name's walk; the two halves of a word so written are one name word."""
    found = _keyed_facts(text)
    assert found[0] or found[1], text  # (something to compare: a person or a fact)
    assert found == _keyed_facts(text.replace("\u200c", ""))
    if spaced_too:
        assert found == _keyed_facts(text.replace("\u200c", " "))


@pytest.mark.parametrize("text", [
    "مدیر\u200cکل امور بین\u200cالملل شهرداری تبریز گفت: همکاری ادامه دارد.",
    "همکاری\u200cهای شهردار تبریز با شهرداران دیگر ادامه دارد.",
    "گفت\u200cوگو با شهردار تبریز درباره تفاهم\u200cنامه همکاری انجام شد.",
    "تفاهم\u200cنامه شهردار تبریز و شهردار کازان امضا شد.",
    "برنامه\u200cریزی شهردار تبریز برای همکاری\u200cهای بین\u200cالمللی ادامه دارد.",
    "هم\u200cاندیشی شهردار تبریز با شهرداران منطقه برگزار شد.",
    "آرش به\u200cعنوان شهردار تبریز انتخاب شد.",
    "سرپرست معاونت بین\u200cالملل شهرداری تبریز می\u200cگوید همکاری ادامه دارد.",
])
def test_common_words_written_with_a_half_space_are_no_names(text):
    """Words hazm knows (with their half-space or glued), inflections, prefixes, and the second
    half of such a word are no name beside a title."""
    assert _persons(text) == []


def test_no_holder_of_a_title_after_a_demonstrative_or_the_preposition_of_where():
    """``cues.yaml`` person.not_after: before a title, a word after ``این`` is a noun and one
    after ``در`` a place (a dateline's city no gazetteer lists), not the title's holder."""
    assert _persons("به گزارش خبرنگار ما در زیلوما، شهردار این شهر گفت: همکاری ادامه دارد.") == []
    assert _persons("در حاشیه این فستیوال شهردار تبریز گفت: همکاری ادامه دارد.") == []
    assert _persons("امروز، کاوه زیلوما، شهردار تبریز گفت: همکاری ادامه دارد.") == ["کاوه زیلوما"]


def test_a_surname_made_of_a_given_name_is_no_common_word():
    """موسوی, حیدری, ایوبی, رضازاده are frequent in hazm's news corpus; after a given name
    they are the surname, and alone before a title they are a name."""
    for text in _spelled_messily("رضا موسوی با اشاره به توسعه روابط گفت: همکاری ادامه دارد."):
        assert _persons(text) == ["رضا موسوی"]
    assert _persons("حسین ایوبی مدیر کل امور بین‌الملل شهرداری شیراز در نشست حضور داشت.") == ["حسین ایوبی"]
    assert _persons("رضازاده مدیر روابط عمومی شهرداری کرج گفت که نشست برگزار شد.") == ["رضازاده"]


def test_one_word_after_a_mayors_title_before_another_title_is_the_city():
    """"شهردار X رئیس مجمع شد": X is the mayor's city, not the holder of رئیس; a given name
    there is the holder's (a name after the mayor's title)."""
    assert _persons("شهردار کارمونا رئیس مجمع و شهردار تبریز دبیرکل آن شد.") == []
    assert _places("شهردار کارمونا رئیس مجمع و شهردار تبریز دبیرکل آن شد.") == ["کارمونا", "تبریز"]
    assert _persons("شهردار کاظم رئیس مجمع شد.") == ["کاظم"]


@pytest.mark.parametrize("source", ["صدا و سیما", "صدا وسیما"])
def test_a_broadcaster_ending_in_a_given_name_opens_no_name(source: str):
    """"صدا و سیما X" (however its spaces fall): the station of city X, no person سیما X; سیما
    opens a name elsewhere."""
    text = f"به گزارش {source} کارمونا، شهردار کارمونا در دیدار با سفیر ژاپن گفت: بله."
    assert _persons(text) == []
    assert _places(text) == ["کارمونا", "کارمونا"]
    assert _persons("سیما رضایی در این دیدار گفت: بله.") == ["سیما رضایی"]


def test_a_stopword_before_a_surname_ending_is_part_of_the_name():
    assert _persons("مهدی عالی‌پور رئیس سازمان گردشگری در نشست حضور داشت.") == ["مهدی عالی پور"]


def test_quotes_and_dashes_on_a_word_edge_are_not_part_of_a_name():
    assert _persons("ایرنا- 'ژان دوپون' شهردار لیون با 'علی رضایی' شهردار یزد دیدار کرد.") == ["ژان دوپون", "علی رضایی"]


def test_the_news_source_is_no_name():
    assert _persons("به گزارش ساحلان، شهردار کرمان از نمایشگاه بازدید کرد.") == []
    assert _persons("ابنا علی کریمی، استاندار فارس، به شیراز رفت.") == ["علی کریمی"]
    # a chain of sources before the speaker, who is a sentence's subject
    assert _persons("به گزارش خبرگزاری ساحلان و به نقل از روابط عمومی شهرداری یزد، حمید برجسته در حاشیه "
                    "این مراسم گفت: همکاری ادامه دارد.") == ["حمید برجسته"]


def test_compound_given_names_and_dari_titles():
    doc = extract(Article("t", "مولوی عبدالصمد نوری، شاروال هرات با اسداله کریمی والی بلخ دیدار کرد."))
    assert [s.norm for s in doc.spans if s.label == "Person"] == ["مولوی عبدالصمد نوری", "اسداله کریمی"]
    assert _persons("محترم عزیزالله ستانکزی به کابل رفت.") == ["عزیزالله ستانکزی"]
    assert _persons("شیخ ناصر الحمدان پس از این دیدار به بغداد رفت.") == ["ناصر الحمدان"]


def test_a_given_name_with_a_common_surname_before_a_title_or_a_delegation():
    assert _persons("حمید برجسته، مدیرعامل شرکت واحد، از نمایشگاه بازدید کرد.") == ["حمید برجسته"]
    assert _persons("کریم ساعت و هیئت همراه به تبریز رفتند.") == ["کریم ساعت"]
    # a common word that is no surname's whole: no delegation's head
    assert _persons("کریم رضایی ساعت و هیئت همراه را تعیین کرد.") == ["کریم رضایی"]


def test_a_surname_alone_opening_a_speaker_sentence():
    assert _persons("به گزارش ایرنا، سلطانپور در این دیدار گفت: همکاری ادامه دارد.") == ["سلطانپور"]
    assert _persons("کاظمی ادامه داد: این طرح اجرا می‌شود.") == ["کاظمی"]
    assert _persons("تیموری در این دیدار گفت: این طرح اجرا می‌شود.") == ["تیموری"]
    assert _persons("شرکت‌کنندگان در این همایش گفتند که همکاری مهم است.") == []


def test_a_quoted_name_next_to_a_title_or_a_meeting():
    assert _persons("شهردار لیون با «لی مینگ» دیدار کرد.") == ["لی مینگ"]
    assert _persons('"ماکسیم پتروف" سفیر روسیه وارد شیراز شد.') == ["ماکسیم پتروف"]
    # a slogan, a newspaper
    assert _persons('در این نشست «امید و آینده» مطرح شد و روزنامه "بشیر گیلان" نوشت.') == []
    assert _persons('روزنامه محلی "بشیر گیلان" نوشت.') == []
    # a given name of two words, the second an ending of its own
    assert _persons('شیخ ناصر الحمدان پس از دیدار با "محیی الدین نجفی"، کنسول ایران، گفت.') \
        == ["ناصر الحمدان", "محیی الدین نجفی"]


def test_a_name_joined_by_and_to_a_person():
    assert _persons("علی رضایی و ژان دوپون در نشست حاضر بودند.") == ["علی رضایی", "ژان دوپون"]
    assert _persons("ژان دوپون و علی رضایی در نشست حاضر بودند.") == ["ژان دوپون", "علی رضایی"]


def test_derived_words_and_glued_verbs_are_no_names():
    assert _persons("ابراز علاقه‌مندی سفیر اتریش به همکاری.".replace("\u200c", "")) == []
    assert _persons("این طرح میشود رئیس شورا گفت.") == []
    # a verb's past in the first person after a given name that is a word too (آرام: calm)
    assert _persons("شهردار گفت: این شهر را پاک و آرام دیدم.") == []
    assert _persons("آرام احمدی، شهردار شیراز، به لیون رفت.") == ["آرام احمدی"]


def test_adjectives_by_their_form_are_no_names():
    # غیر before a common word; a loan adjective in تیک; a compound in جانبه
    assert _persons("در نشستی غیررسمی استاندار فارس با شهردار لیون دیدار کرد.") == []
    assert _persons("پس از دیدارهای دوره‌ای و دیپلماتیک سرکنسول ایران در استانبول، توافق شد.") == []
    assert _persons("برای توسعه روابط دوجانبه، استاندار گیلان به آستارا رفت.") == []
    # an adverb: its tanwin dropped, or glued to ب
    assert _persons("نشست برگزار شد. متعاقبا، رئیس سازمان به تبریز رفت.") == []
    assert _persons("این طرح به ابتکار ایران و بویژه کامران نیکپور، رئیس شورای شهر آغاز شد.") == ["کامران نیکپور"]


def test_a_surname_made_of_a_given_name_with_wi():
    # رضوی from رضا, glued to the word before it: a surname of two, no two common words glued
    assert _persons("این مجمع فعال است. سیدعلی ناظم‌رضوی از اهداف این مجمع سخن گفت.".replace("\u200c", "")) \
        == ["سیدعلی ناظمرضوی"]


def test_the_one_quoted_after_according_to():
    assert _persons("به گفته کوئیک ، شهر آنتالیا میزبان اجلاس است.") == ["کوئیک"]
    assert _persons("به گفته ژان دوپون، شهر لیون میزبان است.") == ["ژان دوپون"]
    assert _persons("به گفته کاظمی، شهر لیون میزبان است.") == ["کاظمی"]
    # common words, a pronoun, a given name alone
    assert _persons("به گفته کارشناسان، شهر آنتالیا میزبان اجلاس است.") == []
    assert _persons("به گفته مسئولان شهری، شهر لیون میزبان است. به گفته وی، لیون آماده است.") == []
    assert _persons("به گفته امید، شهر میزبان است.") == []


def test_every_phrase_before_the_one_quoted_is_read_once():
    """The name after each phrase of ``person.name_after_said`` is found where the one pattern
    (``attribution.said_phrase``) finds it, and is what ``said_right_before`` sees quoted; a
    phrase opening a clause after punctuation too."""
    from payvand.extract.attribution import said_right_before
    from payvand.extract.data import load_yaml

    for phrase in load_yaml("cues.yaml")["person"]["name_after_said"]:
        for text in (f"{phrase} ژان دوپون، شهر لیون میزبان است.", f"شهر لیون، «{phrase} ژان دوپون» میزبان است."):
            doc = extract(Article("t", text))
            names = [sp for sp in doc.spans if sp.label == "Person" and not sp.coref]
            assert [sp.norm for sp in names] == ["ژان دوپون"], text
            assert said_right_before().search(doc.norm, 0, names[0].nstart) is not None


def test_a_title_misspelt_ends_the_name():
    assert _persons("حمید رضا کاظم پور مسول روابط بین الملل شهرداری گفت که همکاری ادامه دارد.") \
        == ["حمید رضا کاظم پور"]


def test_a_given_name_that_is_a_common_word_after_a_given_name():
    assert _persons("محمد ولی کاویانی، رئیس سازمان منطقه آزاد، به تبریز رفت.") == ["محمد ولی کاویانی"]
    assert _persons("ولی شهردار تبریز به استانبول نرفت.") == []  # "but"


def test_a_name_linked_to_the_fathers_name():
    assert _persons("سالم بن احمد الفارسی مدیرکل سازمان همکاری گفت که همکاری ادامه دارد.") \
        == ["سالم بن احمد الفارسی"]


def test_a_one_syllable_surname_that_is_a_common_word():
    assert _persons("در این مراسم نی ژیانگ، شهردار سانیا، سخن گفت.") == ["نی ژیانگ"]
    assert _persons("در این دیدار لی چونگمو شهردار گوانگجو گفت.") == ["لی چونگمو"]
    # a common word of the list before a word hazm knows is no name's
    assert _persons("همکاری های فرهنگی کاوسی رئیس سازمان را خرسند کرد.") == ["کاوسی"]


def test_a_surname_of_two_words_the_second_made_of_a_given_name():
    assert _persons("به گزارش ایرنا، حسن درویش امیری اظهار داشت: همکاری ادامه دارد.") == ["حسن درویش امیری"]
    assert _persons("علی گفت احمدی به تبریز رفت.") != ["علی گفت احمدی"]


def test_an_ending_written_apart_is_no_word_of_the_names_length():
    assert _persons("محمد حسن علی پور کاشانی، عضو شورای شهر، به تبریز رفت.") == ["محمد حسن علی پور کاشانی"]


def test_a_speakers_surname_of_two_common_words():
    assert _persons("به گزارش ایرنا، حسین سیف الهی ظهر امروز در جمع خبرنگاران گفت: همکاری ادامه دارد.") \
        == ["حسین سیف الهی"]
    assert _persons("به گزارش ایرنا، رضا امامی یگانه در نشست با شهردار باکو گفت: همکاری ادامه دارد.") \
        == ["رضا امامی یگانه"]
    # across two words of when it was said
    assert _persons("به گزارش ایرنا، علی حامد مقدم صبح چهارشنبه در نشست خبری گفت: همکاری ادامه دارد.") \
        == ["علی حامد مقدم"]
    # when it was said is no surname; a given name alone is no name found
    assert _persons("علی روز دوشنبه در این دیدار گفت: همکاری ادامه دارد.") == []
    assert _persons("حسن در نشست با شهردار باکو گفت: همکاری ادامه دارد.") == []


def _places(text: str, label: str = "City") -> list[str]:
    return [s.norm for s in extract(Article("t", text)).spans if s.label == label and not s.coref]


def test_the_members_of_a_list_of_cities_are_cities():
    for text in _spelled_messily("خواهرخواندگی یزد با شهرهای قونیه و ترابوزان بررسی شد."):
        assert _places(text) == ["یزد", "قونیه", "ترابوزان"]
    # a cue after a cue; the list ends before the country
    assert _places("شهرداران شهرهای اوسان و سونگدو کره جنوبی به تهران آمدند.") == ["اوسان", "سونگدو", "تهران"]
    # without a cue: most of three members or more are cities
    assert _places("نمایندگان تهران، مشهد، کرمان، ورزنه و علویجه آمدند.") == ["تهران", "مشهد", "کرمان", "ورزنه", "علویجه"]
    # persons and verbs in a list are none
    assert _places("نمایندگان تهران، مشهد، علی رضایی و حسن آمدند.") == ["تهران", "مشهد"]
    assert _persons("نمایندگان تهران، مشهد، علی رضایی و حسن آمدند.") == ["علی رضایی"]
    # after a singular cue "A و B" is not read as a list: "مسئولان" is no city
    assert _places("شهردار استانبول و مسوولان این شهر حضور داشتند.") == ["استانبول"]


def test_an_ambiguous_city_paired_where_only_cities_stand():
    """A city that is also a word (``وین``: "و این" written glued) is the city beside another
    city after a plural city cue or a twinning's, or before a twinning cue; not in any pair."""
    for text in ("تبریز و وین خواهرخوانده شدند.", "شهرهای تبریز و وین خواهرخوانده شدند.",
                 "خواهرخواندگی تبریز و وین امضا شد."):
        assert _places(text) == ["تبریز", "وین"]
    assert _places("تبریز و وین امروز آرام بود.") == ["تبریز"]
    # after a trip's destination cue too; the weekday stays a weekday elsewhere
    assert _places("شهردار تبریز در سفر به وین با همتای خود دیدار کرد.") == ["تبریز", "وین"]
    assert _places("شهردار تبریز روز دوشنبه عازم دوشنبه شد.") == ["تبریز", "دوشنبه"]
    # ... not a word that opens a phrase after the cue ("around the world")
    assert _places("او پس از سفر به دور دنیا به تبریز بازگشت.") == ["تبریز"]


def test_a_name_that_splits_into_a_word_and_a_rare_one_is_no_two_words_glued():
    """``کاروتان`` is not ``کار`` + ``و`` + ``تان`` written without spaces: the rarer part is a
    word only hazm's list holds, and the whole looks like a name; two words of a glued phrase
    still are (``شهرسازیومعماری``)."""
    assert _places("هیئتی از شهر کاروتان به تبریز آمد.") == ["کاروتان", "تبریز"]
    assert _places("تبریز با شهرهای کاروتان و زیلوما خواهرخوانده است.") == ["تبریز", "کاروتان", "زیلوما"]
    assert _places("معاون شهرسازیومعماری شهرداری تبریز گفت: همکاری ادامه دارد.") == ["تبریز"]


def test_a_city_of_several_words_up_to_its_country_and_its_ezafe():
    doc = extract(Article("t", "قرارداد با شهر قاضیان تپ ترکیه امضا شد."))
    assert ("قاضیان تپ", "locatedIn", "ترکیه") in {(doc.entities[f.s].label, f.p, doc.entities[f.o].label) for f in doc.facts}
    doc = extract(Article("t", "خواهرخواندگی کرمان با شهر دامبوویتای رومانی امضا شد."))
    assert ("کرمان", "twinnedWith", "دامبوویتا") in {(doc.entities[f.s].label, f.p, doc.entities[f.o].label) for f in doc.facts}


def test_a_place_spelled_otherwise_is_the_gazetteer_s_place():
    """The skeleton of a name (sound-alike letters one, vowel letters dropped) finds the place."""
    doc = extract(Article("t", "شهر بخارای ازبیکستان و کوتاهیه در تورکیه انتخاب شدند."))
    countries = {s.norm: doc.entities[s.entity].links.get("iso3166") for s in doc.spans if s.label == "Country"}
    assert countries == {"ازبیکستان": "UZ", "تورکیه": "TR"}
    doc = extract(Article("t", "خواهرخوانده‌های کراچی شهرهایی چون استامبول، بیروت و دبی هستند."))
    cities = {s.norm: doc.entities[s.entity].en for s in doc.spans if s.label == "City"}
    assert cities["استامبول"] == "Istanbul"
    # a word of hazm's lexicon whose skeleton a place has is no place: "فراهم"
    assert _places("زمینه همکاری شهرهای تبریز و باکو فراهم شد.") == ["تبریز", "باکو"]


def test_press_spellings_of_cities_in_two_words():
    """``data/places.yaml``: spellings of the press written in two words are the one city."""
    doc = extract(Article("t", "نشست بعدی در غازیان تپ ترکیه و اجلاس دیگری در هونگ کنگ برگزار می شود."))
    cities = {s.norm: doc.entities[s.entity].en for s in doc.spans if s.label == "City"}
    assert cities == {"غازیان تپ": "Gaziantep", "هونگ کنگ": "Hong Kong"}
    assert ("غازیان تپ", "locatedIn", "ترکیه") in {(doc.entities[f.s].label, f.p, doc.entities[f.o].label) for f in doc.facts}
    # the name's first word is no longer read as a city of its own
    doc = extract(Article("t", "به گزارش شهرنوشت از غازی آنتپ ترکیه، مراسم آغاز شد."))
    assert [s.norm for s in doc.spans if s.label == "City"] == ["غازی آنتپ"]


def test_dari_municipality_and_mayor_name_the_city():
    assert _places("عبدالحق رحیمی شاروال مزارشریف با شاروالی خنجان همکاری کرد.") == ["مزارشریف", "خنجان"]


def test_compound_given_names_written_glued():
    # a given name of two words without its half-space; a name, "ال" and a word
    assert _persons("به گزارش ایرنا، حجت‌الله کاظمی در این آیین گفت: همکاری ادامه دارد.".replace("\u200c", "")) \
        == ["حجتالله کاظمی"]
    assert _persons("حبیب‌الرحمن کاکر، والی قندهار به مشهد آمد.".replace("\u200c", "")) == ["حبیبالرحمن کاکر"]
    # a name glued to a common word is a compound surname, not two common words
    assert _persons("علی حامدمقدم ادامه داد: همکاری مهم است.") == ["علی حامدمقدم"]


def test_a_misspelt_honorific_is_no_part_of_the_name():
    assert _persons("حجت السلام والمسلمین علی یحیی‌پور رئیس کمیسیون فرهنگی شورای شهر اهواز حضور داشت.") \
        == ["علی یحیی پور"]


def test_a_name_s_latin_spelling_beside_it_is_a_gloss():
    assert _persons("ژان دوپون Jean Dupont شهردار شهر ونسان امروز با علی رضایی دیدار کرد.") == ["ژان دوپون", "علی رضایی"]


def test_a_quoted_name_takes_a_place_s_name_as_its_surname():
    doc = extract(Article("t", "شهردار شیراز در دیدار با «ژان لیون» و هیئت همراه گفت."))
    assert [(s.label, s.norm) for s in doc.spans if s.label in ("Person", "City")] == [("City", "شیراز"), ("Person", "ژان لیون")]


def test_a_surname_that_is_a_role_word_with_an_ending_and_a_glued_sayyid():
    """``رئیسی`` is a word of the role ``نایب رئیسی`` only; ``سیدابراهیم`` is سید and a given name."""
    for text in _spelled_messily("آیت‌الله سیدمحمود رئیسی تولیت آستان قدس رضوی در مراسم حضور داشت."):
        assert _persons(text) == ["سیدمحمود رئیسی"]
    assert _persons("علی رضایی به نایب رئیسی انجمن انتخاب شد.") == ["علی رضایی"]


# Foreign names no lexicon holds (benchmarks/name_swap.py measures the same on the gold with every
# person renamed): a run of two or more words, one of which hazm's lexicon lacks in any spelling,
# is a name where a person's name stands. Names invented for these tests.
FOREIGN_NAMES = [
    # opening a clause, before what a subject's name goes on with
    ("به گزارش خبرنگار ما در اصفهان، دوریان ماتسکو عصر دوشنبه در نشستی خبری گفت: همکاری ادامه دارد.", ["دوریان ماتسکو"]),
    ("کالیروف بستانو که برای شرکت در اجلاس به تهران سفر کرده است، گفت: همکاری ادامه دارد.", ["کالیروف بستانو"]),
    ("در این انتخابات، دوریان ماتسکو با رای اعضا به عنوان دبیرکل مجمع انتخاب شد.", ["دوریان ماتسکو"]),
    ("کالیروف بستانو همچنین اعلام کرد آماده است به تبریز سفر کند.", ["کالیروف بستانو"]),
    # one word the lexicon lacks, before a speaker's phrase
    ("به گزارش ایلنا، ماتسکو در دیدار با شهردار شیراز گفت: همکاری ادامه دارد.", ["ماتسکو"]),
    # the one met
    ("شهردار تبریز امروز با کالیروف بستانو در شهر صوفیه دیدار کرد.", ["کالیروف بستانو"]),
    # in quotes, before a subject's words
    ("«دوریان ماتسکو» از امضای تفاهم‌نامه خبر داد.", ["دوریان ماتسکو"]),
    # a list joined by commas and و
    ("در مراسم امضا، دوریان ماتسکو، کالیروف بستانو و تورانو میلسکی از اعضای شورای شهر تبریز حضور داشتند.",
     ["دوریان ماتسکو", "کالیروف بستانو", "تورانو میلسکی"]),
    # a foreign surname's ending (-ski) on a word that splits into two common ones (مین + و + سکی)
    ("به گزارش خبرنگار ما از همدان، مینوسکی دارین شهردار هیروشیما گفت: همکاری ادامه دارد.", ["مینوسکی دارین"]),
    # no name runs over a line's end; after با, one may end the text
    ("دیدار شهردار با کالیروف بستانو\nساوینو مارکو در این دیدار گفت: بله.", ["کالیروف بستانو", "ساوینو مارکو"]),
    ("شهردار تبریز امروز دیدار کرد با کالیروف بستانو", ["کالیروف بستانو"]),
    # a small city's name inside a name before a title (Dumas, Texas)
    ("کالیروف دوماس بستانو، سفیر بلغارستان در ایران، گفت: همکاری ادامه دارد.", ["کالیروف دوماس بستانو"]),
]

NOT_FOREIGN_NAMES = [
    # words the lexicon has with a hamza the text dropped (رأس, هیئتی) are no name
    "سفیر اتریش در ایران در راس هیاتی به شهرداری رشت وارد شد.",
    # common words, however rare, after با
    "شهردار تبریز با جدیت این طرح را دنبال کرد.",
    # a common word's form the lexicon lacks (مسئولینی: -ین + ی, no foreign surname's -ینی); Latin words
    "به گفته مسئولینی که در جلسه بودند، کار آغاز شد.",
    "همکاری با Google Maps گسترش یافت.",
    # a list of places is no list of names, nor a place after one before a title
    "شهرهای کازان، ساراتف و تبریز در این نشست حضور داشتند.",
    "تبریز و کارمونا عضو شبکه شهرهای خلاق هستند.",
    "شهرهایی مانند کارمونا و ساوینو عضو شبکه شهرهای خلاق هستند.",
]


@pytest.mark.parametrize("text, names", FOREIGN_NAMES)
def test_a_foreign_name_is_found_where_a_name_stands(text: str, names: list[str]):
    for variant in _spelled_messily(text):
        assert [match_key(n) for n in _persons(variant)] == [match_key(n) for n in names]


@pytest.mark.parametrize("text", NOT_FOREIGN_NAMES)
def test_words_a_lexicon_knows_are_no_foreign_name(text: str):
    assert _persons(text) == []


# Cities the gazetteer lacks, told by their context (benchmarks/name_swap.py --type City measures the
# same on the gold with every city renamed). Names invented for these tests.
CONTEXT_CITIES = [
    ("اجلاس شهرداران آسیایی در کارمونا ترکیه برگزار شد.", ["کارمونا"]),  # before its country
    ("تفاهم‌نامه خواهرخواندگی بین شهر باستانی کارمونا و شهر تبریز امضا شد.", ["کارمونا", "تبریز"]),  # described
    ("شهردار تبریز با سفر به ساوینو با شهردار این شهر دیدار کرد.", ["تبریز", "ساوینو"]),  # a trip's destination
    ("هیئت شهرداری تبریز عازم ساوینو شد.", ["تبریز", "ساوینو"]),
    ("شهر «کارمونا» ایتالیا و شهر تبریز خواهرخوانده شدند.", ["کارمونا", "تبریز"]),  # quoted after its cue
    # lists: each member with its country, after "از جمله"
    ("اصفهان با شهرهای کارمونا ایتالیا، ساوینو رومانی و تبریز خواهرخوانده است.", ["اصفهان", "کارمونا", "ساوینو", "تبریز"]),
    ("اصفهان با ۵ شهر از جمله کارمونا، ساوینو و تبریز خواهرخوانده است.", ["اصفهان", "کارمونا", "ساوینو", "تبریز"]),
    ("شهرهای دیگری از جمله کارمونا و ساوینو در این شبکه عضو هستند.", ["کارمونا", "ساوینو"]),
    # the two a twinning joins; where something is held
    ("توافق خواهرخواندگی کارمونا و ساوینو پس از ۱۱ سال احیا شد.", ["کارمونا", "ساوینو"]),
    ("قرارداد خواهرخواندگی بین تبریز و ساوینو امضا شد.", ["تبریز", "ساوینو"]),
    ("اجلاس جهانی شهرداران در ساوینو ترکیه برگزار خواهد شد.", ["ساوینو"]),
    ("در تفاهم نامه جدید خواهر خواندگی کارمونا و ساوینو به ترافیک پرداخته شده است.", ["کارمونا", "ساوینو"]),
    ("تبریز با ۵ شهر، ازجمله کارمونا، ساوینو و دیلاس خواهرخوانده است.", ["تبریز", "کارمونا", "ساوینو", "دیلاس"]),
    # a list after a plural cue written apart or with -ی (شهر‌های مختلفی چون, کلانشهرهایی چون); a cue is no city
    ("شهر‌های مختلفی چون کارمونا، ساوینو و دیلاس در این مجمع حضور دارند.", ["کارمونا", "ساوینو", "دیلاس"]),
    ("شهرداران کلانشهرهایی چون کارمونا، ساوینو و تبریز در این مجمع عضو هستند.", ["کارمونا", "ساوینو", "تبریز"]),
    # a city and a rare word joined by و (no person before a title: "تبریز و X عضو …")
    ("تبریز و کارمونا عضو شبکه شهرهای خلاق هستند.", ["تبریز", "کارمونا"]),
    # a place after its cue is no title's holder
    ("با توجه به ظرفیت‌های شهر کارمونا، شهردار کارمونا در حاشیه اجلاس گفت: بله.", ["کارمونا", "کارمونا"]),
    # a trip's frame around its destination; a held event's venue with "در حال" between
    ("شهردار تبریز به کارمونا سفر کرد.", ["تبریز", "کارمونا"]),
    ("هیئت ترکیه دیروز وارد کارمونا شد.", ["کارمونا"]),
    ("اجلاس شهرداران در کارمونا در حال برگزاری است.", ["کارمونا"]),
    # what the city is, after it: a country's capital, a province's centre
    ("این اجلاس در کارمونا، پایتخت کره جنوبی برگزار می‌شود.", ["کارمونا"]),
    ("ساوینو پایتخت کشور ترکیه است.", ["ساوینو"]),
    ("ساوینو، مرکز استان گیلان، میزبان جشنواره بود.", ["ساوینو"]),
    # a list whose members each name their country, with no plural cue before it
    ("اصفهان با ۱۰ شهر دنیا شامل کارمونا چین، ساوینو ایتالیا، دیلاس رومانی و تبریز خواهرخوانده است.",
     ["اصفهان", "کارمونا", "ساوینو", "دیلاس", "تبریز"]),
    ("این شهر با کارمونا آلمان و ساوینو کوبا خواهرخوانده است.", ["کارمونا", "ساوینو"]),
    # where an event is held, right after its name; a city before "در" and its country where a
    # list may open; "one of the cities of" after it
    ("هیئتی از ایران در اجلاس شهرهای خلاق یونسکو در کارمونا حضور یافت.", ["کارمونا"]),
    ("اصفهان با ۲۳ شهر خواهرخوانده است که از جمله می‌توان به کارمونا در فرانسه اشاره کرد.", ["اصفهان", "کارمونا"]),
    ("تبریز با کارمونا یکی از شهرهای کشور چین خواهرخوانده است.", ["تبریز", "کارمونا"]),
    # the municipality's older name, the building's (بلدیه)
    ("جلسه در ساختمان بلدیه کارمونا برگزار شد.", ["کارمونا"]),
]

CONTEXT_CITIES += [
    # a town whose name is a common word with an ending (سپید + ان) is no common word itself
    ("علی رضایی شهردار سپیدان در این نشست گفت.", ["سپیدان"]),
    # before در and its country at the text's opening
    ("به کارمونا در فرانسه رفت.", ["کارمونا"]),
]

NOT_CONTEXT_CITIES = [
    ("این موضوع در مذاکرات ترکیه بررسی شد.", []),  # a common word before a country
    ("وزیر با سفر به استان با مردم دیدار کرد.", []),  # a common word as the destination
    ("ممکن بود دعوتنامه‌ها به مقصد نرسد.", []),
    ("خواهرخواندگی فرهنگی و اقتصادی دو شهر بررسی شد.", []),
    ("این نشست در سالن همایش‌ها برگزار شد.", []),
    ("این نشست در حاشیه اجلاس برگزار شد.", []),
    ("تبریز و رضایی در نشست حضور داشتند.", ["تبریز"]),  # a surname joined to a city is no city
    ("در پایان، شهرداران از کالیروف تقدیر کردند.", []),  # "از" alone opens no list ("از جمله" does)
    ("بازدید شهرداران از لوور انجام شد.", []),
    # a word Persian news uses, of a word's shape (the name model), in a city's slot before a country
    ("شهرداران شهرهای پرجمعیت ترکیه در این نشست حضور داشتند.", []),
    ("اجلاس شهرداران در کلانشهرهای پرجمعیت ترکیه برگزار شد.", []),
    # common words in the frames and before the appositions
    ("دانشجو برای تحصیل به خارج سفر کرد.", []),
    ("او برای تحصیل به خارج سفر کرد.", []),  # no gazetteer place made of a pronoun and a word (اوبرا)
    ("این تیم وارد مرحله جدید شد.", []),
    ("کارکنان وارد ساختمان شدند.", []),
    ("این طرح در مجلس در حال بررسی است.", []),
    ("این نمایشگاه در حاشیه اجلاس در حال برگزاری است.", []),
    ("او امروز پایتخت ترکیه را ترک کرد.", []),
    ("ساختمان مرکز استان در حال ساخت است.", []),
    ("به گزارش بلدیه آنلاین، شهردار گفت.", []),
    # common words after an event and "در", before "در" and a country, before "یکی از شهرهای"
    ("این نمایشگاه در اجلاس شهرداران در حاشیه نشست برپا شد.", []),
    ("سرمایه‌گذاری در ترکیه و حضور در روسیه مهم است.", []),
    ("گردشگری یکی از شهرهای ایران را متحول کرد.", []),
    # common words before countries in a list
    ("مذاکرات ترکیه و روابط روسیه بررسی شد.", []),
    ("او با همتای ترکیه، سفیر روسیه و نماینده چین دیدار کرد.", []),
]


@pytest.mark.parametrize("text, cities", CONTEXT_CITIES + NOT_CONTEXT_CITIES)
def test_a_city_the_gazetteer_lacks_is_told_by_its_context(text: str, cities: list[str]):
    for variant in _spelled_messily(text):
        assert [match_key(c) for c in _places(variant)] == [match_key(c) for c in cities]


def test_a_name_after_an_honorific_or_به_ریاست_stops_where_the_sentence_goes_on():
    """After a given name and a surname, a common word is the sentence going on; after two given
    names it is the surname (جاوید, شریف)."""
    assert _persons("جلسه شورای شهر به ریاست علی رضایی برگزار شد.") == ["علی رضایی"]
    assert _persons("آقای محمد علی جاوید در این نشست گفت: بله.") == ["محمد علی جاوید"]


def test_the_coming_event_of_a_body_is_named_after_it():
    """"آتی", "آینده", "بعدی" end an event's name ("اجلاس آینده … برگزار می‌شود"), but before
    the body whose event it is they stay in it."""
    assert _events("نشست آینده مجمع شهرداران آسیایی به میزبانی تبریز برگزار می‌شود.") == ["نشست آینده مجمع شهرداران آسیایی"]
    assert _events("اجلاس آینده در سال ۲۰۲۶ برگزار خواهد شد.") == []


@pytest.mark.parametrize("reference", ["این مجمع", "این مجمع جهانی"])
def test_an_event_named_after_a_reference_to_a_body_is_the_event_named_in_full(reference: str):
    """``چهارمین اجلاس دوسالانه این مجمع`` is the body's event named in full elsewhere, whatever
    the reference's length."""
    doc = extract(Article("t", "علی رضایی عضو هیئت مدیره مجمع شهرداران آسیا است. "
                               f"چهارمین اجلاس دوسالانه {reference} در شیراز برگزار شد. "
                               "رضایی در چهارمین اجلاس دوسالانه مجمع شهرداران آسیا شرکت کرد."))
    assert [e.label for e in doc.entities if e.type == "Event"] == ["چهارمین اجلاس دوسالانه مجمع شهرداران آسیا"]


def _bodies_and_events(text: str) -> list[tuple[str, str]]:
    """The events and organizations found, their names with no spaces (the spellings compared
    differ only in them)."""
    doc = extract(Article("t", text))
    return sorted((sp.label, sp.norm.replace(" ", "")) for sp in doc.spans if sp.label in ("Event", "Organization"))


@pytest.mark.parametrize("text", [
    "شهردار کرمان در نشست انجمن بین{}المللی شهرهای صلح در وین شرکت کرد.",
    "نخستین همایش بین{}المللی شهرهای ساحلی در بندرعباس برگزار شد.",
    "شبکه بین{}المللی شهرهای خلاق با حضور شهردار کرمان نشستی برگزار کرد.",
    "سومین جشنواره بین{}المللی شهرهای دوستدار کودک در اصفهان برگزار شد.",
    "نشست هم{}اندیشی شهرداران شهرهای ساحلی در بوشهر برگزار شد.",
    "شهردار کرمان در نخستین کنفرانس هم{}اندیشی شهرداران آسیا در توکیو شرکت کرد.",
    "مجمع شهرداران کلان{}شهرهای آسیایی نشستی در توکیو برگزار کرد.",
])
def test_an_event_or_body_named_with_a_half_space_a_space_or_glued_is_one(text: str) -> None:
    half, spaced, glued = (_bodies_and_events(text.format(joint)) for joint in ("\u200c", " ", ""))
    assert half and half == spaced == glued


@pytest.mark.parametrize("text", [
    "نخستین جشنواره فرهنگی نیک{}پی در کرمان برگزار شد.",
    "همایش سالانه نیک{}پی با حضور شهردار کرمان برگزار شد.",
    "سازمان فرهنگی هنری نیک{}پی با شهرداری کرمان تفاهم‌نامه امضا کرد.",
    "اتحادیه شهرداران شهر{}آفتاب با شهرداری کرمان تفاهم‌نامه امضا کرد.",
])
def test_a_name_word_written_with_a_half_space_goes_on_an_event_or_body_as_if_glued(text: str) -> None:
    """The event and body finders read the words the name walks read (``name_words``): ``نیک‌پی``
    is one word, as ``نیکپی`` (written with a space, ``پی`` is a word of its own)."""
    half, glued = (_bodies_and_events(text.format(joint)) for joint in ("\u200c", ""))
    assert half and half == glued
