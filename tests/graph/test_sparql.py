
import pytest

from payvand.graph.sparql import QueryError, canned_queries, matching, query, run_canned


def test_at_least_twelve_canned_queries_with_descriptions():
    qs = canned_queries()
    assert len(qs) >= 12
    assert all(q.description for q in qs.values())


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_every_canned_query_runs(built, name):
    out, _ = built
    res = run_canned(out, name)
    assert res.columns


def test_canned_answers_on_the_seed(built):
    out, _ = built
    posts = run_canned(out, "iranian-mayors-posts")
    mayors = {r[0] for r in posts.rows}
    assert {"حیدر اسکندرپور", "پیروز حناچی", "محمدرضا کلایی"} <= mayors
    assert "سو جونگ هوپ" not in mayors  # Seoul is not in Iran
    officers = run_canned(out, "organization-officers", {"organization": "metropolis", "year": "2022"})
    assert {"بوگوتا", "گوانگجو"} <= {r[0] for r in officers.rows}
    assert all(r[3] for r in officers.rows)  # every officer listed for a year has a term
    hq = run_canned(out, "organization-headquarters")
    assert ["انجمن کلانشهرهای مهم جهان", "Metropolis (World Association of the Major Metropolises)", "بارسلون"] in hq.rows
    facts = run_canned(out, "entity-facts", {"entity": "اسکندرپور"})
    assert {r[1] for r in facts.rows} >= {"mayorOf", "memberOf"}
    text = (out / "facts.jsonl").read_text(encoding="utf-8")
    assert all(r[4] in text for r in facts.rows)
    # every fact once, also when both of its ends match (an empty parameter matches all)
    every = run_canned(out, "entity-facts")
    assert len(every.rows) == len({tuple(r) for r in every.rows}) == text.count('"kind": "fact"')


def test_parameters_are_literals_not_syntax(built):
    out, _ = built
    with pytest.raises(QueryError, match="no entity is named"):
        run_canned(out, "entity-facts", {"entity": '" } DELETE WHERE { ?s ?p ?o } #'})
    year = run_canned(out, "organization-officers", {"organization": "metropolis", "year": '0" || true || "'})
    assert year.rows == [] != run_canned(out, "organization-officers", {"organization": "metropolis"}).rows
    assert query(out, "ASK { ?s pv:mayorOf ?o }").rows == [["true"]]
    with pytest.raises(QueryError, match="unknown parameter"):
        run_canned(out, "meetings", {"nope": "x"})


def test_syntax_error_names_the_position(built):
    out, _ = built
    with pytest.raises(QueryError, match=r"line 1, column \d+"):
        query(out, "SELECT ?x WHERE { ?x pv:mayorOf }")
    with pytest.raises(QueryError, match="unknown prefix"):
        query(out, "SELECT ?x WHERE { ?x nope:p ?y }")


def test_commands_on_a_folder_without_a_store_say_so_exit_2_and_make_none(tmp_path):
    import subprocess
    import sys

    for args in (["serve", str(tmp_path)], ["query", str(tmp_path), "ASK {}"], ["validate", str(tmp_path)],
                 ["view", str(tmp_path)], ["stats", str(tmp_path)], ["export", str(tmp_path), "--format", "trig"],
                 ["export", str(tmp_path), "--format", "gexf"]):
        res = subprocess.run([sys.executable, "-m", "payvand.cli", *args], capture_output=True, text=True, timeout=120)
        said = " ".join(res.stderr.split())  # (rich folds long lines)
        assert res.returncode == 2 and "no store here" in said and "Traceback" not in said, args
        assert not any(tmp_path.iterdir()), args  # (validate and export had made an empty store and answered from it)


def test_queries_lists_every_canned_query_and_marks_its_entity_parameters():
    from typer.testing import CliRunner

    from payvand.cli import app

    result = CliRunner().invoke(app, ["queries"], env={"COLUMNS": "250"})
    assert result.exit_code == 0
    lines = result.output.splitlines()
    for q in canned_queries().values():
        row = next(l for l in lines if f" {q.name} " in l)  # the whole name, on one line
        for name, default in q.params.items():
            kind = "entity" if name in q.entity_params else "text"
            assert f'{name}="{default}" ({kind})' in result.output
    assert "organization=" in result.output and '(entity)' in result.output and 'year="" (text)' in result.output


def test_an_entity_parameter_prefers_the_names_it_equals():
    names = [("qom", "قم"), ("qom", "Qom"), ("digit", "رقم"), ("council", "شورای شهر قم")]
    assert matching(names, "قم") == ["qom"]  # not every name that holds it
    assert matching(names, "QOM") == ["qom"]
    assert matching(names, "شورا") == ["council"]  # no name equals it: the names holding it
    assert matching(names, "ق") == ["council", "digit", "qom"]
    assert matching(names, "تهران") == []
