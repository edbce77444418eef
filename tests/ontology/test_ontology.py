"""The domain and range of each predicate are stated once, in vocabulary.yaml: payvand.ttl and
shapes.ttl are written from it, and the shapes hold a built graph to it."""
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Namespace
from rdflib.collection import Collection

from payvand.extract.data import load_yaml
from payvand.extract.relations.patterns import rules
from payvand.ontology import NS, ontology_path, vocabulary
from payvand.ontology.generate import FILES, check, generated
from payvand.ontology.validate import validate_graph

PV = Namespace(NS)
PVROLE = Namespace(f"{NS}role/")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(str(ontology_path("payvand.ttl")), format="turtle")


@pytest.mark.parametrize("name", FILES)
def test_the_committed_files_are_what_the_generator_writes(name):
    # (after an edit of vocabulary.yaml: python -m payvand.ontology.generate)
    assert ontology_path(name).read_text(encoding="utf-8") == generated(name)


def _classes(g: Graph, node) -> list[str]:
    """The class names a domain or range gives: one class or an owl:unionOf."""
    if node is None:
        return []
    union = g.value(node, OWL.unionOf)
    members = Collection(g, union) if union is not None else [node]
    return [str(c).removeprefix(NS) for c in members]


def test_the_owl_states_each_predicate_as_the_vocabulary_does(ontology):
    vocab = vocabulary()
    entity_classes = {"Person", "City", "Country", "Organization", "Event"}
    facts = {str(p).removeprefix(NS) for p in ontology.subjects(RDF.type, OWL.ObjectProperty)
             if {*_classes(ontology, ontology.value(p, RDFS.domain)), *_classes(ontology, ontology.value(p, RDFS.range))}
             <= entity_classes}
    assert facts == set(vocab["predicates"])
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    for p, d in vocab["predicates"].items():
        assert _classes(ontology, ontology.value(PV[p], RDFS.domain)) == d["domain"], p
        assert _classes(ontology, ontology.value(PV[p], RDFS.range)) == d["range"], p
        assert {PV[c] for c in d["domain"] + d["range"]} <= classes, p
        assert ((PV[p], RDF.type, OWL.SymmetricProperty) in ontology) == bool(d.get("symmetric")), p


def test_the_roles_are_the_concepts_of_pv_roles(ontology):
    concepts = set(ontology.subjects(SKOS.inScheme, PV.Roles))
    assert concepts == {PVROLE[r] for r in vocabulary()["roles"]}
    for role in vocabulary()["roles"]:
        assert (PVROLE[role], RDF.type, SKOS.Concept) in ontology
        assert str(ontology.value(PVROLE[role], SKOS.notation)) == role


def test_the_extractor_names_only_the_vocabulary_s_roles():
    known = set(vocabulary()["roles"])
    assert set(load_yaml("roles.yaml")["roles"]) <= known
    assert {r for rule in rules() for r in (rule.role, *rule.roles) if r} <= known


def test_a_misspelt_key_is_refused():
    with pytest.raises(ValueError, match="symetric"):
        check({"predicates": {"p": {"domain": ["City"], "range": ["City"], "symetric": True,
                                    "label": {"en": "p"}, "definition": {"en": "p"}}}})


_DATA = """
@prefix pv: <https://w3id.org/payvand/ontology#> .
@prefix pvrole: <https://w3id.org/payvand/ontology#role/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix x: <https://example.org/> .
x:a a pv:Article ; pv:contentHash "h" .
x:mayor a pv:Person ; rdfs:label "شهردار"@fa ; skos:prefLabel "شهردار"@fa ; pv:mentionedIn x:a .
x:city a pv:City ; rdfs:label "شهر"@fa ; skos:prefLabel "شهر"@fa ; pv:mentionedIn x:a .
x:country a pv:Country ; rdfs:label "کشور"@fa ; skos:prefLabel "کشور"@fa ; pv:mentionedIn x:a .
x:network a pv:CityNetwork ; rdfs:label "شبکه"@fa ; skos:prefLabel "شبکه"@fa ; pv:mentionedIn x:a .
x:m a org:Membership ; org:member x:city ; org:organization x:network ; pv:relation pv:memberOf ; org:role pvrole:Member .
"""


def _violations(ontology: Graph, facts: str) -> set[tuple[str, str | None]]:
    data = Graph().parse(data=_DATA + facts, format="turtle") + ontology  # (a store holds the ontology too)
    return {(v.focus.removeprefix("https://example.org/"), v.path and v.path.removeprefix(NS))
            for v in validate_graph(data)}


def test_the_shapes_hold_facts_to_their_domain_and_range(ontology):
    # a subclass (a city network is an organization) is one of the range's classes
    assert _violations(ontology, "x:mayor pv:mayorOf x:city . x:city pv:memberOf x:network .") == set()
    # a single class is checked too: the range is not taken to say what the object is
    assert _violations(ontology, "x:mayor pv:mayorOf x:country .") == {("mayor", "mayorOf")}
    assert _violations(ontology, "x:country pv:locatedIn x:city .") == {("country", None), ("country", "locatedIn")}
    assert _violations(ontology, "x:mayor pv:visited x:mayor .") == {("mayor", "visited")}


def test_the_shapes_hold_posts_to_the_n_ary_predicates_and_the_roles(ontology):
    assert _violations(ontology, "x:m2 a org:Membership ; org:member x:city ; org:organization x:country ;"
                                 " pv:relation pv:locatedIn ; org:role pvrole:Mayor .") == {
        ("m2", "relation"), ("https://w3id.org/payvand/ontology#role/Mayor", None), ("m2", "http://www.w3.org/ns/org#role")}


def test_the_shapes_want_one_preferred_persian_label(ontology):
    pref = "http://www.w3.org/2004/02/skos/core#prefLabel"
    assert _violations(ontology, 'x:city skos:prefLabel "City"@en ; skos:altLabel "شهرک"@fa .') == set()
    assert _violations(ontology, 'x:city skos:prefLabel "شهرک"@fa .') == {("city", pref)}
    assert _violations(ontology, 'x:city skos:prefLabel "City"@en , "Town"@en .') == {("city", pref)}
    data = _DATA.replace('skos:prefLabel "شهر"@fa ; ', 'skos:prefLabel "City"@en ; ')
    assert {(v.focus, v.path) for v in validate_graph(Graph().parse(data=data, format="turtle") + ontology)} \
        == {("https://example.org/city", pref)}
