"""Reading, Persian text, entities and relations: articles in, facts out."""
from __future__ import annotations

from functools import cache

from payvand.types import Article


@cache
def default_pipeline():
    from payvand.extract.pipeline import Pipeline

    return Pipeline.default()


@cache
def scored_pipeline():
    """The default pipeline followed by the learned relation scorer."""
    from payvand.extract.pipeline import Pipeline

    return Pipeline.scored()


def extract(article: Article, pipeline=None):
    """Run the extraction pipeline on one article and return its :class:`Doc`."""
    return (pipeline or default_pipeline())(article)
