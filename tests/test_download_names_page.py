"""Export names as the original client's parser and a real browser read them.

The original page takes the name with /filename=(.+)/ and strips the quotes;
Chromium applies RFC 6266 (filename* first). Both must get a right name from
one Content-Disposition: the ASCII one for the original, the exact one for
browsers.
"""

from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from cpe_runs.exports import content_disposition, portable_name

pytest_plugins = ["tests.browser"]

pytestmark = [pytest.mark.browser]

NAMES = [
    ("California CPE", "California CPE"),
    ("Ada's 2024 CPE: Ünïcode", "Ada_s 2024 CPE_ _n_code"),
    ('He said "hi"; filename=evil.exe', "He said _hi__ filename_evil.exe"),
    ("日本 CPE", "CPE"),
]


def original_parser(header: str | None, kind: str = "csv") -> str:
    """lib/api.ts exportJobCSV: match(/filename=(.+)/)?.[1] || 'export.csv', quotes removed."""
    match = re.search(r"filename=(.+)", header or "")
    return (match.group(1) if match else f"export.{kind}").replace('"', "")


@pytest.mark.parametrize("name, ascii_name", NAMES, ids=["ascii", "accents", "quotes", "cjk"])
def test_the_original_parser_reads_the_ascii_name(name, ascii_name):
    assert original_parser(content_disposition(name, "csv")) == f"{ascii_name}.csv"


class _Download(BaseHTTPRequestHandler):
    header = ""

    def do_GET(self) -> None:
        body = b"a,b\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Disposition", type(self).header)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args) -> None:
        pass


def test_chromium_saves_the_exact_name(chromium):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Download)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/sheet"
    context = chromium.new_context(accept_downloads=True)
    try:
        page = context.new_page()
        for name, _ in NAMES:
            _Download.header = content_disposition(name, "xlsx")
            page.set_content(f'<a id="get" href="{url}">get</a>')
            with page.expect_download() as download:
                page.click("#get")
            expected = f"{portable_name(name)}.xlsx"
            assert download.value.suggested_filename == expected, _Download.header
    finally:
        context.close()
        server.shutdown()
        server.server_close()
