"""`/docs` with no network: Chromium may reach only the test server (every other
request is refused and recorded), and Swagger UI still draws the API from the
vendored script and styles."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.web.conftest import Live, shot

pytestmark = pytest.mark.slow


def test_docs_load_with_no_network(browser: Any, live: Live) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    refused: list[str] = []

    def only_local(route: Any) -> None:
        if route.request.url.startswith(live.url):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    page = context.new_page()
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.goto(f"{live.url}/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Carryforward")
    expect(page.locator(".opblock-summary-path").first).to_be_visible()
    shot(page, "20-docs-offline", full=False)
    assert refused == [], f"/docs asked for outside files: {refused}"
    assert failed == []
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png"):
        response = live.client.get(f"/static/swagger/{asset}")
        assert response.status_code == 200 and len(response.content) > 500, asset
    context.close()
