"""The ``[reader]`` table of the overpromise lexicon: the words each slot of a clause is filled with."""
from __future__ import annotations

from dataclasses import dataclass

from ...errors import ConfigError


TABLE = "reader"


@dataclass(frozen=True)
class ReaderWords:
    """The lexicon's ``[reader]`` table, as sets of lowercase words and phrases."""

    agents: dict[str, str]  # third party (word or phrase) -> kind ("carrier", "legal", ...)
    outcome_verbs: frozenset[str]
    favour_verbs: frozenset[str]  # only with "in your favour" / "with you"
    reader_outcomes: frozenset[str]
    change_verbs: frozenset[str]
    growth_verbs: frozenset[str]
    problems: frozenset[str]
    threats: frozenset[str]
    worry_verbs: frozenset[str]
    weather_words: frozenset[str]
    weather_it_words: frozenset[str]
    failure_verbs: frozenset[str] = frozenset()
    attack_verbs: frozenset[str] = frozenset()
    saving_verbs: frozenset[str] = frozenset()
    prizes: frozenset[str] = frozenset()
    prize_verbs: frozenset[str] = frozenset()
    counterparty_verbs: frozenset[str] = frozenset()
    habit_verbs: frozenset[str] = frozenset()
    cost_subjects: frozenset[str] = frozenset()
    cover_verbs: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()
    vanish_verbs: frozenset[str] = frozenset()
    day_words: frozenset[str] = frozenset()
    weather_day_words: frozenset[str] = frozenset()
    favours: frozenset[str] = frozenset()
    adverse_verbs: frozenset[str] = frozenset()
    deals: frozenset[str] = frozenset()
    collapse_verbs: frozenset[str] = frozenset()
    gains: frozenset[str] = frozenset()
    body_units: frozenset[str] = frozenset()
    reader_costs: frozenset[str] = frozenset()
    refusal_verbs: frozenset[str] = frozenset()
    fall_verbs: frozenset[str] = frozenset()
    market_subjects: frozenset[str] = frozenset()
    market_fall_verbs: frozenset[str] = frozenset()
    market_rise_verbs: frozenset[str] = frozenset()
    never_verbs: frozenset[str] = frozenset()
    reach_verbs: frozenset[str] = frozenset()
    decision_passives: frozenset[str] = frozenset()
    penalties: frozenset[str] = frozenset()
    penalty_passives: frozenset[str] = frozenset()
    own_offers: frozenset[str] = frozenset()
    result_verbs: frozenset[str] = frozenset()


def _words(table: dict, key: str) -> frozenset[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"lexicon overpromise: reader.{key} must be a list of strings")
    return frozenset(v.strip().lower() for v in value if v.strip())


def reader_words(lexicon: dict) -> ReaderWords:
    table = lexicon.get(TABLE, {})
    if not isinstance(table, dict):
        raise ConfigError("lexicon overpromise: [reader] must be a table of word lists")
    agents: dict[str, str] = {}
    for key in sorted(table):
        if key.startswith("agents_"):
            for word in _words(table, key):
                agents[word] = key[len("agents_"):]
    return ReaderWords(
        agents=agents,
        outcome_verbs=_words(table, "outcome_verbs"),
        favour_verbs=_words(table, "favour_verbs"),
        reader_outcomes=_words(table, "reader_outcomes"),
        change_verbs=_words(table, "change_verbs"),
        growth_verbs=_words(table, "growth_verbs"),
        problems=_words(table, "problems"),
        threats=_words(table, "threats"),
        worry_verbs=_words(table, "worry_verbs"),
        weather_words=_words(table, "weather_words"),
        weather_it_words=_words(table, "weather_it_words"),
        failure_verbs=_words(table, "failure_verbs"),
        attack_verbs=_words(table, "attack_verbs"),
        saving_verbs=_words(table, "saving_verbs"),
        prizes=_words(table, "prizes"),
        prize_verbs=_words(table, "prize_verbs"),
        counterparty_verbs=_words(table, "counterparty_verbs"),
        habit_verbs=_words(table, "habit_verbs"),
        cost_subjects=_words(table, "cost_subjects"),
        cover_verbs=_words(table, "cover_verbs"),
        conditions=_words(table, "conditions"),
        vanish_verbs=_words(table, "vanish_verbs"),
        day_words=_words(table, "day_words"),
        weather_day_words=_words(table, "weather_day_words"),
        favours=_words(table, "favours"),
        adverse_verbs=_words(table, "adverse_verbs"),
        deals=_words(table, "deals"),
        collapse_verbs=_words(table, "collapse_verbs"),
        gains=_words(table, "gains"),
        body_units=_words(table, "body_units"),
        reader_costs=_words(table, "reader_costs"),
        refusal_verbs=_words(table, "refusal_verbs"),
        fall_verbs=_words(table, "fall_verbs"),
        market_subjects=_words(table, "market_subjects"),
        market_fall_verbs=_words(table, "market_fall_verbs"),
        market_rise_verbs=_words(table, "market_rise_verbs"),
        never_verbs=_words(table, "never_verbs"),
        reach_verbs=_words(table, "reach_verbs"),
        decision_passives=_words(table, "decision_passives"),
        penalties=_words(table, "penalties"),
        penalty_passives=_words(table, "penalty_passives"),
        own_offers=_words(table, "own_offers"),
        result_verbs=_words(table, "result_verbs"),
    )
