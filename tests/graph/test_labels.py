"""One preferred label per entity and language, the other spellings as alternative labels, kept
right by incremental builds; canned queries that name each entity once and find it by any name."""
import json
from collections import Counter, defaultdict

import pytest

from payvand.build import build
from payvand.graph.network import load
from payvand.graph.sparql import QueryError, query, run_canned
from payvand.ontology.labels import preferred

MASHHAD = "https://w3id.org/payvand/id/geonames/124665"
LABELS = """SELECT ?e ?p ?l WHERE { ?e a ?t ; ?p ?l . VALUES ?t { pv:Person pv:City pv:Country pv:Organization pv:Event }
                                    VALUES ?p { skos:prefLabel skos:altLabel rdfs:label } }"""


def _labels(out) -> dict[str, dict[str, set]]:
    """entity -> {"prefLabel fa": {...}, "altLabel en": {...}, "label": {...}} as the store has them."""
    found: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for e, p, l in query(out, LABELS).rows:
        prop = p.rsplit("#", 1)[-1]
        found[e][prop].add(l)
    return found


def _lang_labels(out, prop: str) -> dict[str, list[tuple[str, str]]]:
    rows = query(out, f"SELECT ?e ?l (lang(?l) AS ?lang) WHERE {{ ?e skos:{prop} ?l FILTER(isIRI(?e) && "
                      "!STRSTARTS(STR(?e), STR(pv:))) }").rows
    out_: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for e, l, lang in rows:
        out_[e].append((lang, l))
    return out_


def test_the_preferred_form_is_the_most_used_then_the_fullest_then_the_first():
    assert preferred({"مشهد": 2, "مشهد مقدس": 1}) == "مشهد"
    assert preferred({"مشهد": 1, "مشهد مقدس": 1}) == "مشهد مقدس"
    assert preferred({"گوانگجو": 1, "گوانجو": 1, "گوانژو": 1}) == "گوانگجو"
    assert preferred({"گوانجو": 1, "گوانژو": 1}) == "گوانجو"  # same length: code-point order


def test_every_entity_has_one_preferred_label_per_language_and_its_other_spellings(built_dev):
    out = built_dev
    records = [json.loads(l) for l in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    used: dict[str, Counter] = defaultdict(Counter)  # entity -> how many articles give each Persian form
    for r in records:
        if r["kind"] == "entity":
            used[r["iri"]][r["label"]] += 1
    pref, alt = _lang_labels(out, "prefLabel"), _lang_labels(out, "altLabel")
    assert set(pref) == set(used)
    for entity, forms in used.items():
        fa = [l for lang, l in pref[entity] if lang == "fa"]
        assert len(fa) == 1, entity  # exactly one Persian preferred label
        assert len([l for lang, l in pref[entity] if lang == "en"]) <= 1, entity
        others = {l for lang, l in alt.get(entity, []) if lang == "fa"}
        assert {fa[0]} | others == set(forms) and fa[0] not in others
        assert all(forms[fa[0]] >= forms[o] for o in others)  # no other spelling is used by more articles
    assert sum(len(v) for v in alt.values()) >= 3  # the development articles do spell entities differently
    # rdfs:label keeps every spelling: what SKOS entails from the preferred and alternative labels
    for entity, props in _labels(out).items():
        assert props["label"] == props["prefLabel"] | props["altLabel"], entity
    # the networkx graph (viewer, exports, stats) names each entity as the store does
    g = load(out)
    for entity, d in g.nodes(data=True):
        assert (("fa", d["label"]) in pref[entity]) and (not d["label_en"] or ("en", d["label_en"]) in pref[entity])
        assert sorted(d["alt_labels"]) == sorted(alt.get(entity, []))


def _articles(path, texts: dict[str, str]) -> None:
    path.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in texts.items()),
                    encoding="utf-8")


def test_preferred_labels_follow_incremental_builds(tmp_path):
    """An article adds a spelling, two more make it the preferred one, a rebuild of those two
    without it takes it away again: each time as a fresh build of the same articles has it."""
    holy = "علی رضایی، شهردار مشهد مقدس، با سفیر ژاپن دیدار کرد."
    plain = "حسن کریمی، شهردار مشهد، با سفیر چین دیدار کرد."
    elsewhere = "حسن کریمی، شهردار شیراز، با سفیر چین دیدار کرد."
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    out = tmp_path / "out"

    def labels_of(folder) -> tuple[set, set]:
        found = _labels(folder)[MASHHAD]
        return found["prefLabel"], found["altLabel"]

    def same_as_fresh(name: str) -> None:
        build([p for p in (first, second) if p.exists()], tmp_path / name, viewer=False)
        assert (out / "graph.trig").read_bytes() == (tmp_path / name / "graph.trig").read_bytes()

    _articles(first, {"a1": holy})
    build([first], out, viewer=False)
    assert labels_of(out) == ({"مشهد مقدس", "Mashhad"}, set())
    _articles(second, {"a2": plain, "a3": plain.replace("چین", "ترکیه")})
    summary = build([first, second], out, viewer=False)
    assert summary.skipped == 1 and summary.articles == 2  # only added
    assert labels_of(out) == ({"مشهد", "Mashhad"}, {"مشهد مقدس"})
    assert load(out).nodes[MASHHAD]["label"] == "مشهد"
    same_as_fresh("fresh1")
    _articles(second, {"a2": elsewhere, "a3": elsewhere.replace("چین", "ترکیه")})
    summary = build([first, second], out, viewer=False)
    assert summary.skipped == 1 and summary.articles == 2  # replaced
    assert labels_of(out) == ({"مشهد مقدس", "Mashhad"}, set())
    same_as_fresh("fresh2")


def test_canned_queries_name_each_entity_once(built_dev):
    out = built_dev
    mayors = run_canned(out, "mayors-of-city", {"city": "مشهد"})
    assert len(mayors.rows) >= 2 and len({r[0] for r in mayors.rows}) == 1  # one city, by its preferred label
    assert len({r[1] for r in mayors.rows}) == len(mayors.rows)  # each mayor once
    foundations = run_canned(out, "foundations")
    assert len({(r[0], r[1]) for r in foundations.rows}) == len(foundations.rows)
    assert any(r[0] == "انجمن کلانشهرهای مهم جهان" for r in foundations.rows)
    for name in ("cities-by-memberships", "organization-headquarters"):
        rows = run_canned(out, name).rows
        assert len({r[0] for r in rows}) == len(rows), name
    # the README's example: each mayor with the preferred label of the city, once
    res = query(out, "SELECT ?mayor ?city WHERE { ?p pv:mayorOf ?c ; skos:prefLabel ?mayor . ?c skos:prefLabel ?city "
                     "FILTER(lang(?mayor) = 'fa' && lang(?city) = 'fa') }")
    assert len(res.rows) == len(query(out, "SELECT DISTINCT ?p ?c WHERE { ?p pv:mayorOf ?c }").rows)


def test_entity_parameters_match_any_label_after_folding(built_dev):
    out = built_dev
    shiraz = run_canned(out, "entity-facts", {"entity": "شیراز"})
    assert shiraz.rows and any("شیراز" in (r[0], r[2]) for r in shiraz.rows)
    for spelling in ("شيراز", "SHIRAZ", "shiraz"):  # Arabic yeh; the English name, any case
        assert run_canned(out, "entity-facts", {"entity": spelling}).rows == shiraz.rows, spelling
    # a half-space, and a spelling that is not the preferred label: the entity, by its preferred label
    officers = run_canned(out, "organization-officers", {"organization": "انجمن کلان‌شهرهای مهم جهان"})
    assert officers.rows == run_canned(out, "organization-officers", {"organization": "metropolis"}).rows != []
    assert run_canned(out, "mayors-of-city", {"city": "مشهد"}).rows == run_canned(out, "mayors-of-city", {"city": "Mashhad"}).rows
    with pytest.raises(QueryError, match="no entity is named 'ناکجاآباد'"):
        run_canned(out, "sister-cities", {"city": "ناکجاآباد"})
