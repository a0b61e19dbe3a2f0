"""GET / and /static/...: the CPE tracker page (plain ES modules and CSS, no build step).

Both are public (auth.PUBLIC_PATHS): the page signs in with a token itself and
sends it on every /api call, so serving the files needs no credential.
"""

from __future__ import annotations

from pathlib import Path

from litestar import Response, get
from litestar.datastructures import CacheControlHeader
from litestar.static_files import create_static_files_router

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

# Everything the page needs comes from this origin; nothing inline, nothing from elsewhere.
# blob: lets the export buttons save what they fetched with the token.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)

# Revalidate on every load: a stale module after an upgrade would break the page quietly.
_REVALIDATE = CacheControlHeader(no_cache=True)


@get("/", include_in_schema=False, cache_control=_REVALIDATE)
async def index() -> Response[bytes]:
    return Response(
        (STATIC_DIR / "index.html").read_bytes(),
        media_type="text/html",
        headers={
            "Content-Security-Policy": CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
        },
    )


static_files = create_static_files_router(
    path="/static", directories=[STATIC_DIR], cache_control=_REVALIDATE, name="static"
)

route_handlers = [index, static_files]
