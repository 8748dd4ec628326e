"""Everyday outcomes others decide, read from a clause: an exam grade ("she's going to get
a 9 in her GCSE"), a travel connection ("you'll make the connection in Doha", "the first
flight is never late"), the weather ("it never rains here in June", "the sun will shine on
the day", "there'll be no rain"), a market's move promised away ("timber prices won't go
up before you order") and a price at sale ("those heifers will make £1,800 a head").

The words are the slots' own (the subject, the verb and a few words after it), read
without a parser like the rest of the reader; each candidate is judged like a phrase
match (hedges, negation before it, conditions, questions, quotation marks)."""
from __future__ import annotations

import re

from .slots import _WRITER, _has, _plural_base

# A grade or a mark: "a 9", "an A*", "grade 8", "band 7", "level 3", "a first", "a distinction".
_GRADE_TOKEN = re.compile(r"^(?:a\*?|b|[1-9]|[1-9]\+|first|distinction|merit|2:1|starred)$", re.I)
_GRADE_WORDS = {"grade", "band", "level", "score"}
_GRADE_VERBS = {"get", "score", "achieve", "earn", "bag", "land", "secure", "obtain"}
_EXAMS = {"exam", "exams", "test", "tests", "gcse", "gcses", "paper", "papers", "mock", "mocks", "module", "11", "11+",
          "interview", "assessment", "audit", "inspection", "mot", "bar", "a-level", "a-levels", "levels", "ielts",
          "toefl", "sat", "sats", "act", "finals", "coursework", "dissertation", "thesis", "viva", "entrance",
          "theory", "practical", "driving", "boards", "cscs", "jamb", "waec", "neet", "jee", "cat", "gre", "gmat"}
_PASS_VERBS = {"pass", "ace", "smash", "walk", "breeze", "sail", "nail", "fly"}


def grade_promised(doc, subject_low: str, verb: str, v: int, se: int, rest: list[str]) -> bool:
    """"Tomasz is going to get a 9 in his English GCSE", "he'll come out with an A*", "she
    will pass her driving test first time": a grade or a pass the examiners decide.  Not
    "he will sit the exam", "she'll get her results on Monday", "you'll get a certificate"."""
    if subject_low in _WRITER:
        return False
    if verb == "come" and _has(rest, "out", "with"):
        rest = rest[rest.index("with") + 1:]
        verb = "get"
    if verb in _GRADE_VERBS:
        k = 2 if rest[:2] == ["at", "least"] else 0
        if k < len(rest) and rest[k] in ("a", "an", "the"):
            k += 1  # one article: "get an A in ...", "get a 9"
        if k >= len(rest):
            return False
        w = rest[k]
        nxt = rest[k + 1] if k + 1 < len(rest) else ""
        if w in _GRADE_WORDS and (nxt[:1].isdigit() or _GRADE_TOKEN.match(nxt or "-")):
            return True
        if w in ("full", "top") and nxt in ("marks", "grades", "grade"):
            return True
        # "a 9 in ...", "an A* in ...", "90% or more in the final paper"
        examined = any(f in _EXAMS for t in range(v + 1, min(se, v + 11)) for f in _plural_base(doc[t].lower_))
        if _GRADE_TOKEN.match(w) and (k > 0 or (w[:1].isdigit() and examined)) and (
                nxt in ("in", "on", "for", "or", ",", ".", "!", "", "*", "+", "star") or nxt in _EXAMS):
            return True
        # "90% or more in the final paper" (not "a 10% discount on the next order")
        return w[:1].isdigit() and nxt == "%" and examined
    if verb in _PASS_VERBS:
        window = rest[:6]
        return any(f in _EXAMS for r in window for f in _plural_base(r)) and not any(
            r in ("for", "to", "over", "past", "by") for r in window[:1])
    return False


_TRAVEL = {"connection", "connecting", "transfer", "change", "onward", "layover", "flight", "train", "boat", "ferry",
           "eurostar", "coach", "check-in", "plane", "bus", "shuttle", "gate", "boarding"}


_SERVICES = {"ferry", "ferries", "flight", "flights", "train", "trains", "sailing", "sailings", "crossing", "boat",
             "plane", "coach", "bus", "connection", "journey", "strike", "strikes", "eurostar", "cruise", "tour",
             "departure", "match", "game", "concert", "show", "festival", "race"}
_SAFE_FROM = {"cancel", "delay", "affect", "disrupt", "divert", "overbook", "bump", "postpone", "call", "scrap", "hit"}


def carrier_safe(doc, first: int, head: int, verb: str, v: int, se: int, rest: list[str]) -> bool:
    """A negated future that promises a service runs: "the ferry won't be cancelled", "the
    flight won't be delayed", "the strike won't affect your journey", "the match won't
    be called off" (not the writer's own "our van won't be late")."""
    if doc[head].lower_ not in _SERVICES or any(doc[t].lower_ in ("our", "my") for t in range(first, head)):
        return False
    if verb in _SAFE_FROM:
        return True
    if verb in ("be", "get") and v + 1 < se:
        return doc[v + 1].lemma_ in _SAFE_FROM or doc[v + 1].lower_ in ("late", "delayed", "cancelled", "canceled",
                                                                         "affected", "disrupted", "postponed")
    return False


def connection_made(doc, ss: int, se: int, subject_low: str, verb: str, rest: list[str]) -> bool:
    """"You'll make the connection in Doha", "you'll catch the 14:10 connection", "your bags
    will make the connection with you", "you'll make it" in a sentence about a change of
    flights: a connection that depends on the carriers."""
    if verb not in ("make", "catch"):
        return False
    if subject_low not in ("you", "bags", "luggage", "suitcase", "suitcases", "case", "cases"):
        return False
    if any(r in _TRAVEL for r in rest[:4]):
        return True
    if rest[:1] == ["it"]:
        return any(doc[t].lower_ in _TRAVEL for t in range(ss, se))
    return False


# What the weather does for the reader, with the weather as subject.
_WEATHER_SUBJECTS = {"sun", "rain", "rains", "wind", "winds", "sea", "fog", "mist", "snow", "sky", "skies", "clouds",
                     "monsoon", "storm", "storms", "frost", "weather", "swell", "lights", "aurora", "sunset",
                     "typhoon", "hurricane", "cyclone", "heatwave", "gale", "gales", "thunderstorm", "thunderstorms",
                     "showers", "snowfall", "drought", "floods", "river", "haze", "smog"}
_WEATHER_VERBS = {"shine", "hold", "stay", "keep", "drop", "ease", "lift", "clear", "behave", "cooperate", "co-operate",
                  "play", "dance", "appear", "show", "come", "arrive", "settle", "die", "melt", "pass", "miss", "veer",
                  "blow", "burn", "thaw", "subside", "recede", "abate", "calm"}
# "the snow will have melted", "the wind will have died down by then"
_WEATHER_DONE = {"melted", "died", "cleared", "passed", "lifted", "gone", "eased", "blown", "dropped", "thawed",
                 "subsided", "receded", "calmed", "burned", "burnt", "moved", "broken"}
# "you'll have a dry, sunny afternoon": the part of the day, with a word that is only weather
_DAY_PARTS = {"afternoon", "morning", "evening", "weekend", "week", "fortnight", "night", "holiday", "trip", "ceremony",
              "wedding", "party", "event", "crossing", "flight", "walk", "climb", "shoot", "match"}
_ONLY_WEATHER = {"dry", "sunny", "rain-free", "cloudless", "windless", "frost-free", "fog-free"}
_WEATHER_STATES = {"calm", "flat", "perfect", "dry", "clear", "kind", "fine", "good", "glorious", "gorgeous", "lovely",
                   "beautiful", "out", "blue", "sunny", "still", "ideal"}
_WEATHER_GIFTS = {"sunshine", "sun", "skies", "sky", "sunset", "sunsets", "weather", "day", "days", "lights", "aurora",
                  "snow", "conditions"}
_FAIR = {"clear", "blue", "glorious", "perfect", "gorgeous", "lovely", "beautiful", "sunny", "dry", "stunning",
         "cloudless", "amazing", "great", "fresh", "powder", "northern", "fine"}


def weather_promised(doc, subject_low: str, head_words: list[str], verb: str, v: int, rest: list[str]) -> bool:
    """"The sun will shine on your big day", "the rain will hold off", "the sea will be flat
    calm", "you'll have clear skies", "you'll see the Northern Lights", "there'll be no
    rain": the weather told as settled.  Not "the lights in the marquee will be on"."""
    if subject_low in _WEATHER_SUBJECTS and not any(w in ("marquee", "stage", "tent", "room", "our") for w in head_words):
        if subject_low == "lights" and "northern" not in head_words:
            return False
        if verb in _WEATHER_VERBS and not (verb == "hold" and rest[:1] != ["off"]) and not (
                verb == "keep" and rest[:1] not in (["off"], ["away"])):
            return verb != "come" or rest[:1] == ["out"]
        if verb == "be" and any(r in _WEATHER_STATES for r in rest[:3]):
            return True
        if verb == "have" and rest[:1] and rest[0] in _WEATHER_DONE:
            return True
        # "the heatwave will break", "the typhoon will turn north"
        if verb in ("break", "turn") and subject_low in ("heatwave", "typhoon", "hurricane", "cyclone", "storm", "storms",
                                                         "weather", "wind", "winds", "monsoon"):
            return True
        return False
    if subject_low == "you" and verb in ("have", "get", "see", "enjoy") and rest:
        k = 1 if rest[0] in ("a", "the", "some") else 0
        window = rest[k:k + 3]
        words4 = [w for w in rest[k:k + 5] if w not in (",", "and")]
        if any(w in _ONLY_WEATHER for w in words4[:2]) and any(w in _DAY_PARTS for w in words4[:4]):
            return True
        return any(w in _WEATHER_GIFTS for w in window) and (
            window[:1] and window[0] in _FAIR or "sunshine" in window or "lights" in window)
    # "it'll be blue skies all weekend", "it'll be wall-to-wall sunshine"
    # (not a mixed outlook: "it'll be sunshine or showers")
    if subject_low == "it" and verb == "be" and "or" not in rest[:6] and (
            any(w in ("sunshine", "skies") for w in rest[:4]) or ("sun" in rest[:6] and "wall" in rest[:4])):
        return True
    if subject_low == "there" and verb == "be" and rest[:1] == ["no"]:
        return any(w in ("rain", "cloud", "clouds", "wind", "storm", "storms", "snow", "fog", "showers") for w in rest[1:4])
    return False


def weather_denied(doc, subject_low: str, verb: str, rest: list[str]) -> bool:
    """A negated future of the weather: "it won't rain", "the monsoon won't reach us",
    "there won't be a cloud in the sky"."""
    if subject_low == "it" and verb in ("rain", "snow", "pour", "drizzle", "hail", "storm"):
        return True
    if subject_low in _WEATHER_SUBJECTS and verb in ("reach", "arrive", "come", "hit", "spoil", "ruin", "break", "turn",
                                                     "touch", "affect", "damage", "harm", "disrupt", "flood", "stop",
                                                     "delay", "cancel", "trouble", "bother"):
        return True
    if subject_low == "there" and verb == "be":
        return any(w in ("rain", "cloud", "clouds", "storm", "drop", "breath", "wind", "snow", "shower") for w in rest[:5])
    return False


_WEATHER_HABIT_VERBS = {"rain", "snow", "pour", "hail", "flood", "storm"}
_WEATHER_HABIT_STATES = {"dry", "sunny", "warm", "fine", "clear", "hot", "glorious", "calm"}


def weather_habit_at(doc, i: int, ss: int, se: int) -> tuple[str, int, int] | None:
    """The weather's habit told as an assurance: "it never rains here in June", "it just
    doesn't rain here in September", "it's always dry here in July".  Only "it" as the
    subject, in the present tense, not a history ("it didn't rain last year") and not
    "it doesn't always rain" (a hedge)."""
    low = doc[i].lower_
    k = i - 1
    if low in ("n't", "not"):
        if k < ss or doc[k].lower_ not in ("does", "do"):
            return None
        k -= 1
    while k >= ss and doc[k].lower_ in ("just", "simply", "really", "honestly", "basically", "literally", "'s", "is"):
        k -= 1
    if k < ss or doc[k].lower_ != "it":
        return None
    j = i + 1
    while j < se and doc[j].lower_ in ("just", "simply", "really", "ever", "actually", "be"):
        j += 1
    if j >= se:
        return None
    w = doc[j]
    if low == "always":
        if w.lower_ in _WEATHER_HABIT_STATES or (w.lower_ in ("sunny", "dry") and doc[j - 1].lower_ == "be"):
            return ("tp:weather", k, j + 1)
        return None
    if w.lemma_ in _WEATHER_HABIT_VERBS and w.lower_ not in ("rained", "snowed", "poured", "flooded"):
        # "it never rains but it pours" is a saying, not the weather
        if any(doc[t].lower_ == "but" for t in range(j + 1, min(se, j + 3))):
            return None
        return ("tp:weather", k, j + 1)
    return None


_HISTORY = {"was", "were", "has", "have", "had", "'ve", "'d", "been", "did", "would", "could", "might", "may"}
_VEHICLE_SUBJECTS = {"flight", "flights", "inbound", "plane", "train", "trains", "ferry", "coach", "shuttle", "bus",
                     "leg", "connection", "boat", "transfer", "airline", "tram"}


def vehicle_habit_at(doc, i: int, ss: int, se: int) -> tuple[str, int, int] | None:
    """A carrier's habit told as an assurance: "that first flight is never late", "the
    inbound is always early", "the shuttle never runs late", "the train always gets in on
    time", "they never leave a connecting passenger behind".  Not "the shuttle runs every
    20 minutes" (a timetable), nor a history ("was never late last week")."""
    low = doc[i].lower_
    k = i - 1
    if k >= ss and doc[k].lower_ in _HISTORY:
        return None  # "the shuttle was never late last week": a history
    be = False
    if k >= ss and doc[k].lower_ in ("is", "are", "'s", "'re"):
        be = True
        k -= 1
    if k < ss:
        return None
    # the subject's head, or a vehicle a few words back: "the coach from the airport is
    # never late"
    subj = doc[k].lower_
    if subj not in _VEHICLE_SUBJECTS and not (subj == "they" and low == "never"):
        back = next((t for t in range(k - 1, max(ss - 1, k - 4), -1)
                     if doc[t].lower_ in _VEHICLE_SUBJECTS), None)
        if back is None or any(doc[t].is_punct for t in range(back, k)):
            return None
        k, subj = back, doc[back].lower_
    j = i + 1
    while j < se and doc[j].lower_ in ("ever", "really", "just", "actually"):
        j += 1
    if j >= se:
        return None
    w, nxt = doc[j].lower_, (doc[j + 1].lower_ if j + 1 < se else "")
    after = [doc[t].lower_ for t in range(j, min(se, j + 6))]
    # (key "tp:decision": the "never" inside it is the promise, not terms)
    if low == "never":
        if w in ("late", "delayed", "cancelled", "canceled") or (not be and w in ("runs", "run", "arrives", "lands")
                                                                  and nxt in ("late", "behind")):
            return ("tp:decision", k, j + (1 if w in ("late", "delayed", "cancelled", "canceled") else 2))
        if not be and doc[j].lemma_ in ("leave", "miss") and any(a in ("behind", "connection", "connections",
                                                                      "passenger", "passengers") for a in after):
            return ("tp:decision", k, min(se, j + 4))
        return None
    if low == "always":
        if w in ("early", "punctual") or (w == "on" and nxt == "time"):
            return ("tp:carrier", k, j + (2 if w == "on" else 1))
        if not be and doc[j].lemma_ in ("land", "arrive", "get", "come") and (
                "early" in after or _has(after, "on", "time")):
            return ("tp:carrier", k, min(se, j + 4))
        if not be and doc[j].lemma_ in ("hold", "wait") and subj in ("they", "airline", "ferry", "boat", "train",
                                                                       "coach", "plane", "flight", "connection"):
            return ("tp:carrier", k, min(se, j + 3))
    return None


# A commodity or a rate whose move is promised away: "timber prices won't go up".
_COMMODITIES = {"timber", "steel", "fuel", "diesel", "petrol", "wheat", "copper", "gold", "oil", "gas", "energy",
                "lumber", "cement", "grain", "maize", "coffee", "cocoa", "silver", "container", "freight",
                "shipping", "electricity", "interest", "mortgage", "rates", "prices", "price", "pound", "rand",
                "euro", "dollar", "naira", "rupee", "shares", "stocks", "crypto", "bitcoin", "sterling", "costs",
                "property", "house"}
_MOVES = {"rise", "go", "climb", "increase", "jump", "spike", "fall", "drop", "dip", "weaken", "strengthen", "crash",
          "slip", "sink", "tumble", "get", "move", "budge", "soften", "harden", "decline", "collapse", "double"}


def market_move_denied(doc, first: int, head: int, verb: str, rest: list[str]) -> bool:
    """"Timber prices won't go up before you order", "interest rates won't rise again this
    year", "steel isn't going to get any dearer", "the pound won't fall against the euro":
    a market's move promised away (not "our prices won't go up", the writer's own price)."""
    if first <= head and doc[first].lower_ in ("our", "my"):
        return False
    words = [doc[t].lower_ for t in range(first, head + 1)]
    if not any(f in _COMMODITIES for w in words for f in _plural_base(w)):
        return False
    if verb not in _MOVES:
        return False
    if verb == "go":
        return rest[:1] in (["up"], ["down"], ["higher"], ["lower"])
    if verb == "get":
        return any(r in ("dearer", "cheaper", "pricier", "higher", "lower", "worse") for r in rest[:3])
    return True


_CURRENCY_START = ("£", "$", "€", "₹", "¥", "₦", "r")
_SALE_VERBS = {"fetch", "make", "sell", "go", "realise", "realize", "achieve"}


def sale_price_promised(doc, subject_low: str, verb: str, v: int, se: int, rest: list[str]) -> bool:
    """"Those heifers will make £1,850 a head at the very least", "the painting will go for
    six figures", "the bullocks will fetch over two grand apiece": a price the buyers in
    the ring decide.  Not "the bullocks will be sold on Thursday"."""
    if subject_low in _WRITER or subject_low in ("it", "this", "that", "which"):
        return False
    if verb not in _SALE_VERBS:
        return False
    window = rest[:5]
    if verb in ("go", "sell") and (not window or window[0] not in ("for", "at", "above", "over")):
        return False
    priced = any(r[:1] in _CURRENCY_START and len(r) > 1 and r[1:2].isdigit() or r in ("£", "$", "€", "₹")
                 for r in window)
    counted = any(r in ("figures", "grand", "k", "thousand", "million") for r in window)
    return priced or counted


_RANK_MOVES = {"get", "put", "take", "push", "move", "bring", "rank", "shoot", "propel", "catapult", "land", "lift",
               "hit", "reach", "climb", "jump"}
_RANK_MARKS = {"number", "no", "no.", "#", "#1", "top", "first", "1st", "page"}
_RANK_SLOTS = {"spot", "position", "place", "slot", "result", "results", "page", "rank", "ranking", "one", "1", "of"}
_PLATFORMS = {"google", "bing", "amazon", "tripadvisor", "yelp", "maps", "search", "app", "etsy", "ebay", "youtube",
              "spotify", "trustpilot", "booking.com", "airbnb", "duckduckgo", "chatgpt", "play"}


def ranking_promised(doc, verb: str, v: int, se: int) -> bool:
    """"We'll get Bella's Bakery to the number one spot on Google", "the new content will
    take your firm to the top of Google", "we'll rank your practice first on Google": a
    position the search engine or the marketplace decides.  The platform must be named,
    and a moving verb needs "to", "onto", "into" or "at" before the position ("I'll get
    the first page of the report to you" hands over a document)."""
    if verb not in _RANK_MOVES:
        return False
    window = [doc[t].lower_ for t in range(v + 1, min(se, v + 14))]
    if not any(w in _PLATFORMS for w in window):
        return False
    for k, w in enumerate(window):
        if w in (",", ";", ".", "but", "though", "if", "and"):
            return False
        if w in _RANK_MARKS and k + 1 < len(window) and (window[k + 1] in _RANK_SLOTS or w == "#1"):
            # ("take a look at the top spot on TripAdvisor" studies it)
            if any(x in ("look", "peek", "glance", "note", "copy", "screenshot", "picture") for x in window[:k]):
                return False
            # ... or gives the reader the position: "we'll get your shop the top spot"
            moved = verb in ("rank", "hit", "reach", "climb", "jump", "land") or any(
                x in ("to", "onto", "into", "at", "in", "on") for x in window[:k]) or (
                verb in ("get", "bring", "land") and k >= 2 and window[k - 1] == "the" and window[0] != "the")
            rest = window[k + 1:k + 6]
            return moved and any(x in ("on", "in", "of", "for") for x in rest) and any(x in _PLATFORMS for x in rest)
        if verb == "rank" and w in ("first", "top", "highest", "number") and k < 6:
            return any(x in _PLATFORMS for x in window[k + 1:k + 5])
    return False
