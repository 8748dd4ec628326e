"""The remark model's corpus: derogatory, mocking or abusive remarks about a person, and
profanity (label ``remark``), against ordinary email and hard negatives.

Sources: sentences composed here from parts written for this project, hand-written
lines in ``remark/pos-*.txt`` and ``remark/neg-*.txt``, the shared ordinary-email
negatives (``email.py``), and the training fold of the offensive-tweets set
(Davidson et al. 2017, MIT licence) when ``../shared`` is present.
"""
from __future__ import annotations

import os
import random

import mail_text as email_corpus  # training/corpora/mail_text.py (sys.path set by corpus.py)
from _common import HERE, compose, hand_written, read_lines, tweets, vary_case

LABEL = "remark"

TARGETS = [
    "this guy", "the client", "their procurement guy", "Raj from accounts", "that woman at Harlow",
    "the customer", "she", "he", "their CFO", "their finance lady", "this lady", "the buyer",
    "their IT chap", "the bloke from Meridian", "the new PM over there", "Kevin", "our friend at Okoro",
    "Mr. Dickson", "the landlord", "the tenant", "the patient in bed 4", "the student's dad",
    "this uncle", "that aunty from the society office", "their MD", "the guy on the phone",
    "Sharon in purchasing", "their so-called architect", "the complainer from yesterday", "the old man",
    "this customer", "the client's assistant", "their lawyer", "the boss over there", "Tunde", "Marites",
    "the accountant", "the homeowner", "their QA girl", "the head of ops at Titan", "Gary", "the GM",
]
INSULTS = [
    "is an idiot", "is clueless", "is a total muppet", "hasn't got a clue", "is thick as two short planks",
    "is a moron", "can't read", "is a nightmare to deal with", "is dumb as a rock", "is completely useless",
    "is a complete joke", "is a pain in the arse", "is a tool", "is an absolute clown", "is so stupid",
    "is pathetic", "is a waste of space", "is a dinosaur", "is a drama queen", "is a nutcase", "is mental",
    "has the brains of a goldfish", "is senile", "is a cheapskate", "is a whinger", "is a snowflake",
    "is an arrogant prick", "is a dick", "is a jerk", "is a lunatic", "is an imbecile", "is incompetent",
    "is a numpty", "is a plonker", "is a wally", "is a prat", "is an ass", "is a dumbass",
    "is a bit slow, bless", "is a buffoon", "is a nobody", "is a loser", "is a liar and a cheat",
    "is such a karen", "is a grumpy old git", "is a silly cow", "is a mug", "is a tosser", "is a bonehead",
    "is retarded", "is a halfwit", "is brain-dead", "is a headcase", "is a crybaby", "is a freeloader",
    "is a useless lump", "is lazy as hell", "is a fat slob", "is a basket case", "is nuts",
    "couldn't find his own arse with both hands", "wouldn't know a spreadsheet if it bit him",
    "needs everything explained like a child", "talks nonsense all day", "is too dumb to follow a link",
    "is a real piece of work", "is off his rocker", "is a bloody nuisance", "is a walking disaster",
    "is a total bimbo", "is such a pain", "is a bully and a creep", "is shameless", "is a bakwaas fellow",
    "is a mumu", "is an olodo", "is a buang", "is a tanga", "is a chancer", "is a cowboy", "is a muppet",
]
OPENERS = ["", "", "", "FYI", "Heads up,", "lol", "Honestly,", "Between us,", "Ugh,", "Not gonna lie,",
           "As usual,", "Typical -", "Sigh.", "Yaar,", "Abeg,", "Hay naku,", "Mate,", "tbh", "PS", "Careful,",
           "Internal:", "Don't forward this but", "Just so you know,", "Ha,", "Omg", "Dude,", "Bro,"]
SUFFIXES = ["", "", ".", " again.", " lol", " as usual.", " smh", ", just ignore him.", ", don't waste time on her.",
            " 🙄", ", seriously.", " - no surprise there.", ", as always.", "!!", ", total waste of time."]

PROFANE = [
    "this is a fucking mess", "what the hell were they thinking", "I'd be pissed off too",
    "bloody hell, the file again", "shit, I forgot the attachment", "wtf is this invoice", "the damn thing won't load",
    "f*ck this portal", "this sh!t keeps happening", "what a load of bollocks", "fcking hell",
    "this is bullshit", "holy crap, look at these numbers", "screw their deadline", "pissed off doesn't cover it",
    "for fuck's sake, not again", "what a shitshow", "damn it, wrong address", "their offer is crap",
    "sod it, send it as is", "bugger, I missed the call", "effing printer", "goddamn it", "f**k me, that's high",
    "this is effing ridiculous", "they can go to hell", "what the f*** happened here", "a$$holes in legal again",
    "s**t happens", "jeez, what a bunch of bs", "oh ffs", "wtf lol", "stfu about the budget",
    "bloody cheek of them", "bloody useless courier", "arse, I forgot", "frickin' vendors",
    "they screwed us over", "this is so fcked up", "total clusterf*ck", "piss-poor effort from them",
    "dickheads at the bank", "the b@stards raised the price", "sh*t show of a meeting", "kiss my ass",
    "up yours", "get stuffed", "damn right I'm annoyed", "hell no", "that's a crock of shit",
]
MOCKING = [
    "bless him, he tried", "bless her, she did her best with the three brain cells", "well done, Einstein",
    "what a genius idea, said no one", "let me explain this slowly for {target}", "I'll use small words for {target}",
    "even a child could follow this, but apparently not {target}", "nice one, Sherlock", "oh great, another genius plan from {target}",
    "{target} thinks the cloud is actually in the sky lol", "guess who can't attach a file again",
    "brilliant, {target} managed to break it again", "congrats to {target} for reading the email for once",
    "another masterpiece from {target}, can't wait", "here we go, {target} wants it yesterday again",
    "sure, because {target} knows best", "{target} strikes again", "expecting {target} to understand is optimistic",
    "{target} clearly didn't read anything, shocker", "don't mind {target}, he's special",
    "{target} with his usual genius questions", "poor thing can't tell PDF from Word",
    "lol this client again", "this client again, kill me", "not this woman again", "ugh, him again",
    "cue {target} whining in 3, 2, 1", "{target} is at it again", "the usual muppet from their procurement",
    "we've got a right one here", "spare me {target}'s sob story", "typical {target}, all talk",
]
RANTS = [
    "{target} {insult}", "{opener} {target} {insult}{suffix}", "{opener} honestly {target} {insult}{suffix}",
    "Don't bother with {target}, {pronoun} {insult}", "{opener} dealing with {target} again, {pronoun} {insult}{suffix}",
    "Can't believe {target} {insult}", "{opener} told you {target} {insult}", "{opener} {target}? {insult_bare}.",
    "{opener} {mock}{suffix}", "{opener} {profane}{suffix}", "{profane}, {target} {insult}",
    "{opener} {profane}", "{opener} {target} is being a {noun} about the invoice", "What a {noun}.",
    "{opener} what a {noun} {target} is", "{opener} {target}, what an {vnoun}", "Ignore {target}, total {noun}.",
    "{target} is being a right {noun} today", "{opener} that {noun} rang again",
]
NOUNS = ["idiot", "muppet", "moron", "clown", "pain", "prat", "wally", "numpty", "jerk", "dickhead", "tosser",
         "bellend", "knobhead", "dipstick", "loser", "nutter", "twit", "clot", "plonker", "cretin", "dimwit",
         "dunce", "airhead", "bozo", "nincompoop", "git", "arsehole", "asshole", "bitch", "cow", "pig",
         "snake", "leech", "parasite", "b*tch", "a**hole", "d1ckhead", "tw@t", "c*nt", "wanker", "w@nker"]
VNOUNS = ["idiot", "imbecile", "airhead", "arsehole", "asshole", "utter fool", "absolute joke", "ass"]

# Hard negatives: the same shapes, about a product, a process, oneself, or harmless.
NEG_TEMPLATES = [
    "{thing} is {badprod}", "{opener} {thing} is {badprod}{suffix}", "Honestly, {thing} is {badprod}.",
    "I'm {selfdep}, sorry about that.", "{opener} I was {selfdep} to miss that.", "My fault - I'm {selfdep} with dates.",
    "We can't {refuse}.", "I'm afraid we won't {refuse}.", "Unfortunately we are unable to {refuse}.",
    "Regrettably, we must decline to {refuse}.", "Our policy doesn't allow us to {refuse}.",
    "{person} {neutral}", "{opener} {person} {neutral}{suffix}", "Thanks to {person}, who {neutral2}.",
    "The {thing} from {company} is ready.", "We met {person} at {company} on Friday.",
    "{person} says the {thing} is {badprod}.", "{person} thinks our {thing} is {badprod} - fair point, we'll fix it.",
    "You're right that {thing} is {badprod}; that's on us.",
    "Please be patient with {thing}, it is {badprod} at the moment.",
]
BADPROD = ["useless on mobile", "a mess", "a nightmare", "slow and clunky", "broken again", "rubbish", "a disaster",
           "buggy as anything", "completely unusable", "a joke, frankly", "pretty terrible", "a pain to use",
           "confusing", "out of date", "awful", "badly designed", "wrong", "not fit for purpose", "a headache",
           "painfully slow", "ugly but it works", "too expensive", "full of errors", "half-baked"]
THINGS = ["the portal", "the old CRM", "the invoice template", "the report", "this process", "the checkout",
          "the app", "version 4", "the booking form", "our website", "the printer", "the spreadsheet",
          "the timetable", "the login page", "the API", "the handover doc", "the tender process", "the dashboard"]
SELFDEP = ["an idiot", "useless", "hopeless", "a muppet", "a complete numpty", "daft", "such a dummy", "clueless",
           "a fool", "terrible", "rubbish", "a bit slow today", "an absolute clown"]
REFUSE = ["waive the fee", "accept returns after 30 days", "extend the deadline again", "offer a further discount",
          "refund the deposit", "change the contract terms", "share that information", "release the keys early",
          "process the claim without a receipt", "make an exception this time"]
PERSONS = ["Kevin", "Sharon in purchasing", "their CFO", "Raj from accounts", "Mr. Dickson", "Ms. Cockburn",
           "the client", "the tenant", "their MD", "Tunde", "Marites", "Dr. Butts", "Mr. Hancock", "Gary",
           "the landlord", "our contact at Titan", "the head of ops", "Mrs. Adeyemi", "Shitij", "Mr. Wankhede"]
NEUTRAL = ["asked for the updated figures", "is on leave until Monday", "will join the call", "approved the quote",
           "signed the lease", "is the best person to ask", "has been very helpful", "raised a fair point",
           "wants the report by Friday", "is new to the account", "was unhappy with the delay, understandably",
           "called twice about the refund", "is waiting on our reply", "disagreed with our estimate",
           "is very particular about formatting", "has strong opinions on the design", "is a stickler for detail",
           "was very direct on the call", "pushed back hard on price", "is a tough negotiator"]
NEUTRAL2 = ["sorted the access issue", "sent the missing files", "chased the courier", "found the bug",
            "stayed late to finish the audit"]
COMPANIES = ["Harlow", "Meridian", "Titan Assurance", "Scunthorpe Council", "Middlesex Lettings", "Penistone Builders"]


# Belittling the reader, mocking how someone writes or speaks, notes to self.
BELITTLE = [
    "As I've already explained {times}, {fact}.", "For the {nth} time, {fact}.", "Perhaps read the email this time: {fact}.",
    "It's not rocket science - {fact}.", "Even you should be able to manage this: {fact}.", "I'll keep it simple for you: {fact}.",
    "Try to keep up: {fact}.", "Let me spell it out, slowly: {fact}.", "I'm not sure how else to say this so you'll understand: {fact}.",
    "If you'd bothered to read the contract, you'd know {fact}.", "Reading is hard, I know, but {fact}.",
    "Honestly, a child could work out that {fact}.", "As anyone with half a brain knows, {fact}.",
    "Obviously, and I mean obviously, {fact}.", "I'll type this in capitals so it sinks in: {fact}.",
    "Not sure what part of '{fact}' you didn't get.", "Did you even open the attachment? {fact_cap}.",
    "Please try to pay attention this time: {fact}.", "We made it idiot-proof for you: {fact}.",
    "Clearly you didn't read my last three emails, so again: {fact}.", "Do I need to draw you a picture? {fact_cap}.",
    "I don't know how you manage to run a business, but {fact}.", "Shocking, I know, but {fact}.",
    "{target}'s English is hilarious, can barely follow it.", "{target} writes like a toddler, good luck decoding it.",
    "{target} can't spell to save {poss} life.", "Translation of {target}'s email for the rest of us: gibberish.",
    "Pls reply in simple words, {target} doesn't understand big ones lol.", "{target}'s accent on the call was a laugh riot.",
    "Note to self: {target} is a time-waster, bill every minute.", "[note: {target} is a pain, keep replies short]",
    "Reminder to self - don't trust anything {target} says, {pronoun} lies.", "TODO: fob {target} off until Friday, {pronoun}'ll forget.",
    "(internal: {target} is a whiner, ignore the threats)", "Mental note: never pick up when {target} calls.",
    "PEBKAC again with {target}.", "Classic ID-10-T error from {target}.", "User error, as usual, {target} is clueless.",
    "{target} is the problem, not the software.", "The problem is between {target}'s chair and keyboard.",
]
TIMES = ["twice", "three times", "several times", "repeatedly", "more than once", "in every email"]
NTH = ["third", "fourth", "fifth", "hundredth", "last"]
FACTS = ["the deadline was Friday", "the form needs a signature", "the fee is non-refundable", "your password is case-sensitive",
         "the invoice is already paid", "you need to restart the router", "the parcel is with the courier",
         "the meeting is at 10am", "we don't do weekend visits", "the attachment is a PDF", "the price includes VAT",
         "the booking is for two nights", "you click the blue button", "the warranty ended in March"]


def _belittle(n: int, seed: int) -> list[str]:
    slots = {"times": TIMES, "nth": NTH, "fact": FACTS, "fact_cap": [f[:1].upper() + f[1:] for f in FACTS],
             "target": TARGETS[:20] + ["Kevin", "the client", "Mrs. Osei", "our customer", "this guy"],
             "poss": ["his", "her", "their"], "pronoun": ["he", "she", "they"]}
    return compose(BELITTLE, slots, n, seed)


# Polite counterparts: repeating information kindly, keeping it simple without a jab.
KIND = [
    "As I mentioned in my last email, {fact}.", "Just to recap, {fact}.", "To keep it simple: {fact}.",
    "In case my earlier email got buried, {fact}.", "Sorry if I wasn't clear before: {fact}.",
    "To confirm, {fact}.", "Quick reminder that {fact}.", "Happy to explain again - {fact}.",
    "You may have missed it in the long thread, but {fact}.", "I've attached a short guide; in short, {fact}.",
    "Just so it's easy to find later, {fact}.", "Our instructions weren't clear, sorry: {fact}.",
]


def _kind(n: int, seed: int) -> list[str]:
    return compose(KIND, {"fact": FACTS}, n, seed)


def _rants(n: int, seed: int) -> list[str]:
    mocks = compose(MOCKING, {"target": TARGETS}, 400, seed + 7)
    slots = {
        "target": TARGETS, "insult": INSULTS, "opener": OPENERS, "suffix": SUFFIXES, "profane": PROFANE,
        "mock": mocks, "noun": NOUNS, "vnoun": VNOUNS, "pronoun": ["he", "she", "they"],
        "insult_bare": [i.removeprefix("is ") for i in INSULTS],
    }
    return compose(RANTS, slots, n, seed)


def _hard_negatives(n: int, seed: int) -> list[str]:
    slots = {"thing": THINGS, "badprod": BADPROD, "opener": OPENERS[:10], "suffix": SUFFIXES[:6], "selfdep": SELFDEP,
             "refuse": REFUSE, "person": PERSONS, "neutral": NEUTRAL, "neutral2": NEUTRAL2, "company": COMPANIES}
    return compose(NEG_TEMPLATES, slots, n, seed)


MAIL_NEGATIVES = 7000  # ordinary email composed by mail_text.py
SIBLING_NEGATIVES = 16000  # sentences of the other corpora without profanity or insults
HAND_NEGATIVE_COPIES = 2  # each hand-written hard negative counts this many times


# The sixth and seventh waves' lines (remark/*-wave6-*.txt, *-wave7-*.txt) are not in the
# shipped model: they are weighted 0 by default (docs/models.md, "Sixth wave" and "Seventh
# wave", say why and what models trained with them measured).  To train the seventh wave's
# candidate (every wave6/wave7 line x5 / x4, 800 chat copies of each label):
# RMK_W6_POS=5 RMK_W6_NEG=4 RMK_CHAT_N=800 python -m replylint.training remark --output-dir /tmp/candidate
# (RMK_W7=0 leaves the seventh wave's lines out: the sixth wave's candidate).
WAVE6_POS_COPIES = int(os.environ.get("RMK_W6_POS", 0))  # each recent remark counts this many times
WAVE6_NEG_COPIES = int(os.environ.get("RMK_W6_NEG", 0))  # and each recent hard negative
CHAT_LINES = int(os.environ.get("RMK_CHAT_N", 0))  # hand-written lines repeated as pasted chat lines, of each label
RECENT = ("-wave6-", "-wave7-") if int(os.environ.get("RMK_W7", 1)) else ("-wave6-",)
CHAT_SPEAKERS = ["Sam", "Liam", "Priya", "Kofi Mensah", "Jo", "Dev", "Maria G", "Tunde", "Ana", "Chris P", "Mei", "Raj",
                 "Ellie", "Tom Price", "Nkechi", "Ben", "Joy", "Marco", "Aisha K", "Pat"]


def _chat_lines(texts: list[str], n: int, seed: int) -> list[str]:
    """``n`` of ``texts`` (one-line ones) as pasted chat lines: "[14:02] Sam: ...",
    "[07/11/2026, 10:14] Kofi Mensah: ...", "10:42 Jo: ..." (seeded)."""
    rng = random.Random(seed)
    lines = sorted({t for t in texts if "\n" not in t and len(t) < 160})
    rng.shuffle(lines)
    out = []
    for t in lines[:n]:  # n = 0: none
        hh, mm = rng.randint(7, 19), rng.randint(0, 59)
        who = rng.choice(CHAT_SPEAKERS)
        stamp = rng.choice([f"[{hh:02d}:{mm:02d}]", f"[{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026, {hh:02d}:{mm:02d}]",
                            f"{hh:02d}:{mm:02d}", f"[{hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}]"])
        out.append(f"{stamp} {who}: {t[:1].lower() + t[1:] if rng.random() < 0.5 else t}")
    return out


def examples(root):
    return build(root)


def build(root, recent_pos: int = WAVE6_POS_COPIES, recent_neg: int = WAVE6_NEG_COPIES, chat_lines: int = CHAT_LINES):
    """The corpus with the sixth and seventh waves' lines counted ``recent_pos`` /
    ``recent_neg`` times and ``chat_lines`` lines of each label repeated after a chat
    prefix (the shipped remark model: 0, 0, 0; the remark_broad model reads this corpus
    with 5, 4, 0 and takes the chat prefixes off)."""
    pos_hand, neg_hand = hand_written("remark", LABEL, exclude=("-wave6-", "-wave7-"))
    # The sixth and seventh waves' classes (a person belittled in passing inside a long
    # business sentence, sarcasm at the reader, scare-quoted disbelief, mocking nicknames,
    # patronising endearments, condescension, insults in other languages and Englishes,
    # profanity in compounds and symbols) are a few hundred lines among ten thousand
    # positives: a candidate counted each several times, and each same-shape hard
    # negative too (weighted 0 in the shipped model).
    folder = HERE / "remark"
    pos_w6 = [t for f in sorted(folder.glob("pos-*.txt")) if any(w in f.name for w in RECENT) for t in read_lines(f)]
    neg_w6 = [t for f in sorted(folder.glob("neg-*.txt")) if any(w in f.name for w in RECENT) for t in read_lines(f)]
    pos = vary_case(_rants(3000, 11) + _belittle(900, 15) + pos_hand + pos_w6 * recent_pos, 12)
    neg = (_hard_negatives(2000, 13) + _kind(150, 16) + email_corpus.examples(MAIL_NEGATIVES, 21)
           + neg_hand * HAND_NEGATIVE_COPIES + neg_w6 * recent_neg)
    # Pasted chat: the same hand-written lines after a chat line's time and speaker, as
    # remarks and as hard negatives alike, so that "[14:02] Sam:" weighs nothing.
    pos += _chat_lines(pos_hand + pos_w6, chat_lines, 23)
    neg += _chat_lines(neg_hand + neg_w6, chat_lines, 24)
    # Business mail of every register from the abuse corpus's sources: our hard-negative
    # classes of real mail (abuse/neg-*.txt), neutral sentences in the shapes of the
    # rants, and the other corpora's sentences without profanity or insults.
    import abuse

    neg += hand_written("abuse", LABEL)[1] + abuse._neutral_shapes(1500, 17)
    neg += abuse._sibling_sentences(root, SIBLING_NEGATIVES, 19)
    rng = random.Random(14)
    tw = tweets(root, "train")
    # The tweets' own negatives are kept; positives are sampled so email text dominates.
    tw_pos = [t for t, c in tw if c in (0, 1)]
    tw_neg = [t for t, c in tw if c == 2]
    rng.shuffle(tw_pos)
    tw_pos = tw_pos[:4000]
    out = [(t, {LABEL: 1.0}) for t in pos + tw_pos] + [(t, {LABEL: 0.0}) for t in neg + tw_neg]
    facts = {
        "composed_or_hand_written_positives": len(pos),
        "composed_or_hand_written_negatives": len(neg),
        "tweets_positive": len(tw_pos),
        "tweets_negative": len(tw_neg),
        "tweets_source": "offensive-tweets training fold (Davidson et al. 2017, MIT); held-out fold never used",
    }
    return out, facts

# Scored at training time by spaCy's own textcat and recorded in model.json; the test
# suite checks an installed wheel gives the same scores (one sentence each).
PROBES = [
    "FYI this guy is clueless",
    "The report is useless in its current form",
    "Please find the invoice attached",
    "What a bunch of clowns",
    "I'm an idiot, I forgot the attachment",
    "Ms. Cockburn will chair the meeting",
    "this is a f*cking mess",
    "Welcome to Scunthorpe",
]
