"""Mentions: the spans of an article that name or describe an entity, and the dates.

``gazetteer`` (cities, countries, bodies and roles from GeoNames, CLDR and the data files),
``entities`` (events, organizations, persons and places found from their context), ``titles``
(what a title means in the body it is held in, and titles as mentions of their own:
``شهردار تهران``, ``سفیر چین``, ``دبیرکل ⟨O⟩``) and ``dates``.
"""
