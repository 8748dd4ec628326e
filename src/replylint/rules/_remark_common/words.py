"""The word lists and line patterns the remark rules read people, our side and
greetings by (code, not lexicon: they are grammar, not opinion)."""
from __future__ import annotations

import re


LEXICON = "remark"
GROUPS = (
    "insults", "about_people", "mocking", "person_verbs", "typical", "profanity", "belittle", "proof_words", "allow",
    "sarcasm", "praise_openers", "trivial_feats", "trivial_parts", "trivial_acts", "revelation_markers", "trivial_causes", "mock_names",
)

# Pronouns that point at a person (the client, the reader, their people).
PERSON_PRONOUNS = {"he", "she", "they", "him", "her", "them", "you", "u", "ya", "ye", "y'all"}
SELF_POSSESSIVES = {"our", "my", "we", "us", "i", "ourselves", "myself"}
_OWNED_BY_US = {"our", "my", "ourselves", "myself", "us"}
PERSON_POSSESSIVES = {"his", "her", "their", "your"}
# "most of the group", "half the class": a group of people when counted out.
PARTITIVES = {"most", "half", "all", "some", "rest", "none", "few", "many", "majority", "lot", "bunch"}
PARTITIVE_GROUPS = {"group", "class", "cohort", "team", "lot", "bunch", "crowd", "office", "department", "board"}
GROUP_NOUNS = {"lot", "bunch", "crowd", "shower", "mob", "gang", "pair", "people", "lads", "girls", "muppets"}
# People nouns that name the client whoever's they are: "our favourite client".
# A group the writer belongs to when it is "ours": "our team", "my lot", "our office".
OUR_SIDE = {"team", "lot", "crew", "side", "office", "company", "department", "dept", "staff", "people", "guys",
            "folks", "bunch", "gang", "lads", "firm", "squad", "crowd", "mob", "shower"}
CLIENT_NOUNS = {"client", "customer", "tenant", "patient", "guest", "buyer", "punter", "caller", "applicant", "candidate"}
WEBMAIL = {
    "gmail", "googlemail", "hotmail", "outlook", "live", "yahoo", "ymail", "icloud", "me", "mac", "aol",
    "proton", "protonmail", "pm", "btinternet", "sky", "mail", "gmx", "yandex", "rediffmail", "msn",
    "zoho", "fastmail", "hey", "web", "example", "orange", "virginmedia", "bigpond", "optusnet",
}
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam"}
# Words that may stand between a subject and what is said of it:
# "he is really such a", "they seem completely", "she's getting a bit".
BRIDGE = {
    "really", "so", "completely", "totally", "utterly", "absolutely", "just", "a", "an", "such",
    "bit", "of", "proper", "real", "total", "complete", "right", "pretty", "quite", "very", "being",
    "been", "always", "still", "clearly", "honestly", "seriously", "literally", "genuinely",
    "frankly", "incredibly", "ridiculously", "bloody", "fucking", "super", "too", "rather", "kind",
    "sort", "becoming", "getting", "more", "most", "utter", "massive", "huge", "also", "now",
    "again", "truly", "properly", "absolute", "right", "actually", "obviously", "apparently",
    # Slang intensifiers: "mad annoying", "hella rude", "lowkey useless".
    "mad", "hella", "lowkey", "highkey", "kinda", "wicked", "dead",
    "probably", "definitely", "basically", "sometimes", "often", "usually", "not", "n't", "never",
    "ever", "bit", "little", "slightly", "somewhat", "mildly", "hugely", "insanely", "seem",
    "seems", "seemed", "look", "looks", "sound", "sounds", "like", "the", "most",
    "have", "has", "had", "'ve", "’ve", "will", "would", "'ll", "’ll", "'d", "’d", "could", "might",
    "must", "can", "may", "there", "here", "simply", "painfully", "woefully", "hopelessly", "downright",
    "plain", "entirely", "wholly", "dead", "bloody", "well", "all", "utterly", "fairly", "extremely",
    "beyond", "bit", "lol", "tbh", "honestly", "unbelievably", "spectacularly", "monumentally", "as",
    "about", "got", "even", "big", "bunch", "pack", "load", "pair", "one",
}
# "na" is the copula of Nigerian Pidgin ("oga na big fool").
COPULAS = {"be", "'s", "’s", "'re", "’re", "'m", "seem", "look", "sound", "get", "become", "act", "appear", "remain", "na"}
# Auxiliaries between a subject and a verb phrase ("he's lost the plot").
AUXILIARIES = {
    "'s", "’s", "'ve", "’ve", "'re", "’re", "'d", "’d", "'ll", "’ll", "have", "be", "will", "would",
    "do", "just", "really", "clearly", "honestly", "still", "obviously", "literally", "simply",
    "seriously", "genuinely", "actually", "even", "never", "always", "apparently", "probably",
    "totally", "completely", "basically", "again", "also", "definitely", "sometimes",
    "keep",  # "Mr Rao keeps eating our heads"
    "must", "might", "may",  # "she must think we're made of money"
}
# After a predicate these keep it a predicate ("useless at", "a nightmare to deal with");
# any other word makes the match attributive ("a nightmare week").
CONTINUATIONS = {
    "and", "but", "or", "as", "because", "so", "at", "with", "about", "in", "on", "to", "when",
    "if", "anyway", "again", "too", "though", "honestly", "lately", "today", "tbh", "lol", "haha",
    "frankly", "seriously", "really", "mate", "this", "that", "these", "then", "now", "though",
    "recently", "sometimes", "all", "most", "for", "by", "from", "without", "who", "which",
    "whenever", "since", "than", "imo", "btw", "etc", "already", "ever", "every", "round", "around",
    "like", "one", "i", "we", "la", "lah", "sia", "o", "oh", "abeg", "sha", "sef",
    # Tags that close a clause in other Englishes: "a total headache yaar", "so bobo talaga".
    "yaar", "yar", "na", "re", "bro", "innit", "eh", "leh", "lor", "meh", "ba", "po", "naman", "talaga",
    "jor", "oo", "ah", "sa", "hey", "man",
    # Chat interjections that close a clause: "she's so annoying omg".
    "omg", "lmao", "lmfao", "smh", "ffs", "ngl", "fr", "tbf", "srsly", "rofl", "ugh",
    # emphatic "only" after the predicate (Indian English): "he is a headache only"
    "only",
}
NEGATIONS = {"not", "n't", "never", "hardly"}
CONDITIONALS = {"if", "unless", "when", "whether", "case", "should"}
QUOTE_PAIRS = {'"': '"', "“": "”", "„": "“", "«": "»"}
SMALL_TITLE_WORDS = {"a", "an", "the", "of", "to", "in", "on", "and", "for", "at", "by", "my", "your"}
CHAT_LINE = re.compile(r"^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m)?\]?\s*)?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?\s*:\s+\S|^\s*\[?\d{1,2}:\d{2}")
GREETING = re.compile(
    r"^[ \t]*(?:hi|hello|hey|dear|morning|good (?:morning|afternoon|evening)|kia ora|greetings|hiya|howdy)"
    r"[ \t,]+((?:(?:mr|mrs|ms|miss|dr|prof)\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)",
    re.I | re.M,
)


# Common words: never taken for a name.
_COMMON = {
    "a", "an", "the", "be", "'s", "’s", "'re", "'m", "have", "'ve", "do", "not", "n't", "no", "you",
    "i", "we", "he", "she", "they", "it", "this", "that", "these", "those", "to", "of", "in", "on",
    "for", "with", "at", "by", "and", "or", "but", "so", "as", "if", "my", "your", "his", "her",
    "their", "our", "me", "him", "them", "us", "can", "could", "will", "would", "should", "may",
    "might", "must", "'ll", "'d", "what", "how", "just", "all", "is", "are", "was", "were", "there",
    "here", "now", "then", "up", "out", "one", "any", "very", "really", "too", "also", "more", "some",
}
