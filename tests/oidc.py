"""A test identity provider: its own keys, a JWKS endpoint it serves on
127.0.0.1, and the tokens it signs (or forges, for the refusal tests)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

ISSUER = "https://idp.example.test/project-cpe"
AUDIENCE = "project-cpe"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def new_rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def new_ec_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


class IdentityProvider:
    """Signs tokens with keys by kid and publishes the public ones as a JWKS."""

    def __init__(self) -> None:
        self.keys: dict[str, tuple[Any, str]] = {
            "rsa-1": (new_rsa_key(), "RS256"),
            "ec-1": (new_ec_key(), "ES256"),
        }
        # The kids the JWKS endpoint publishes (a key can sign without being published).
        self.published: list[str] = ["rsa-1", "ec-1"]
        self.fetches = 0
        self.fail = False
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def jwks_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/.well-known/jwks.json"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def env(self) -> dict[str, str]:
        """The server's settings for this provider."""
        return {
            "CPE_RUNS_OIDC_ISSUER": ISSUER,
            "CPE_RUNS_OIDC_AUDIENCE": AUDIENCE,
            "CPE_RUNS_OIDC_JWKS_URL": self.jwks_url,
        }

    def settings(self) -> dict[str, str]:
        return {"oidc_issuer": ISSUER, "oidc_audience": AUDIENCE, "oidc_jwks_url": self.jwks_url}

    def add_key(self, kid: str, key: Any, alg: str, *, publish: bool = True) -> None:
        self.keys[kid] = (key, alg)
        if publish:
            self.published.append(kid)

    def jwks(self) -> dict[str, Any]:
        keys = []
        for kid in self.published:
            key, alg = self.keys[kid]
            codec = RSAAlgorithm if alg.startswith(("RS", "PS")) else ECAlgorithm
            jwk = codec.to_jwk(key.public_key(), as_dict=True)
            keys.append({**jwk, "kid": kid, "use": "sig", "alg": alg})
        return {"keys": keys}

    def claims(self, subject: str, **overrides: Any) -> dict[str, Any]:
        now = int(time.time())
        claims = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": subject,
            "iat": now,
            "exp": now + 600,
            "email": f"{subject}@example.com",
            "email_verified": True,
        }
        claims.update(overrides)
        return {k: v for k, v in claims.items() if v is not None}

    def token(self, subject: str | None = None, *, kid: str = "rsa-1", **overrides: Any) -> str:
        """A token signed with key `kid`; claims default to a valid 10-minute sign-in."""
        key, alg = self.keys[kid]
        subject = subject or f"user-{uuid.uuid4().hex[:12]}"
        return jwt.encode(
            self.claims(subject, **overrides), key, algorithm=alg, headers={"kid": kid}
        )

    def unsigned_token(self, subject: str, *, kid: str = "rsa-1") -> str:
        """`alg: none`: claims and no signature."""
        header = _b64(json.dumps({"alg": "none", "typ": "JWT", "kid": kid}).encode())
        payload = _b64(json.dumps(self.claims(subject)).encode())
        return f"{header}.{payload}."

    def hmac_with_public_key(self, subject: str, *, kid: str = "rsa-1") -> str:
        """HS256 with the published RSA public key (PEM) as the secret: the confusion attack."""
        key, _ = self.keys[kid]
        secret = key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        header = _b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": kid}).encode())
        payload = _b64(json.dumps(self.claims(subject)).encode())
        signature = hmac.new(secret, f"{header}.{payload}".encode(), hashlib.sha256).digest()
        return f"{header}.{payload}.{_b64(signature)}"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                provider.fetches += 1
                if provider.fail or self.path != "/.well-known/jwks.json":
                    self.send_error(503 if provider.fail else 404)
                    return
                body = json.dumps(provider.jwks()).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Cache-Control", "public, max-age=3600")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: Any) -> None:
                pass

        return Handler


@pytest.fixture
def idp() -> Iterator[IdentityProvider]:
    provider = IdentityProvider()
    try:
        yield provider
    finally:
        provider.close()
