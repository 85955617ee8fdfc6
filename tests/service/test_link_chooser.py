"""The ledger page's "link to…" chooser: a manager links a chain to an action or progress
row chosen from a list of the neighbouring years' items (no ids typed), through a
CSRF-checked form; the link is stored the right way round and shows in the chain.

The real app over a real SQLite file with three Harrowfield documents: two plans (so
actions can be linked across years) and the report on the later one.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from extract.errors import BadRequest
from service.web.app import create_app
from service.web.pages.shape import short
from service.web.store.ledger import ordered_link, start_year
from tests.service.conftest import Board, board_with, make_settings
from tests.service.test_source_highlight import HTML, signed_in

THREE = (
    "2018-19_business_plan.pdf",
    "2019-20_business_plan.docx",
    "2019-20_accountability_report.pdf",
)


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Board]:
    settings = make_settings(tmp_path_factory.mktemp("chooser") / "data")
    with TestClient(create_app(settings)) as client:
        board, _ = board_with(client, THREE)
        yield board


def ledger_twin(client: TestClient, board: Board, **query: str) -> dict[str, Any]:
    response = client.get(f"/boards/{board.id}/ledger", params=query | {"format": "json"})
    assert response.status_code == 200, response.text[:500]
    data: dict[str, Any] = response.json()
    return data


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found
    return found.group(1)


def options(choosing: dict[str, Any]) -> dict[str, str]:
    return {o["id"]: g["label"] for g in choosing["groups"] for o in g["options"]}


def a_chain_with(twin: dict[str, Any], kind: str) -> dict[str, Any]:
    """A chain of one 2019-20 action that a `kind` item could still be linked to."""
    for chain in twin["chains"]:
        first = chain["steps"][0]
        if first["type"] == "action" and first["period"] == "2019-20" and len(chain["ids"]) == 1:
            return chain
    raise AssertionError(f"no chain to link a {kind} to")


def test_the_chooser_lists_neighbouring_years_grouped_and_not_yet_linked(plans: Board) -> None:
    client = signed_in(plans, "manager")
    chain = a_chain_with(ledger_twin(client, plans), "progress row")
    picked = chain["ids"][0]
    choosing = ledger_twin(client, plans, link=picked)["choosing"]
    assert choosing["picked"] == picked and [o["id"] for o in choosing["from"]] == chain["ids"]
    listed = options(choosing)
    linked = {lk[end] for lk in chain["links"] for end in ("from", "to")}
    assert listed and not (set(listed) & (linked | set(chain["ids"])))
    groups = [g["label"] for g in choosing["groups"]]
    assert any("2018/19" in g and "plan actions" in g for g in groups)
    assert any("2019/20" in g and "progress rows" in g for g in groups)
    assert not any("2019/20 · " in g and "plan actions" in g for g in groups), "same plan"
    assert all(len(o["label"]) < 120 for g in choosing["groups"] for o in g["options"])

    page = client.get(f"/boards/{plans.id}/ledger", params={"link": picked}, headers=HTML).text
    form = page[page.index(f'action="/boards/{plans.id}/ledger/links"') :]
    form = form[: form.index("</form>")]
    for field in ("lk-from", "lk-to", "lk-kind"):
        assert f'<label for="{field}">' in form and f'id="{field}"' in form
    assert 'name="csrf"' in form and form.count("<optgroup") == len(groups)


def test_a_manager_links_an_action_to_a_progress_row_from_the_list(plans: Board) -> None:
    client = signed_in(plans, "manager")
    chain = a_chain_with(ledger_twin(client, plans), "progress row")
    picked = chain["ids"][0]
    choosing = ledger_twin(client, plans, link=picked)["choosing"]
    row = next(i for i, g in options(choosing).items() if "progress rows" in g)
    page = client.get(f"/boards/{plans.id}/ledger", params={"link": picked}, headers=HTML).text
    form = {"csrf": csrf_of(page), "from": row, "to": picked, "kind": "same", "back": "?gap="}
    sent = client.post(
        f"/boards/{plans.id}/ledger/links", data=form, headers=HTML, follow_redirects=False
    )
    assert sent.status_code == 303, sent.text[:500]
    location = sent.headers["location"]
    assert location.startswith(f"/boards/{plans.id}/ledger?gap=&done=add&n=1&undo=")
    assert location.endswith(f"#step-{row}")

    chain_now = next(c for c in ledger_twin(client, plans)["chains"] if picked in c["ids"])
    added = [lk for lk in chain_now["links"] if lk["from"] == picked and lk["to"] == row]
    assert [(lk["kind"], lk["decided_by"]) for lk in added] == [
        ("reported_by", "manager@example.org")
    ]
    assert row in [s["id"] for s in chain_now["steps"]], "the chain shows the report"
    assert row not in options(ledger_twin(client, plans, link=picked)["choosing"])


def test_a_manager_links_actions_across_plans_earlier_first(plans: Board) -> None:
    client = signed_in(plans, "manager")
    chain = a_chain_with(ledger_twin(client, plans), "plan action")
    picked = chain["ids"][0]
    choosing = ledger_twin(client, plans, link=picked)["choosing"]
    earlier = next(i for i, g in options(choosing).items() if "2018/19" in g)
    page = client.get(f"/boards/{plans.id}/ledger", params={"link": picked}, headers=HTML).text
    form = {"csrf": csrf_of(page), "from": picked, "to": earlier, "kind": "reworded"}
    sent = client.post(
        f"/boards/{plans.id}/ledger/links", data=form, headers=HTML, follow_redirects=False
    )
    assert sent.status_code == 303, sent.text[:500]
    decided = plans.as_("manager", "GET", f"/api/boards/{plans.id}/ledger/decisions").json()
    assert (decided[-1]["op"], decided[-1]["from"], decided[-1]["to"], decided[-1]["kind"]) == (
        "add",
        earlier,
        picked,
        "reworded",
    )
    chain_now = next(c for c in ledger_twin(client, plans)["chains"] if picked in c["ids"])
    assert chain_now["ids"][:2] == [earlier, picked], "one chain across the two plans"


@pytest.mark.parametrize(
    ("form", "words"),
    [
        ({"to": ""}, "choose the two items"),
        ({"to": "a-nothing-here"}, "no action or progress row with id a-nothing-here"),
        ({"to": "SELF"}, "cannot be linked to itself"),
    ],
)
def test_bad_choices_get_a_page_that_says_what_is_wrong(
    plans: Board, form: dict[str, str], words: str
) -> None:
    client = signed_in(plans, "manager")
    picked = ledger_twin(client, plans)["chains"][0]["ids"][0]
    page = client.get(f"/boards/{plans.id}/ledger", headers=HTML).text
    to = picked if form["to"] == "SELF" else form["to"]
    data = {"csrf": csrf_of(page), "from": picked, "to": to, "kind": "same"}
    sent = client.post(f"/boards/{plans.id}/ledger/links", data=data, headers=HTML)
    assert sent.status_code == 400 and words in html.unescape(sent.text)
    assert "What to do" in sent.text


def test_the_chooser_form_needs_its_csrf_token_and_a_manager(plans: Board) -> None:
    manager = signed_in(plans, "manager")
    twin = ledger_twin(manager, plans)
    picked = twin["chains"][0]["ids"][0]
    url = f"/boards/{plans.id}/ledger/links"
    forged = manager.post(url, data={"csrf": "forged", "from": picked, "to": picked}, headers=HTML)
    assert forged.status_code == 403 and "reload the page" in forged.text
    chair = signed_in(plans, "chair")
    assert ledger_twin(chair, plans, link=picked)["choosing"] is None, "the chair may not decide"
    page = chair.get(f"/boards/{plans.id}/ledger", headers=HTML).text
    assert "Link to…" not in page
    refused = chair.post(url, data={"csrf": csrf_of(page), "from": picked, "to": "x"}, headers=HTML)
    assert refused.status_code == 403
    other = signed_in(plans, "other")
    assert other.get(f"/boards/{plans.id}/ledger", params={"link": picked}).status_code == 404


def test_the_api_still_takes_ids_and_names_bad_ones(plans: Board) -> None:
    url = f"/api/boards/{plans.id}/ledger/decisions"
    body = {"op": "add", "from": "a-none", "to": "p-none", "kind": "reported_by"}
    response = plans.as_("manager", "POST", url, json=body)
    assert response.status_code == 400 and "a-none, p-none" in response.json()["message"]


def test_a_chosen_pair_is_put_the_ledgers_way_round() -> None:
    items: dict[str, tuple[str, int | None]] = {
        "a18": ("action", 2018),
        "a19": ("action", 2019),
        "b19": ("action", 2019),
        "p19": ("progress", 2019),
        "q19": ("progress", 2019),
    }
    assert ordered_link(items, "a19", "a18", "split") == ("a18", "a19", "split")
    assert ordered_link(items, "a18", "a19", "same") == ("a18", "a19", "same")
    assert ordered_link(items, "p19", "a19", "same") == ("a19", "p19", "reported_by")
    for a, b, kind, words in (
        ("p19", "q19", "same", "two progress rows"),
        ("a19", "b19", "same", "both actions are for 2019"),
        ("a18", "a19", "evidence", "linked as one of"),
    ):
        with pytest.raises(BadRequest, match=words):
            ordered_link(items, a, b, kind)


def test_years_and_short_labels() -> None:
    assert [start_year(p) for p in ("2019/20", "2017-20", "Undated", None)] == [
        2019,
        2017,
        None,
        None,
    ]
    long_word = "Unbroken" * 40
    assert short(long_word).endswith("…") and len(short(long_word)) == 90
    assert short("  a\n b ") == "a b"
