"""HTML to text, keeping a map from every text offset back to the HTML source."""
from __future__ import annotations

import re
from html.entities import name2codepoint
from html.parser import HTMLParser

BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "hr", "section", "article", "header", "footer", "dd", "dt",
}
SKIP = {"script", "style", "head", "title"}
_WS = re.compile(r"(\s+)")
# Attributes whose text reaches the reader: links and image sources are followed (and
# can carry tokens), alt and title text is shown.
ATTRIBUTES = ("href", "src", "alt", "title")


class _Converter(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
        self.out: list[str] = []
        self.map: list[tuple[int, int]] = []
        self.length = 0
        self.skip = 0
        self.quote_depth = 0
        self.at_line_start = True
        # Attribute text a client shows or follows: (attribute, value, source offset).
        self.attributes: list[tuple[str, str, int]] = []

    def _attributes(self, attrs) -> None:
        if self.skip:
            return
        tag_start = self._pos()
        raw = self.get_starttag_text() or ""
        for name, value in attrs:
            if name not in ATTRIBUTES or not value or not value.strip():
                continue
            m = re.search(rf"\b{name}\s*=\s*[\"']?", raw, re.I)
            self.attributes.append((name, value, tag_start + (m.end() if m else 0)))

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, src: int) -> None:
        if not text:
            return
        if self.at_line_start and self.quote_depth and text != "\n":
            prefix = ">" * self.quote_depth + " "
            self.map.append((self.length, src))
            self.out.append(prefix)
            self.length += len(prefix)
        self.map.append((self.length, src))
        self.out.append(text)
        self.length += len(text)
        self.at_line_start = text.endswith("\n")

    def _newline(self) -> None:
        if self.out and not self.at_line_start:
            self._emit("\n", self._pos())

    def handle_starttag(self, tag, attrs):
        self._attributes(attrs)
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self._newline()
            if tag in ("p", "div", "blockquote", "table") and self.out and self.length > 1 and not "".join(self.out[-2:]).endswith("\n\n"):
                self._emit("\n", self._pos())
            if tag == "blockquote":
                self.quote_depth += 1

    def handle_startendtag(self, tag, attrs):
        self._attributes(attrs)
        if tag in ("br", "hr", "p", "div"):
            self._emit("\n", self._pos())

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            if tag == "blockquote":
                self._newline()
                self.quote_depth = max(0, self.quote_depth - 1)
            else:
                self._newline()

    def handle_data(self, data):
        if self.skip:
            return
        base = self._pos()
        pos = 0
        for piece in _WS.split(data):
            if not piece:
                continue
            if piece.isspace():
                if not self.at_line_start and self.out and not self.out[-1].endswith(" "):
                    self._emit(" ", base + pos)
            else:
                self._emit(piece, base + pos)
            pos += len(piece)

    def _entity(self, char: str) -> None:
        if not self.skip:
            self._emit(char, self._pos())

    def handle_entityref(self, name):
        cp = name2codepoint.get(name)
        self._entity(chr(cp) if cp else f"&{name};")

    def handle_charref(self, name):
        try:
            cp = int(name[1:], 16) if name.lower().startswith("x") else int(name)
            self._entity(chr(cp) if cp != 0xA0 else " ")
        except (ValueError, OverflowError):
            self._entity("?")


def html_to_text(source: str) -> tuple[str, list[tuple[int, int]]]:
    text, source_map, _ = html_to_text_and_attributes(source)
    return text, source_map


def html_to_text_and_attributes(source: str) -> tuple[str, list[tuple[int, int]], list[tuple[str, str, int]]]:
    """The text, its map back to the source, and the attribute texts (name, value, source offset)."""
    conv = _Converter(source)
    conv.feed(source)
    conv.close()
    return "".join(conv.out), conv.map, conv.attributes
