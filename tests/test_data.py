"""Every data table of econfacts/data: its columns, no duplicate keys, and values that mean
something (measures, codes, units pint parses, ISO currencies). A new line in a data file is
checked here before it can change what the extractor reads."""
from __future__ import annotations

import re
from importlib.resources import files

import pytest

from econfacts import context, normalise, schema
from econfacts._data import table

# table -> (columns, key columns that must be unique)
TABLES = {
    "units": (["alias", "unit", "factor"], ["alias"]),
    "roles": (["word", "role"], ["word"]),
    "change": (["word", "direction", "position"], ["word", "position"]),
    "scales": (["word", "multiplier", "form", "dot_groups"], ["word"]),
    "vague": (["phrase", "low", "high", "high_things", "form"], ["phrase"]),
    "canonical_units": (["unit"], ["unit"]),
    "places": (["alias", "code", "form"], ["alias"]),
    "currencies": (["alias", "code", "form"], ["alias", "form"]),
    "measure_cues": (["cue", "measure", "weight"], ["cue"]),
    "frames": (["word", "frame"], ["word"]),
    "referring": (["word", "kind"], ["word"]),
    "status_cues": (["word", "status"], ["word"]),
    "party_frames": (["word", "frame"], ["word", "frame"]),
    "subject_words": (["word", "role"], ["word"]),
    "world_regions": (["name"], ["name"]),
    "no_party_names": (["name"], ["name"]),
    "frame_words": (["word", "role"], ["word", "role"]),
    "attribution": (["word", "kind"], ["word", "kind"]),
    "hedges": (["phrase", "qualifier", "position"], ["phrase", "position"]),
    "percent_units": (["alias", "unit", "factor"], ["alias"]),
    "count_stop": (["word", "why"], ["word"]),
    "yen_cues": (["cue", "code"], ["cue"]),
    "number_words": (["word", "role"], ["word"]),
    "grammar_words": (["word", "role"], ["word", "role"]),
    "rates": (["word", "unit", "where"], ["word", "where"]),
    "q3_excluded_units": (["word", "why"], ["word"]),
    "region_stop": (["word"], ["word"]),
    "reporting_verbs": (["word"], ["word"]),
    "firm_nouns": (["word"], ["word"]),
    "world_words": (["word"], ["word"]),
    "shared_currency_names": (["name", "code"], ["name", "code"]),
    "fiscal_years": (["code", "start_month", "note"], ["code"]),
    "units_outside_pint": (["alias", "unit", "note"], ["alias"]),
}


def test_every_data_file_is_checked_here():
    shipped = {p.name[:-4] for p in files("econfacts").joinpath("data").iterdir() if p.name.endswith(".csv")}
    assert shipped == set(TABLES)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_columns_and_unique_keys(name):
    columns, key = TABLES[name]
    rows = table(name)
    assert rows, name
    assert list(rows[0].keys()) == columns
    assert all(all(row[c] not in (None, "") for c in columns if c not in ("why",)) for row in rows), name
    keys = [tuple(row[k] for k in key) for row in rows]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1][:5]


# (table, column, the values it may take)
VOCABULARIES = [
    ("measure_cues", "measure", set(context.MEASURES)),
    ("frames", "frame", {"acquire", "provide", "impose", "undergo", "be"}),
    ("party_frames", "frame", {"by_agent", "gives_to", "pays_to", "invests_in"}),
    ("subject_words", "role", {"filler", "noun_form", "person", "country", "bloc"}),
    ("referring", "kind", {"country", "bloc", "not"}),
    ("status_cues", "status", set(context.STATUSES)),
    ("attribution", "kind", {"verb", "verb_at", "evidence", "title", "descriptor", "revise", "forecast", "body", "suffix", "opener"}),
    ("places", "form", {"name", "adjective", "person", "institution"}),
    ("currencies", "form", {"symbol", "name", "subunit", "ignore_code", "after_scale", "symbol_scaled", "symbol_both", "symbol_local", "cent_of"}),
    ("roles", "role", {"target", "actor", "none", "undergoes"}),
    ("hedges", "qualifier", {"approx", "min", "max"}),
    ("grammar_words", "role", {"number_label", "numbered_name", "function", "opener", "one_limiter", "time_mark", "weight_name", "count_modifier",
                       "collective_people", "collective_noun", "ellipsis_frame", "declared_amounts", "money_of",
                       "dimension", "change_span"}),
    ("rates", "where", {"money", "quantity", "clause"}),
    ("frame_words", "role", {"not_participle", "before_undergoing", "owner_modifier", "quote_currency"}),
]


@pytest.mark.parametrize(("name", "column", "allowed"), VOCABULARIES, ids=[f"{t}.{c}" for t, c, _ in VOCABULARIES])
def test_closed_vocabularies(name, column, allowed):
    assert {row[column] for row in table(name)} <= allowed


def test_party_frame_verbs_are_lower_case_single_words_as_the_labeller_reads_them():
    assert [row["word"] for row in table("party_frames") if not (context._WORD.fullmatch(row["word"]) and row["word"].islower())] == []


def test_status_cues_are_single_words_as_the_labeller_reads_them():
    assert [row["word"] for row in table("status_cues") if not context._WORD.fullmatch(row["word"])] == []


def test_fiscal_years_are_countries_and_months():
    import pycountry

    countries = {c.alpha_2 for c in pycountry.countries}
    assert all(row["code"] in countries and 1 <= int(row["start_month"]) <= 12 for row in table("fiscal_years"))


def test_place_codes_fit_the_schema():
    code = re.compile(schema.PLACE_CODE)
    assert all(code.match(row["code"]) for row in table("places"))


def test_currency_codes_are_iso_4217():
    import pycountry

    codes = {c.alpha_3 for c in pycountry.currencies}  # also those not read as codes in text ("GEL")
    assert [row for row in table("currencies") if row["code"] not in codes] == []


@pytest.mark.parametrize("name", ["units", "canonical_units"])
def test_units_parse_in_pint(name):
    registry = normalise.registry()
    for row in table(name):
        registry.parse_units(row["unit"])  # raises on a unit pint does not know


def test_units_outside_pint_are_never_normalised_and_not_also_pint_units():
    pint_aliases = {row["alias"] for row in table("units")}
    for row in table("units_outside_pint"):
        assert row["alias"] not in pint_aliases
        norm = normalise.quantity(2.0, None, None, row["unit"])
        assert norm.value is None and row["unit"] in norm.note


def test_rates_of_quantities_and_clauses_are_pint_time_units():
    registry = normalise.registry()
    for row in table("rates"):
        if row["where"] != "money":  # "per share", "a barrel": not time
            assert registry.parse_units(row["unit"]).dimensionality == registry.parse_units("day").dimensionality, row


def test_the_grammar_rules_are_built_from_the_tables():
    from econfacts.grammar import rules

    r = rules()
    assert {row["word"] for row in table("grammar_words") if row["role"] == "function"} == r.function_words
    assert r.rates["quantity"]["d"] == "day"
    assert r.rates["clause"]["annually"] == "year" and r.rates["money"]["mwh"] == "mwh"


@pytest.mark.parametrize(("name", "column"), [("units", "factor"), ("percent_units", "factor"), ("scales", "multiplier"),
                                               ("measure_cues", "weight"), ("vague", "low"), ("vague", "high"), ("vague", "high_things")])
def test_numbers_are_positive(name, column):
    assert all(float(row[column]) > 0 for row in table(name))
