"""Template rules: unfilled placeholders, filler text and broken template syntax.

A real draft must never reach a client with ``{{first_name}}``, ``[Client Name]``,
``XXX`` or "lorem ipsum" in it.  Template files (``.j2``, ``.hbs``, ``.mustache``,
``.liquid``, ...), drafts read with ``--template`` and files matching the
``template-files`` config globs are in *template mode*: there placeholders are expected
and only broken template syntax is reported.

Template syntax is found by ``draft/mask.py`` (``draft.placeholders``); this module
decides which of those spans a client would see, and adds what the mask does not cover.
"""
from __future__ import annotations

import os
import re
from pathlib import Path


from .. import spacy_names as sp
from ..draft.model import BODY, DISCLAIMER, SIGNATURE
from ..findings import Severity
from ..patterns import PhraseSet
from ..suppress import DIRECTIVE
from . import Context, Hit, Rule, register, register_option

# Placeholders matter wherever the writer's own text is: the new text and the sign-off
# ("Kind regards, [Your Name]").  Quoted history may hold anything.
OWN_TEXT = frozenset({BODY, SIGNATURE, DISCLAIMER})


def _globs(value) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError("template-files: expected a list of globs, e.g. [\"templates/**\"]")
    return [v.strip() for v in value]


register_option(
    "template-files", [], _globs,
    "Globs of files linted in template mode (placeholders allowed), relative to the config file.",
)


def matches_template_files(path: str, globs: list[str], base: Path | None = None) -> bool:
    """True when ``path`` matches one of ``globs`` (relative to ``base``, the config's folder)."""
    if not globs or not path or path == "-":
        return False
    from ..files import matches

    return matches(path, globs, base)


def is_template(draft, config) -> bool:
    """Whether a draft is linted in template mode (its own flag, or the config globs)."""
    if draft.template:
        return True
    try:
        globs = config.option("template-files")
    except KeyError:  # pragma: no cover - option always registered with this module
        return False
    base = config.path.parent if getattr(config, "path", None) else None
    return matches_template_files(draft.path, globs, base)


def _template_mode(ctx: Context) -> bool:
    return ctx.memo(("template", "mode"), lambda: is_template(ctx.draft, ctx.config))


def _lex(ctx: Context) -> dict:
    return ctx.lexicons.get("template")


# -- template syntax --------------------------------------------------------------
def _kind(frag: str) -> str:
    if frag.startswith(("{#", "{{!")):
        return "comment"
    if frag.startswith(("{%", "<%")):
        return "tag"
    return "placeholder"


def _broken_at(frag: str) -> int | None:
    """Offset inside ``frag`` where a placeholder swallowed text it should not have.

    The mask pairs ``{{`` with the next ``}}`` anywhere after it, so a typo such as
    ``{{ first_name }`` runs on to the next placeholder's closer.  A nested opener or a
    blank line inside one tag means its closer is missing.
    """
    kind = _kind(frag)
    if kind == "comment" or not frag.startswith("{"):
        return None
    inner_start = 3 if frag.startswith("{{{") else 2
    inner = frag[inner_start:-2]
    cuts = [i for i in (inner.find("{{"), inner.find("{%"), inner.find("\n\n")) if i >= 0]
    return inner_start + min(cuts) if cuts else None


# Delimiters left in the masked text: an opener whose closer never came, or a closer
# after a single-brace name ("{first_name}}", "{ endif %}").
_STRAY = re.compile(r"\{\{[^{}\n]*\}?|\{%[^{}\n]*\}?|\{\s*[A-Za-z_][\w.]*\s*\}\}|\{\s*[A-Za-z_][\w .|:\"']*%\}")


def _spans(ctx: Context) -> list[tuple[int, int, str, int | None]]:
    """Template syntax in the draft: (start, end, kind, broken offset or None)."""

    def build():
        text = ctx.draft.text
        out = []
        for s, e in ctx.draft.placeholders:
            frag = text[s:e]
            out.append((s, e, _kind(frag), _broken_at(frag)))
        return out

    return ctx.memo(("template", "spans"), build)


def _bracket_words(ctx: Context) -> tuple[set[str], set[str]]:
    """The lexicon's bracket tags ("EXTERNAL") and link labels (casefolded), compiled once."""

    def build():
        brackets = _lex(ctx)["brackets"]
        return set(brackets["tags"]), {" ".join(w.split()).casefold() for w in brackets.get("labels", [])}

    return ctx.compiled(("template", "bracket words"), build)


def _is_bracket_tag(frag: str, after: str, tags: set[str], labels: set[str] = frozenset()) -> bool:
    """``[EXTERNAL]``-style tags, link and image labels and Markdown link text are not placeholders."""
    if not frag.startswith("["):
        return False
    inner = " ".join(frag[1:-1].replace("_", " ").split())
    if inner.upper() in tags and inner == inner.upper():
        return True
    if inner.casefold() in labels:
        return True
    # [Our Pricing Page](https://...) and [Pricing Page]: https://... are links.
    return after.startswith("(") or bool(re.match(r":\s*(https?://|mailto:|www\.)", after))


@register
class UnfilledPlaceholder(Rule):
    """## What it does
    Reports template syntax and bracketed placeholders left in a draft that is not a
    template: `{{ first_name }}`, `{% if vip %}`, `[Client Name]`, `<<NAME>>`,
    `%FIRST_NAME%`, `*|FNAME|*`, `${amount}`.  In template mode (template files such as
    `.j2`, `.hbs`, `.mustache`, `.liquid`, the `--template` option, or files matching
    the `template-files` config globs) placeholders are expected and not reported.
    Tags such as `[EXTERNAL]`, link and image labels such as `[Terms and Conditions]`,
    Markdown link text such as `[Pricing](https://...)` and anything in quoted history
    are not reported.

    ## Why it matters
    A draft that goes out with `Dear [Client Name]` tells the client they got a form
    letter nobody read, and a stray `{% endif %}` looks broken.  It is the easiest
    mistake to catch before sending and the most embarrassing one after.

    ## Example
    ```
    Dear {{ first_name }},

    Your refund of [Amount] was processed today.
    ```

    ## Use instead
    ```
    Dear Priya,

    Your refund of £42.50 was processed today.
    ```
    Fill in every placeholder, or lint the file with `--template` if it is a template.
    """

    code = "TPL001"
    name = "unfilled-placeholder"
    category = "template"
    severity = Severity.ERROR
    message = "unfilled placeholder: the client would see template syntax"
    suggestion = "fill it in, or lint templates with --template (or the template-files setting)"
    parts = OWN_TEXT

    def check(self, ctx: Context):
        spans = _spans(ctx)
        if not spans or _template_mode(ctx):
            return
        text = ctx.draft.text
        tags, labels = _bracket_words(ctx)
        for s, e, kind, broken in spans:
            if broken is not None:
                continue  # TPL003 reports it, with the right place
            frag = text[s:e]
            if kind == "comment" and DIRECTIVE.search(frag):
                continue  # a replylint suppression directive
            if _is_bracket_tag(frag, text[e : e + 12], tags, labels):
                continue
            if kind == "tag":
                yield Hit(s, e, message="template tag left in the draft: the client would see it")
            elif kind == "comment":
                yield Hit(s, e, message="template comment left in the draft: the client would see it")
            else:
                yield Hit(s, e)


def _x_run(text: str) -> bool:
    return len(text) >= 3 and set(text) == {"X"} or bool(re.fullmatch(r"X{1,3}(?:[,.]X{3})+", text))


def _x_part(text: str) -> bool:
    return text in ("/", ".", "-", ",") or bool(re.fullmatch(r"X+(?:[,.]X+)*", text))


def _filler_matchers(ctx: Context):
    def build():
        lex = _lex(ctx)
        ps = PhraseSet(ctx.pipeline.nlp, ctx.pipeline.lemmatize)
        for group, phrases in lex["phrases"].items():
            ps.add(group, phrases)
        markers = sp.Matcher(ctx.pipeline.nlp.vocab, validate=False)
        exact = [m for m in lex["markers"]["exact"] if m.strip()]
        if exact:
            markers.add("marker", [[{"ORTH": {"IN": exact}}]])
        markers.add("xrun", [[{"TEXT": {"REGEX": r"^(?:X{3,}|X{1,3}(?:[,.]X{3})+)$"}}]])
        # A cheap pre-check: most drafts hold no marker, and then the Matcher is skipped.
        # (The PhraseSet needs none: it costs next to nothing without its words.)
        marker_regex = re.compile(
            r"XXX|X[,.]XXX" + "".join(f"|(?<!\\w){re.escape(m)}(?!\\w)" for m in exact)
        )
        marker_words = ("XXX", *exact)      # one of them is in every match of the regex

        def marker_hint(text: str) -> bool:
            return any(w in text for w in marker_words) and marker_regex.search(text) is not None

        before = {ctx.pipeline.lemmatize(w) for w in lex["markers"]["statement_before"]}
        ok = set(lex["markers"]["statement_ok"])
        starts = [w.lower() for w in lex["brackets"]["fill_in_start"]]
        bracket = re.compile(
            r"\[\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in starts) + r")\b[^\[\]\n]{0,50}\]",
            re.I,
        ) if starts else None
        return ps, markers, before, ok, bracket, marker_hint

    return ctx.compiled(("template", "filler"), build)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """An instruction written as a note: in capitals, in brackets, or alone on its line."""
    if text[start:end].isupper():
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if re.search(r"[\[(<*]\s*$", before) and re.match(r"\s*[\])>*]", after):
        return True
    return not re.sub(r"^[\s*\-•>]*", "", before) and re.fullmatch(r"[\s.!:…]*", after) is not None


_FILLER_MESSAGES = {
    "dummy_text": "dummy text left in the draft",
    "notes": "a note to yourself left in the draft",
    "fill_in_alone": "fill-in instruction left in the draft",
}


def _masked_number(doc, i: int, j: int) -> bool:
    """True when the X-run doc[i:j] is part of a masked number (XXXX XXXX XXXX 1234)."""

    def skip(k: int, step: int) -> int:
        while 0 <= k < len(doc) and (doc[k].is_space or doc[k].text in ("-", "*", "**", "***", "****")
                                     or _x_run(doc[k].text) or doc[k].text in ("X", "XX")):
            k += step
        return k

    for k in (skip(j, 1), skip(i - 1, -1)):
        if 0 <= k < len(doc):
            t = doc[k].text
            if t[:1].isdigit() or t[-1:].isdigit() or re.match(r"^X*-?\d", t):
                return True
    return False


@register
class FillerText(Rule):
    """## What it does
    Reports text that marks a draft as unfinished: dummy text ("lorem ipsum"),
    fill-in instructions ("insert date here", "[insert account number]", "address goes
    here"), notes to self, runs of capital X standing in for a value (`XXX`, `£X,XXX`,
    `XX/XX/XXXX`) and markers such as `TBD`, `TODO` and `FIXME`.  Instructions a reply
    may also give the client ("you can add users here: ...") count only when they stand
    alone on their line, in capitals or in brackets.  Masked numbers such as
    `XXXX XXXX XXXX 1234` are not filler, and `TBD` used as a statement ("the venue is
    still TBD") is accepted.  Not reported in template mode, where fill-in markers are
    expected.

    ## Why it matters
    These are notes from the writer to themselves.  A client who receives "your
    refund of £XXX" or "lorem ipsum" learns the reply was never finished, and cannot act
    on it.

    ## Example
    ```
    Your new contract starts on XX/XX/XXXX and the monthly fee is TBD.
    [insert paragraph about parking]
    ```

    ## Use instead
    ```
    Your new contract starts on 1 March and the monthly fee is £120.
    Parking is free in the visitors' bays at the front of the building.
    ```
    If a value is genuinely not known yet, say so in words: "we will confirm the fee by
    Friday".
    """

    code = "TPL002"
    name = "filler-text"
    category = "template"
    severity = Severity.ERROR
    message = "filler text left in the draft"
    suggestion = "write the real value or sentence, or say when it will be confirmed"
    parts = OWN_TEXT

    def check(self, ctx: Context):
        if _template_mode(ctx):
            return
        doc = ctx.doc
        ps, markers, before, ok, bracket, marker_hint = _filler_matchers(ctx)
        masked = ctx.draft.masked
        phrase_matches = ps(doc)
        marker_matches = markers(doc) if marker_hint(masked) else []
        last: Hit | None = None
        for key, start, end in sorted(phrase_matches, key=lambda m: m[1]):
            span = doc[start:end]
            if key == "fill_in_alone" and not _stands_alone(ctx.draft.text, span.start_char, span.end_char):
                continue
            msg = _FILLER_MESSAGES.get(key, "fill-in instruction left in the draft")
            # "lorem ipsum dolor sit amet" is one finding, not two.
            if last is not None and last.message == msg and 0 <= span.start_char - last.end <= 2:
                last.end = span.end_char
                continue
            if last is not None:
                yield last
            last = Hit(span.start_char, span.end_char, message=msg)
        if last is not None:
            yield last
        seen: set[tuple[int, int]] = set()
        for key_id, start, end in marker_matches:
            key = doc.vocab.strings[key_id]
            tok = doc[start]
            if key == "xrun":
                if _masked_number(doc, start, end):
                    continue
                # Widen to the whole placeholder: XX/XX/XXXX, £X,XXX.
                i, j = start, end
                while i > 0 and _x_part(doc[i - 1].text) and doc[i - 1].whitespace_ == "":
                    i -= 1
                while j < len(doc) and _x_part(doc[j].text) and doc[j - 1].whitespace_ == "":
                    j += 1
                while doc[i].text in ("/", ".", "-", ","):
                    i += 1
                while doc[j - 1].text in ("/", ".", "-", ","):
                    j -= 1
                s_char, e_char = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
                if (s_char, e_char) in seen:
                    continue
                seen.add((s_char, e_char))
                yield Hit(s_char, e_char, message="'XXX'-style placeholder left in the draft")
                continue
            if tok.text in ok:
                prev = [t for t in doc[max(0, start - 3) : start] if not t.is_space and not t.is_punct]
                if prev and prev[-1].lemma_.lower() in before:
                    continue
                # "Place TBD." / "Venue TBD" says the thing is not decided yet (a verbless
                # statement: a word, then TBD ending the sentence); "Price: TBD" is a form
                # field left empty and "on TBD at 3pm" a slot in a sentence.
                after = masked[tok.idx + len(tok): tok.idx + len(tok) + 2]
                if (start > 0 and doc[start - 1].is_alpha and doc[start - 1].whitespace_
                        and (after == "" or after[:1] in ".;!\n" or after[:1] == ")")):
                    continue
            yield Hit(tok.idx, tok.idx + len(tok), message=f"'{tok.text}' marker left in the draft")
        if bracket is not None:
            text = ctx.draft.text
            placeholder_starts = {s for s, _e in ctx.draft.placeholders}
            for m in bracket.finditer(text):
                if m.start() in placeholder_starts:
                    continue  # already a template placeholder (TPL001)
                if _is_bracket_tag(m.group(), text[m.end() : m.end() + 12], set()):
                    continue
                yield Hit(m.start(), m.end(), message="fill-in placeholder left in the draft")


@register
class BrokenPlaceholder(Rule):
    """## What it does
    Reports template syntax that is not closed properly: `{{ first_name }` with a
    missing brace, `{first_name}}`, `{% if vip %}` without its closing `%}`, or an
    opener with no closer at all.  Reported in template mode too, because a template
    with broken syntax renders wrongly or not at all.

    ## Why it matters
    A broken placeholder either makes the template engine fail when the email is sent,
    or swallows the text up to the next closer and shows the client raw syntax.  It is
    also a sign the file was edited by hand and never previewed.

    ## Example
    ```
    Hi {{ first_name },

    Your order {{ order_id }} has shipped.
    ```

    ## Use instead
    ```
    Hi {{ first_name }},

    Your order {{ order_id }} has shipped.
    ```
    """

    code = "TPL003"
    name = "broken-placeholder"
    category = "template"
    severity = Severity.ERROR
    message = "broken template syntax: a placeholder is not closed properly"
    suggestion = "close it with the matching }} or %} (and preview the rendered email)"
    parts = OWN_TEXT

    def check(self, ctx: Context):
        text = ctx.draft.text
        for s, e, _kind_, broken in _spans(ctx):
            if broken is not None:
                end = s + broken
                line_end = text.find("\n", s, end)
                yield Hit(s, line_end if line_end > s else end)
        for m in _STRAY.finditer(ctx.draft.masked):
            yield Hit(m.start(), m.end())
