"""Following a draft's source link lands on the document view with the cited source
shown and highlighted: the PDF page image with the cited box drawn on it, or the Word
paragraph or table row marked among its neighbours. A box given in a link is checked
(numbers, on the page) and only the board's users may see it.

The real app over a real SQLite file with the Harrowfield report (PDF) and plan (Word).
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from extract.errors import BadRequest
from service.web.page_images import HIGHLIGHT_STROKE, parse_box
from tests.service.conftest import Board, browser_signed_in

HTML = {"Accept": "text/html"}
CITE_LINK = re.compile(r'<a class="cite-link" href="([^"]+)"')


def signed_in(board: Board, who: str) -> TestClient:
    return browser_signed_in(board.client, f"{who}@example.org")


@pytest.fixture(scope="module")
def draft_links(board: Board) -> Iterator[dict[str, Any]]:
    """The draft page's source links, as the Chair sees them."""
    made = board.as_("manager", "POST", f"/api/boards/{board.id}/drafts", json={})
    assert made.status_code == 201, made.text
    draft_url = f"/boards/{board.id}/drafts/{made.json()['id']}"
    chair = signed_in(board, "chair")
    page = chair.get(draft_url, headers=HTML)
    assert page.status_code == 200
    links = [html.unescape(href) for href in CITE_LINK.findall(page.text)]
    yield {"draft": draft_url, "links": links, "chair": chair}


def first_link(links: list[str], key: str) -> str:
    found = next((url for url in links if key in parse_qs(urlsplit(url).query)), None)
    assert found, f"the draft has a source link with {key}= ({len(links)} links)"
    return found


def json_twin(client: TestClient, link: str, **extra: str) -> dict[str, Any]:
    """The page's JSON twin (extra query parameters replace the link's own)."""
    parts = urlsplit(link)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()} | extra | {"format": "json"}
    response = client.get(parts.path, params=query)
    assert response.status_code == 200, response.text[:500]
    data: dict[str, Any] = response.json()
    return data


def image_src(page_html: str) -> str:
    found = re.search(r'<img class="page-image" src="([^"]+)"', page_html)
    assert found, "the source panel shows the page image"
    return html.unescape(found.group(1))


def stroke_pixels(png: bytes) -> int:
    """Pixels of the highlight's red outline."""
    colours = Image.open(io.BytesIO(png)).convert("RGB").getcolors(maxcolors=1 << 24) or []
    return sum(count for count, colour in colours if colour == HIGHLIGHT_STROKE)


def test_a_pdf_cite_opens_its_page_with_the_cited_box_highlighted(
    board: Board, draft_links: dict[str, Any]
) -> None:
    chair, draft = draft_links["chair"], draft_links["draft"]
    link = first_link(draft_links["links"], "box")
    query = parse_qs(urlsplit(link).query)
    back = query["back"][0]
    assert re.fullmatch(re.escape(draft) + r"#(?:row-\d+|s\d+-p\d+)", back), back

    page = chair.get(link, headers=HTML)
    assert page.status_code == 200, page.text[:1000]
    assert "Cited source" in page.text and f'href="{back}"' in page.text
    src = image_src(page.text)
    assert f"/pages/{query['page'][0]}.png" in src and "box=" in src

    highlighted = chair.get(src)
    assert highlighted.status_code == 200 and highlighted.headers["content-type"] == "image/png"
    plain = chair.get(src.split("?")[0], params={"resolution": 110})
    assert plain.status_code == 200, plain.text
    assert stroke_pixels(highlighted.content) > 100, "the box is drawn"
    assert stroke_pixels(plain.content) == 0, "and only where asked"

    box = [float(n) for n in query["box"][0].split(",")]
    image = Image.open(io.BytesIO(highlighted.content)).convert("RGB")
    scale = 110 / 72
    x, y = int(box[0] * scale), int((box[1] + box[3]) / 2 * scale)
    around = [image.getpixel((x + dx, y)) for dx in range(-3, 4)]
    assert HIGHLIGHT_STROKE in around, "the outline sits on the cited box's left edge"


def test_a_pdf_cite_twin_names_the_source_and_the_items_from_it(
    board: Board, draft_links: dict[str, Any]
) -> None:
    chair = draft_links["chair"]
    link = first_link(draft_links["links"], "box")
    twin = json_twin(chair, link)["selected"]
    query = parse_qs(urlsplit(link).query)
    assert twin["cited"] is True and twin["source"]["page"] == int(query["page"][0])
    assert twin["source"]["bbox"] == [float(n) for n in query["box"][0].split(",")]


def test_a_word_cite_marks_the_table_row_among_its_neighbours(
    board: Board, draft_links: dict[str, Any]
) -> None:
    chair = draft_links["chair"]
    link = first_link(draft_links["links"], "row")
    page = chair.get(link, headers=HTML)
    assert page.status_code == 200, page.text[:1000]
    assert "Cited source" in page.text and "In the Word document: the table under" in page.text
    assert "Word paragraph" not in page.text
    twin = json_twin(chair, link)["selected"]
    row = int(parse_qs(urlsplit(link).query)["row"][0])
    cited = [e for e in twin["context"] if e["cited"]]
    assert cited and all(e["row"] == row for e in cited)
    assert any(e["row"] != row for e in twin["context"]), "neighbouring rows are shown too"
    quote = parse_qs(urlsplit(link).query)["quote"][0]
    assert len(twin["item_ids"]) == 1, "the quote picks the cited action out of its cell"
    assert twin["item"]["text"].startswith(quote)
    assert [e["id"] for e in cited if e["id"]] == twin["item_ids"]
    marked = re.findall(r'<li class="is-cited" aria-current="true">', page.text)
    assert len(marked) == len(cited)
    assert page.text.count('class="item-link is-selected"') == len(twin["item_ids"])


def test_without_a_quote_every_action_of_the_cited_cell_is_marked(
    board: Board, draft_links: dict[str, Any]
) -> None:
    chair = draft_links["chair"]
    link = first_link(draft_links["links"], "row")
    twin = json_twin(chair, link, quote="")["selected"]
    cell = [e for e in twin["context"] if e["cited"] and e["id"]]
    assert len(twin["item_ids"]) > 1 and [e["id"] for e in cell] == twin["item_ids"]
    assert twin["item"] is None


def test_a_word_paragraph_cite_marks_the_paragraph_or_its_section(board: Board) -> None:
    chair = signed_in(board, "manager")
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    word = next(d for d in docs if d["format"] == "docx")
    url = f"/boards/{board.id}/documents/{word['id']}"
    findings = board.as_("manager", "GET", f"/api/{url[1:]}/findings").json()
    at = next(  # a section with an unnumbered paragraph after its heading
        a["source"]["paragraph"]
        for a, b in zip(findings["sections"], findings["sections"][1:], strict=False)
        if b["source"]["paragraph"] > a["source"]["paragraph"] + 1 and a["source"]["table"] is None
    )
    twin = chair.get(url, params={"paragraph": at + 1, "format": "json"}).json()["selected"]
    cited = [e for e in twin["context"] if e["cited"]]
    assert [(e["paragraph"], e["within"]) for e in cited] == [(at, True)]
    exact = chair.get(url, params={"paragraph": at, "format": "json"}).json()["selected"]
    assert [(e["paragraph"], e["within"]) for e in exact["context"] if e["cited"]] == [(at, False)]


def test_the_item_highlight_still_works(board: Board) -> None:
    client = signed_in(board, "manager")
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    pdf = next(d for d in docs if d["format"] == "pdf")
    url = f"/boards/{board.id}/documents/{pdf['id']}"
    findings = client.get(f"/api{url}/findings").json()
    item = findings["actions"][0] if findings["actions"] else findings["progress"][0]
    page = client.get(url, params={"item": item["id"]}, headers=HTML)
    assert page.status_code == 200
    src = image_src(page.text)
    assert f"item={item['id']}" in src
    assert stroke_pixels(client.get(src).content) > 100


@pytest.mark.parametrize(
    ("box", "words"),
    [
        ("abc", "four numbers"),
        ("1,2,3", "four numbers"),
        ("1,2,3,4,5", "four numbers"),
        ("10,20,5,40", "x0 < x1"),
        ("10,40,50,40", "top < bottom"),
        ("nan,1,2,3", "finite"),
        ("10,10,inf,20", "finite"),
        ("-5,10,50,20", "between 0 and"),
        ("10,10,50000,20", "between 0 and"),
        ("10,10,5000,20", "outside page"),
    ],
)
def test_junk_boxes_are_refused_naming_the_problem(board: Board, box: str, words: str) -> None:
    client = signed_in(board, "manager")
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    pdf = next(d for d in docs if d["format"] == "pdf")
    view = f"/boards/{board.id}/documents/{pdf['id']}"
    image = f"/api{view}/pages/1.png"
    for response in (
        client.get(view, params={"page": 1, "box": box}, headers=HTML),
        client.get(view, params={"page": 1, "box": box, "format": "json"}),
        board.as_("manager", "GET", image, params={"box": box}),
    ):
        assert response.status_code == 400, (box, response.status_code, response.text[:300])
        assert words in html.unescape(response.text), (box, response.text[:500])


@pytest.mark.parametrize(
    ("params", "status", "words"),
    [
        ({"page": 99, "box": "1,1,2,2"}, 404, "there is no page 99"),
        ({"page": 1}, 400, "needs both page and box"),
        ({"box": "1,1,2,2"}, 400, "needs both page and box"),
        ({"page": 1, "box": "1,1,2,2", "paragraph": 3}, 400, "is a PDF"),
        ({"page": "one", "box": "1,1,2,2"}, 422, "page"),
        ({"page": 0, "box": "1,1,2,2"}, 422, "page"),
    ],
)
def test_a_pdf_source_must_be_a_page_and_box(
    board: Board, params: dict[str, Any], status: int, words: str
) -> None:
    client = signed_in(board, "manager")
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    pdf = next(d for d in docs if d["format"] == "pdf")
    response = client.get(f"/boards/{board.id}/documents/{pdf['id']}", params=params)
    assert response.status_code == status, response.text[:300]
    assert words in response.json()["message"]


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"page": 1, "box": "1,1,2,2"}, "is a Word file"),
        ({"table": 1, "row": 1}, "needs its paragraph"),
        ({"paragraph": 3, "row": 1}, "needs its table"),
        ({"paragraph": 3, "table": 1}, "needs its row"),
    ],
)
def test_a_word_source_must_be_a_paragraph(
    board: Board, params: dict[str, Any], words: str
) -> None:
    client = signed_in(board, "manager")
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    word = next(d for d in docs if d["format"] == "docx")
    response = client.get(f"/boards/{board.id}/documents/{word['id']}", params=params)
    assert response.status_code == 400 and words in response.json()["message"]


def test_the_image_takes_an_item_or_a_box_not_both(board: Board) -> None:
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    pdf = next(d for d in docs if d["format"] == "pdf")
    url = f"/api/boards/{board.id}/documents/{pdf['id']}/pages/1.png"
    response = board.as_("manager", "GET", url, params={"item": "x", "box": "1,1,2,2"})
    assert response.status_code == 400 and "not both" in response.json()["message"]


def test_only_the_boards_users_see_a_cited_source(
    board: Board, draft_links: dict[str, Any]
) -> None:
    link = first_link(draft_links["links"], "box")
    other = signed_in(board, "other")
    page = other.get(link, headers=HTML)
    assert page.status_code == 404 and "Harrowfield" not in page.text
    src = image_src(draft_links["chair"].get(link, headers=HTML).text)
    assert other.get(src).status_code == 404
    assert TestClient(board.client.app).get(src).status_code == 401
    assert TestClient(board.client.app).get(link, headers=HTML).status_code == 401


def test_a_back_link_goes_only_to_this_boards_drafts(
    board: Board, draft_links: dict[str, Any]
) -> None:
    chair = draft_links["chair"]
    link = first_link(draft_links["links"], "box")
    back = json_twin(chair, link)["selected"]["back"]
    assert back.startswith(draft_links["draft"] + "#"), back
    junk = f'/boards/{board.id}/drafts/1#x"><script>'
    for back in (
        "https://evil.example/",
        "//evil.example/x",
        f"/boards/{board.id}/drafts/1/../x",
        junk,
    ):
        assert json_twin(chair, link, back=back)["selected"]["back"] is None, back


def test_parse_box_reads_four_ordered_numbers() -> None:
    assert parse_box(" 72, 100.5 ,300,120.25") == [72.0, 100.5, 300.0, 120.25]
    with pytest.raises(BadRequest, match="four numbers"):
        parse_box("")


def test_a_word_place_past_the_document_is_not_found(board: Board) -> None:
    client = signed_in(board, "manager")
    docs = board.as_("manager", "GET", f"/api/boards/{board.id}/documents").json()
    word = next(d for d in docs if d["format"] == "docx")
    url = f"/boards/{board.id}/documents/{word['id']}"
    for params, words in (
        ({"paragraph": 99999}, "no paragraph 99999"),
        ({"paragraph": 1, "table": 999, "row": 0}, "no table 999"),
    ):
        response = client.get(url, params=params | {"format": "json"})
        assert response.status_code == 404 and words in response.json()["message"], params
