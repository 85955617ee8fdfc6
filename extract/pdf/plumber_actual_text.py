"""pdfplumber pages read with /ActualText, as pdfium reads them.

A marked-content span `/Span <</ActualText (…)>> BDC … EMC` says what its glyphs
stand for (PDF 32000-1, 14.9.4): LibreOffice writes one around a character its font
has no glyph for, drawn with a fallback glyph whose ToUnicode entry names another
character (every emoji of a file drawn with one glyph, its ToUnicode saying ✅).
pdfminer ignores the span and reads the ToUnicode entry; pdfium reads the span. Here
the page is laid out by pdfplumber's own device with the span applied: its first
character carries the span's text, the others none.
"""

from __future__ import annotations

from typing import Any

from pdfminer.layout import LTChar, LTPage
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.utils import decode_text
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException


class _ActualTextDevice(PDFPageAggregatorWithMarkedContent):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._spans: list[tuple[str | None, Any, int]] = []

    def begin_tag(self, tag: Any, props: Any = None) -> None:
        super().begin_tag(tag, props)
        actual = props.get("ActualText") if isinstance(props, dict) else None
        text = decode_text(actual) if isinstance(actual, bytes) else None
        self._spans.append((text, self.cur_item, len(self.cur_item._objs)))

    def end_tag(self) -> None:
        super().end_tag()
        if not self._spans:
            return
        text, item, start = self._spans.pop()
        if text is None or item is not self.cur_item:
            return
        chars = [obj for obj in item._objs[start:] if isinstance(obj, LTChar)]
        for n, char in enumerate(chars):
            char._text = text if n == 0 else ""  # what LTChar.get_text() gives


def lay_out(page: Page) -> None:
    """Lay the page out with /ActualText applied, before pdfplumber does (it keeps
    its layout in `Page._layout` and lays a page out only when that is missing). The
    device is pdfplumber's own, with two methods added that run at marked content
    only, so a page without it costs what it cost before."""
    device = _ActualTextDevice(
        page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams
    )
    try:
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except Exception as e:
        raise PdfminerException(e) from e
    result: LTPage = device.get_result()
    page._layout = result
