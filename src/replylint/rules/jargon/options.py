"""The config keys of the jargon rules."""
from __future__ import annotations


from .. import register_option


def _str_list(key):
    def check(value):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{key}: expected a list of strings")
        return [v.strip() for v in value if v.strip()]
    return check


def _domains(value):
    return [v.lower() for v in _str_list("jargon-domains")(value)] or ["all"]


def _int_at_least(key, low):
    def check(value):
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise ValueError(f"{key}: expected a whole number >= {low}")
        return value
    return check


def _grade(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 1 <= value <= 40:
        raise ValueError("jargon-max-grade: expected a grade level between 1 and 40")
    return float(value)


register_option("jargon-domains", ["all"], _domains,
                "trade-term domains to flag (it, payments, investing, insurance, freight, travel, legal, "
                "property, healthcare, accounting, telecom, motor, energy, payroll, education, media, or all); "
                "acronyms of other domains count as known")
register_option("jargon-allow", [], _str_list("jargon-allow"),
                "acronyms and terms your readers know (the client's own vocabulary); never flagged as jargon")
register_option("internal-terms", [], _str_list("internal-terms"),
                "internal project code names and tool names that clients will not know")
register_option("jargon-acronym-warn-count", 2, _int_at_least("jargon-acronym-warn-count", 1),
                "unexplained acronyms in one draft from which they are warnings (below: info)")
register_option("jargon-max-grade", 16.0, _grade,
                "Flesch-Kincaid grade above which a paragraph of new text is flagged")
register_option("jargon-min-paragraph-words", 40, _int_at_least("jargon-min-paragraph-words", 1),
                "shortest paragraph (in words) whose grade level is checked")
register_option("jargon-max-sentence-words", 45, _int_at_least("jargon-max-sentence-words", 5),
                "longest sentence (in words) before it is flagged")
