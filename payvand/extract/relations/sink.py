"""The fact sink: the one public door through which a fact enters a :class:`Doc`.

Every producer of facts (the pattern rules, the rules over several sentences, the learned
scorer, a component a user adds) hands its facts to a :class:`FactSink`. The sink checks the
predicate's domain and range (``ontology/vocabulary.yaml``), moves a post in a municipality's
department to the city (GUIDE: a municipality and its departments are the City), refuses a city
a seat in a body named after it (its own council), finds the
surface form of each end inside the evidence sentence, and drops a fact the article already
has (either direction for a symmetric predicate). A rule that moves a fact to another holder
withdraws it through the sink too.
"""
from __future__ import annotations

from bisect import bisect_left

from payvand.extract.relations.clauses import ACTS, TIES, act_supposed, act_undone
from payvand.extract.text import Doc
from payvand.ontology import vocabulary
from payvand.types import Evidence, Fact


def fact_key(s: int, p: str, o: int) -> tuple[int, str, int]:
    """A fact's identity as (subject, predicate, object): either order of a symmetric predicate is one."""
    if vocabulary()["predicates"][p].get("symmetric"):
        return (min(s, o), p, max(s, o))
    return (s, p, o)


class FactSink:
    """Adds facts to one Doc. A sink knows the facts the Doc held when it was made and those added
    through it: sinks over one Doc are used one after another (each stage makes its own)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        # a municipality's department -> its city: a post in it is one in the city (GUIDE)
        self.department_city = {sp.entity: sp.municipality.entity for sp in doc.spans
                                if sp.label == "Organization" and sp.municipality is not None}
        # a body -> the places named inside its name (شورای شهر C): no seat of C's own in it
        self.own_bodies = {(sp.entity, sp.inner.entity) for sp in doc.spans
                           if sp.label == "Organization" and sp.inner is not None and sp.inner.entity is not None}
        self._seen = {self._identity(f) for f in doc.facts}

    @staticmethod
    def _identity(fact: Fact) -> tuple:
        return fact_key(fact.s, fact.p, fact.o) + fact.key()[3:]

    def allowed(self, s: int, p: str, o: int) -> bool:
        """Whether the vocabulary lets entity ``s`` be the subject of ``p`` with ``o`` its object."""
        sig = vocabulary()["predicates"][p]
        ents = self.doc.entities
        return s != o and ents[s].type in sig["domain"] and ents[o].type in sig["range"]

    def mention(self, entity: int, evidence: Evidence) -> int | None:
        """The entity's first mention inside the evidence sentence (its surface form there).
        Its mentions are in the order of the spans (the text's, then the title's), so the
        first one at the sentence is found by bisection."""
        spans, mentions = self.doc.spans, self.doc.entities[entity].mentions
        at = bisect_left(mentions, (evidence.field == "title", evidence.start),
                         key=lambda i: (spans[i].field == "title", spans[i].start))
        for i in mentions[at:]:
            span = spans[i]
            if span.field != evidence.field or span.start >= evidence.end:
                return None
            if not span.coref:
                return i
        return None

    def undone(self, fact: Fact) -> bool:
        """Whether the clause of the act denies or cancels it (clauses.act_undone), read after the
        later of its two ends' mentions in the evidence, or the sentence only asks or supposes it
        (clauses.act_supposed)."""
        ends = [self.doc.spans[i].nend for i in (fact.s_mention, fact.o_mention) if i is not None]
        if len(ends) == 1:  # the other end told by reference in the sentence: "در این نشست"
            start, end = self.doc.sentence_of(ends[0])
            ends += [sp.nend for sp in self.doc.spans[self.doc.span_index(start):self.doc.span_index(end)]
                     if sp.coref and sp.entity in (fact.s, fact.o)][:1]
        return bool(ends) and (act_undone(self.doc, max(ends)) or act_supposed(self.doc, max(ends), fact.p in TIES))

    def withdraw(self, fact: Fact) -> None:
        """Take back a fact this Doc holds (a seat moved to the person who holds it): the article
        has it no more, so the same fact may enter again."""
        self.doc.facts.remove(fact)
        self._seen.discard(self._identity(fact))

    def add(self, fact: Fact) -> bool:
        """Add ``fact`` unless the vocabulary forbids it or the article has it; True if added."""
        if fact.p == "memberOf" and fact.o in self.department_city:
            fact.o = self.department_city[fact.o]
        if not self.allowed(fact.s, fact.p, fact.o):
            return False
        if fact.p == "memberOf" and (fact.o, fact.s) in self.own_bodies:
            return False  # a city holds no seat in its own body: "شهردار C و رئیس شورای شهر C" are two
        if fact.p == "visited" and any(f.p == "mayorOf" and (f.s, f.o) == (fact.s, fact.o) for f in self.doc.facts):
            return False  # a mayor never visits their own city (the appositions' mayorOf come first)
        key = self._identity(fact)
        if key in self._seen:
            return False
        if fact.s_mention is None:
            fact.s_mention = self.mention(fact.s, fact.evidence)
        if fact.o_mention is None:
            fact.o_mention = self.mention(fact.o, fact.evidence)
        if fact.p in ACTS and self.undone(fact):
            return False
        self._seen.add(key)
        self.doc.facts.append(fact)
        return True
