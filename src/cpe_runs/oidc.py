"""Identity tokens from an OpenID Connect provider (Firebase, Auth0, Keycloak, Google).

A token is a JWT signed with one of the provider's keys, which it publishes as
a JWKS at a URL. We verify the signature with PyJWT against those keys, and
the claims: our issuer, our audience, not expired, a subject. Only asymmetric
algorithms are accepted, each only with a key of its own type: `alg: none`
and an HMAC signed with a public key as the secret are refused by the
allow-list before any key is touched.

The keys are cached. A token naming a key id we do not know makes us fetch
the set again (providers publish a new key before they sign with it, and drop
old ones later), at most once per `min_refresh_seconds`, so a stream of
forged key ids cannot make us hammer the provider. The set is also refetched
when its age passes the provider's Cache-Control max-age (bounded).
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import jwt

log = logging.getLogger(__name__)

# Clock skew tolerated between the provider and us.
LEEWAY_SECONDS = 30
# Algorithms by key type (and curve): the only pairs we accept.
_RSA_ALGORITHMS = frozenset({"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"})
_EC_ALGORITHMS = {"P-256": "ES256", "P-384": "ES384", "P-521": "ES512"}
_OKP_ALGORITHMS = frozenset({"EdDSA"})
_MAX_AGE = re.compile(r"max-age=(\d+)")


class InvalidIdentityToken(Exception):
    """The token is not one of our provider's, or no longer valid; the message says why."""


class KeysUnavailable(Exception):
    """The provider's keys could not be fetched and none are cached."""


@dataclass(frozen=True, slots=True)
class SigningKey:
    key: Any  # the public key (a `cryptography` key object)
    # The asymmetric algorithms it may verify (its own `alg` when it names one).
    algorithms: frozenset[str]


@dataclass(frozen=True, slots=True)
class Identity:
    issuer: str
    subject: str
    email: str | None
    email_verified: bool
    # When the token expires (seconds since the epoch).
    expires_at: float


class JwksCache:
    """The provider's signing keys by key id, fetched over HTTP and kept fresh."""

    def __init__(
        self,
        url: str,
        *,
        min_refresh_seconds: float = 30.0,
        default_max_age: float = 3600.0,
        max_age_ceiling: float = 24 * 3600.0,
        clock: Callable[[], float] = time.monotonic,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self.url = url
        self.min_refresh_seconds = min_refresh_seconds
        self._default_max_age = default_max_age
        self._max_age_ceiling = max_age_ceiling
        self._clock = clock
        self._client = client or httpx.AsyncClient(timeout=10.0, follow_redirects=False)
        self._keys: dict[str, SigningKey] = {}
        self._fetched_at: float | None = None
        self._attempted_at: float | None = None
        self._max_age = default_max_age
        self._lock = asyncio.Lock()
        self.fetches = 0

    async def close(self) -> None:
        await self._client.aclose()

    async def key(self, kid: str) -> SigningKey | None:
        """The key `kid`, fetching the set when it is stale or does not know `kid`."""
        if self._stale() or kid not in self._keys:
            async with self._lock:
                # Another request may have fetched while we waited.
                if self._stale() or (kid not in self._keys and self._may_refetch()):
                    await self._fetch()
        return self._keys.get(kid)

    def _stale(self) -> bool:
        if self._fetched_at is None:
            return self._may_refetch()
        return self._clock() - self._fetched_at >= self._max_age and self._may_refetch()

    def _may_refetch(self) -> bool:
        return (
            self._attempted_at is None
            or self._clock() - self._attempted_at >= self.min_refresh_seconds
        )

    async def _fetch(self) -> None:
        self._attempted_at = self._clock()
        self.fetches += 1
        try:
            response = await self._client.get(self.url, headers={"Accept": "application/json"})
            response.raise_for_status()
            keys = _signing_keys(response.json())
        except (httpx.HTTPError, ValueError, jwt.PyJWTError) as exc:
            if not self._keys:
                raise KeysUnavailable(f"the identity provider's keys: {exc}") from exc
            log.warning("kept the cached identity-provider keys; refetch failed: %s", exc)
            return
        self._keys = keys
        self._fetched_at = self._clock()
        self._max_age = self._cache_max_age(response.headers.get("cache-control", ""))

    def _cache_max_age(self, cache_control: str) -> float:
        match = _MAX_AGE.search(cache_control)
        if not match:
            return self._default_max_age
        return min(max(float(match.group(1)), self.min_refresh_seconds), self._max_age_ceiling)


def _signing_keys(document: Any) -> dict[str, SigningKey]:
    if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
        raise ValueError("not a JWKS document (no `keys` list)")
    keys: dict[str, SigningKey] = {}
    for data in document["keys"]:
        if not isinstance(data, dict) or not isinstance(data.get("kid"), str):
            continue
        if data.get("use", "sig") != "sig" or data.get("kty") == "oct":
            continue  # encryption keys and shared secrets never verify a sign-in
        algorithms = _algorithms_for(data)
        if not algorithms:
            continue
        try:
            keys[data["kid"]] = SigningKey(jwt.PyJWK(data).key, algorithms)
        except jwt.PyJWTError as exc:
            log.info("skipped identity-provider key %r: %s", data["kid"], exc)
    return keys


def _algorithms_for(jwk: dict[str, Any]) -> frozenset[str]:
    """The asymmetric algorithms a JWK may verify (its own `alg` when it names one)."""
    kty = jwk.get("kty")
    if kty == "RSA":
        allowed = _RSA_ALGORITHMS
    elif kty == "EC":
        allowed = frozenset({_EC_ALGORITHMS.get(jwk.get("crv"), "")} - {""})
    elif kty == "OKP":
        allowed = _OKP_ALGORITHMS
    else:
        allowed = frozenset()
    named = jwk.get("alg")
    return allowed & {named} if named else allowed


class OidcVerifier:
    """Verifies identity tokens of one provider for one audience."""

    def __init__(self, issuer: str, audience: str, keys: JwksCache) -> None:
        self.issuer, self.audience, self.keys = issuer, audience, keys

    async def verify(self, token: str) -> Identity:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise InvalidIdentityToken("not a signed JWT") from exc
        alg, kid = header.get("alg"), header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise InvalidIdentityToken("the token names no signing key (kid)")
        if alg not in _RSA_ALGORITHMS | set(_EC_ALGORITHMS.values()) | _OKP_ALGORITHMS:
            raise InvalidIdentityToken(f"signing algorithm {alg!r} is not accepted")
        key = await self.keys.key(kid)
        if key is None:
            raise InvalidIdentityToken(f"the identity provider has no key {kid!r}")
        if alg not in key.algorithms:
            raise InvalidIdentityToken(f"key {kid!r} does not sign with {alg}")
        try:
            claims = jwt.decode(
                token,
                key.key,
                algorithms=[alg],
                audience=self.audience,
                issuer=self.issuer,
                leeway=LEEWAY_SECONDS,
                options={"require": ["exp", "iat", "iss", "aud", "sub"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise InvalidIdentityToken("the identity token has expired") from exc
        except jwt.InvalidAudienceError as exc:
            raise InvalidIdentityToken("the identity token is for another audience") from exc
        except jwt.InvalidIssuerError as exc:
            raise InvalidIdentityToken("the identity token is from another issuer") from exc
        except jwt.PyJWTError as exc:
            raise InvalidIdentityToken(f"the identity token is invalid: {exc}") from exc
        subject = claims["sub"]
        if not isinstance(subject, str) or not 0 < len(subject) <= 255:
            raise InvalidIdentityToken("the identity token's subject (sub) is not a short string")
        email = claims.get("email")
        return Identity(
            issuer=self.issuer,
            subject=subject,
            email=email if isinstance(email, str) and email.strip() else None,
            # Some providers send the flag as a string.
            email_verified=claims.get("email_verified") in (True, "true"),
            expires_at=float(claims["exp"]),
        )


def looks_like_jwt(token: str) -> bool:
    return token.count(".") == 2
