"""A page's drawing operators (`Limits.max_page_operators`) and the characters its
strings draw (`Limits.max_page_chars`), counted while its content streams are read, at
C speed (`bytes.translate`/`count`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from extract.errors import HostileFile
from extract.limits import Limits

_TOKENS = bytes.maketrans(
    b"\x00\t\n\x0c\r ()<>[]{}%/"
    + bytes(range(ord("a"), ord("z") + 1))
    + bytes(range(ord("A"), ord("Z") + 1))
    + b"'\"",
    b" " * 15 + b"/" + b"a" * 52 + b"aa",
)
"""Whitespace and delimiters → space, letters → "a" (the rest stays): an operator is a
letter after a space, a name is a letter after "/"."""
_STRING_MARKS = re.compile(rb"[()\\<>]")


@dataclass(frozen=True)
class StreamCount:
    """What one content stream draws: operators, characters, form uses (`Do`)."""

    operators: int = 0
    chars: int = 0
    forms_drawn: int = 0


class PageScan:
    """Operators and drawn characters of one page, counted chunk by chunk; a stream
    scanned before (shared by pages) adds its count again, a form counts as often as
    the page draws forms."""

    def __init__(self, limits: Limits, file: str, page: int) -> None:
        self.limits = limits
        self.file = file
        self.page = page
        self.operators = 0
        self.chars = 0

    def scan(self, chunks: Iterable[bytes], *, on_page: bool = True) -> StreamCount:
        strings = _Strings()
        operators = chars = forms = 0
        for chunk in chunks:
            ops = (b" " + chunk).translate(_TOKENS).count(b" a")
            drawn = strings.count(chunk, self.limits.max_page_chars)
            operators, chars, forms = operators + ops, chars + drawn, forms + chunk.count(b"Do")
            self._check(self.operators * on_page + operators, self.chars * on_page + chars)
        count = StreamCount(operators, chars, forms)
        if on_page:
            self.add(count)
        return count

    def add(self, count: StreamCount, times: int = 1) -> None:
        self.operators += count.operators * times
        self.chars += count.chars * times
        self._check(self.operators, self.chars)

    def _check(self, operators: int, chars: int) -> None:
        limits = self.limits
        if operators > limits.max_page_operators:
            raise HostileFile(
                f"page {self.page} has over {limits.max_page_operators:,} drawing operators "
                "(built to hang parsers)",
                file=self.file,
                page=self.page,
            )
        if chars > limits.max_page_chars:
            raise HostileFile(
                f"page {self.page} draws over {limits.max_page_chars:,} characters "
                "(built to exhaust memory)",
                file=self.file,
                page=self.page,
            )


class _Strings:
    """Characters inside the (literal) and <hex> strings of one stream, chunk by chunk."""

    def __init__(self) -> None:
        self.depth = 0
        """Inside a (string), its paren depth."""
        self.hex = False
        self.escaped = False

    def count(self, chunk: bytes, enough: int) -> int:
        if not (self.depth or self.hex or b"(" in chunk or b"<" in chunk):
            return 0
        chars = 0
        start = 0  # where the string being counted began in this chunk
        skip = -1
        if self.escaped:
            skip, self.escaped = 0, False
        for mark in _STRING_MARKS.finditer(chunk):
            at = mark.start()
            char = chunk[at]
            if at == skip:
                continue
            if self.depth:
                if char == 0x5C:  # backslash: the next byte is literal
                    skip = at + 1
                    self.escaped = skip == len(chunk)
                elif char == 0x28:
                    self.depth += 1
                elif char == 0x29:
                    self.depth -= 1
                    if not self.depth:
                        chars += at - start
            elif self.hex:
                if char == 0x3E:
                    chars += (at - start) // 2
                    self.hex = False
            elif char == 0x28:
                self.depth, start = 1, at + 1
            elif char == 0x3C and chunk[at + 1 : at + 2] not in (b"<", b""):
                self.hex, start = True, at + 1
            if chars > enough:
                return chars
        if self.depth:
            chars += len(chunk) - start
        elif self.hex:
            chars += (len(chunk) - start) // 2
        return chars
