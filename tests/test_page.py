"""The page is served to anyone, from the package, with nothing from elsewhere."""

from __future__ import annotations

import re

import pytest

from cpe_runs.api.page import STATIC_DIR

from .apiclient import api_client

MODULES = sorted((STATIC_DIR / "js").glob("*.js"))


@pytest.fixture
def client(db_url):
    with api_client(db_url) as client:
        yield client


def test_page_and_assets_are_public_and_never_cached_stale(client):
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert page.headers["cache-control"] == "no-cache"
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text):
        response = client.get(asset)
        assert response.status_code == 200, asset
        assert response.headers["cache-control"] == "no-cache"
    assert client.get("/static/js/main.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/static/nothing-here.js").status_code == 404


def test_static_route_does_not_serve_outside_its_folder(client):
    assert client.get("/static/../api/page.py").status_code == 404
    assert client.get("/static/%2e%2e/api/page.py").status_code == 404


def test_every_module_the_page_imports_exists():
    for module in MODULES:
        for target in re.findall(r'from "(\./[^"]+)"', module.read_text()):
            assert (module.parent / target).is_file(), f"{module.name} imports {target}"


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.name)
def test_modules_load_nothing_from_elsewhere_and_never_parse_markup(module):
    source = module.read_text()
    # Data goes into the page as text nodes only (dom.js): no markup parsing at all.
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", source)
    # The SVG namespace (createElementNS) is a name, not an address: nothing loads it.
    addresses = source.replace('"http://www.w3.org/2000/svg"', "")
    assert not re.search(r"https?://", addresses), "the page loads nothing from another origin"


def test_html_has_no_inline_script_or_remote_asset():
    html = (STATIC_DIR / "index.html").read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "inline scripts break the CSP"
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
