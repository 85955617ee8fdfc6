"""`/docs` describes what the API answers: every JSON route declares its response, the
stage contracts included (findings, ledger, draft)."""

from __future__ import annotations

from typing import Any

from tests.service.conftest import Board

JSON = "application/json"


def _response_schema(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    responses = spec["paths"][path][method]["responses"]
    ok = next(code for code in responses if code.startswith("2"))
    schema: dict[str, Any] = responses[ok]["content"][JSON]["schema"]
    return schema


def _properties(spec: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    if "items" in schema:
        schema = schema["items"]
    name = schema["$ref"].rsplit("/", 1)[-1]
    return set(spec["components"]["schemas"][name]["properties"])


def _named(schema: dict[str, Any]) -> bool:
    """A schema that names a model (or is a list of one), not a bare object."""
    return bool(schema.get("$ref") or schema.get("items", {}).get("$ref"))


def test_json_routes_declare_their_responses(board: Board) -> None:
    spec = board.client.get("/openapi.json").json()
    undeclared = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            for code, response in op["responses"].items():
                schema = response.get("content", {}).get(JSON, {}).get("schema")
                if code.startswith("2") and schema is not None and not _named(schema):
                    undeclared.append((method, path, schema))
    assert undeclared == []


def test_the_contracts_are_described(board: Board) -> None:
    spec = board.client.get("/openapi.json").json()
    base = "/api/boards/{board_id}"
    findings = _response_schema(spec, f"{base}/documents/{{document_id}}/findings", "get")
    assert _properties(spec, findings) >= {"document", "actions", "progress", "people"}
    ledger = _response_schema(spec, f"{base}/ledger", "get")
    assert _properties(spec, ledger) >= {"documents", "links", "chains", "open", "revision"}
    link = spec["components"]["schemas"]["Link"]["properties"]
    assert {"from", "to", "kind", "score"} <= set(link)
    draft = _response_schema(spec, f"{base}/drafts/{{draft_id}}", "get")
    assert _properties(spec, draft) >= {"id", "version", "draft", "suggestions"}
