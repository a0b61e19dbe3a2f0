"""Sign-in with an identity provider's tokens (OIDC JWTs verified against its JWKS),
beside our own cpe_ tokens; users made on first sight and kept apart."""

from __future__ import annotations

import asyncio
import time
import uuid

import httpx
import jwt
import pytest

from cpe_runs.config import Settings
from cpe_runs.oidc import InvalidIdentityToken, JwksCache, OidcVerifier
from cpe_runs.server import redact_query

from . import apiclient, oidc
from .apiclient import api_client, assert_problem
from .live import start_live_server
from .oidc import AUDIENCE, ISSUER, new_ec_key, new_rsa_key
from .sse import EventStream, StreamEnded

# The shared fixtures.
alice, client, idp = apiclient.alice, apiclient.client, oidc.idp


@pytest.fixture
def oidc_client(db_url, idp):
    with api_client(db_url, **idp.settings()) as test_client:
        yield test_client


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def me(test_client, token: str):
    return test_client.get("/api/me", headers=bearer(token))


@pytest.mark.parametrize("kid", ["rsa-1", "ec-1"], ids=["RS256", "ES256"])
def test_a_providers_token_signs_in_and_makes_the_user_once(oidc_client, idp, conn, kid):
    token = idp.token("firebase-uid-1", kid=kid, email="Ada@Example.com")
    first = me(oidc_client, token)
    assert first.status_code == 200, first.text
    assert first.json()["email"] == "ada@example.com"
    again = me(oidc_client, idp.token("firebase-uid-1", kid=kid, email="Ada@Example.com"))
    assert again.json() == first.json()
    links = conn.execute("SELECT issuer, subject, user_id FROM identity_links").fetchall()
    assert [(i, s, str(u)) for i, s, u in links] == [
        (ISSUER, "firebase-uid-1", first.json()["user_id"])
    ]


@pytest.mark.parametrize(
    "make, detail",
    [
        (lambda provider: provider.token(exp=int(time.time()) - 120), "expired"),
        (lambda provider: provider.token(aud="someone-else"), "audience"),
        (lambda provider: provider.token(iss="https://evil.example.test/"), "issuer"),
        (lambda provider: provider.token(kid="stranger"), "no key 'stranger'"),
        (lambda provider: provider.unsigned_token("x"), "'none' is not accepted"),
        (lambda provider: provider.hmac_with_public_key("x"), "'HS256' is not accepted"),
        (lambda provider: provider.token(sub=None), "sub"),
        (lambda provider: provider.token(iat=int(time.time()) + 3600), "invalid"),
        (lambda provider: "a.b.c", "not a signed JWT"),
    ],
    ids=[
        "expired",
        "wrong-audience",
        "wrong-issuer",
        "unknown-kid",
        "alg-none",
        "hs256-with-public-key",
        "no-subject",
        "issued-in-the-future",
        "garbage",
    ],
)
def test_a_token_that_is_not_valid_is_refused_with_401(oidc_client, idp, conn, make, detail):
    if detail.startswith("no key"):
        idp.add_key("stranger", new_rsa_key(), "RS256", publish=False)
    response = me(oidc_client, make(idp))
    body = assert_problem(response, 401)
    assert detail in body["detail"]
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert conn.execute("SELECT count(*) FROM identity_links").fetchone()[0] == 0


def test_a_signature_by_another_key_under_a_known_kid_is_refused(oidc_client, idp):
    idp.keys["rsa-1"] = (new_rsa_key(), "RS256")  # signs with a key the JWKS does not have
    forged = idp.token("mallory")
    idp.published.remove("rsa-1")
    idp.keys.pop("rsa-1")
    assert_problem(me(oidc_client, forged), 401)


def test_a_key_may_not_sign_with_another_keys_algorithm(oidc_client, idp):
    # An RS256 signature under the kid of the provider's ES256 key.
    rsa_key, _ = idp.keys["rsa-1"]
    token = jwt.encode(idp.claims("mallory"), rsa_key, algorithm="RS256", headers={"kid": "ec-1"})
    body = assert_problem(me(oidc_client, token), 401)
    assert "does not sign with RS256" in body["detail"]


def test_our_own_tokens_keep_working_beside_the_provider(oidc_client, idp, alice):
    assert me(oidc_client, alice.token).json()["email"] == "alice@example.com"
    assert me(oidc_client, idp.token("someone")).status_code == 200
    assert_problem(me(oidc_client, "cpe_not-a-token"), 401)


def test_without_a_provider_a_jwt_is_refused(client, idp):
    assert_problem(me(client, idp.token("someone")), 401)


def test_provider_users_are_kept_apart(oidc_client, idp, conn):
    ada, bob = idp.token("ada"), idp.token("bob")
    response = oidc_client.post(
        "/api/cpe/sheets",
        json={
            "template_id": oidc_client.get("/api/cpe/states", headers=bearer(ada)).json()["states"][
                0
            ]["template_id"]
        },
        headers=bearer(ada),
    )
    assert response.status_code == 201, response.text
    job_id = response.json()["job_id"]
    assert oidc_client.get(f"/api/jobs/{job_id}/files:all", headers=bearer(ada)).status_code == 200
    for path in (f"/api/jobs/{job_id}/files:all", f"/api/jobs/{job_id}/results"):
        assert_problem(oidc_client.get(path, headers=bearer(bob)), 404)
    assert oidc_client.get("/api/cpe/sheets", headers=bearer(bob)).json()["total"] == 0
    assert oidc_client.get("/api/cpe/sheets", headers=bearer(ada)).json()["total"] == 1


def test_a_verified_email_joins_its_user_an_unverified_one_does_not(oidc_client, idp, alice):
    verified = me(oidc_client, idp.token("a1", email="alice@example.com"))
    assert verified.json()["user_id"] == str(alice.id)
    unverified = me(oidc_client, idp.token("a2", email="alice@example.com", email_verified=False))
    assert unverified.json()["user_id"] != str(alice.id)
    assert unverified.json()["email"].endswith("@users.invalid")
    no_email = me(oidc_client, idp.token("a3", email=None))
    assert no_email.json()["email"].endswith("@users.invalid")
    assert no_email.json()["user_id"] != unverified.json()["user_id"]


def test_an_unreachable_provider_answers_503_not_401(db_url, idp):
    idp.fail = True
    with api_client(db_url, **idp.settings()) as test_client:
        response = me(test_client, idp.token("x"))
    body = assert_problem(response, 503)
    assert "keys" in body["detail"] and response.headers["retry-after"] == "30"


def test_identity_provider_settings_come_all_three_or_none():
    with pytest.raises(ValueError, match="CPE_RUNS_OIDC_JWKS_URL"):
        Settings(oidc_issuer=ISSUER, oidc_audience=AUDIENCE)
    assert not Settings().oidc_enabled


def test_a_provider_user_gets_no_ticket(oidc_client, idp):
    body = assert_problem(oidc_client.post("/api/events/tickets", headers=bearer(idp.token())), 403)
    assert "?token=" in body["detail"]


# -- the key cache -------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_keys_are_cached_rotated_and_refetched_at_most_once_per_interval(idp):
    async def scenario() -> None:
        clock = Clock()
        keys = JwksCache(idp.jwks_url, min_refresh_seconds=30, clock=clock)
        verifier = OidcVerifier(ISSUER, AUDIENCE, keys)
        try:
            for _ in range(5):
                await verifier.verify(idp.token("u"))
            assert idp.fetches == 1  # cached

            # An unknown kid makes us refetch, but forged kids cannot make us hammer
            # the provider: one refetch per interval.
            clock.now += 30
            for n in range(20):
                with pytest.raises(InvalidIdentityToken):
                    idp.add_key(f"forged-{n}", new_ec_key(), "ES256", publish=False)
                    await verifier.verify(idp.token("u", kid=f"forged-{n}"))
            assert idp.fetches == 2

            # The provider rotates: a new key is published and signs at once.
            idp.add_key("rsa-2", new_rsa_key(), "RS256")
            rotated = idp.token("u", kid="rsa-2")
            with pytest.raises(InvalidIdentityToken):
                await verifier.verify(rotated)  # still inside the interval
            clock.now += 30
            assert (await verifier.verify(rotated)).subject == "u"
            assert idp.fetches == 3

            # The old key is withdrawn: once the cache's max-age passes it is gone.
            idp.published.remove("rsa-1")
            await verifier.verify(idp.token("u"))  # cached, still valid
            clock.now += 3600
            with pytest.raises(InvalidIdentityToken, match="no key 'rsa-1'"):
                await verifier.verify(idp.token("u"))
            assert (await verifier.verify(rotated)).subject == "u"

            # A provider that is down leaves the cached keys in use.
            idp.fail = True
            clock.now += 3600
            assert (await verifier.verify(rotated)).subject == "u"
        finally:
            await keys.close()

    asyncio.run(scenario())


# -- the stream's ?token= --------------------------------------------------------------


def test_a_short_lived_provider_token_opens_the_stream_like_a_ticket(db_url, tmp_path, idp):
    env = {**idp.env(), "CPE_RUNS_SSE_PING_SECONDS": "0.2"}
    server = start_live_server(db_url, tmp_path, env=env)
    try:
        token = idp.token("streamer")
        states = httpx.get(server.base_url + "/api/cpe/states", headers=bearer(token)).json()
        job_id = httpx.post(
            server.base_url + "/api/cpe/sheets",
            json={"template_id": states["states"][0]["template_id"]},
            headers=bearer(token),
        ).json()["job_id"]
        path = f"/api/jobs/{job_id}/events"
        with EventStream(server.base_url, path, params={"token": token}) as stream:
            stream.open()
        # Never a token that lives too long (fine as a header), nor a wrong one, nor elsewhere.
        long_lived = idp.token("streamer", exp=int(time.time()) + 86400)
        assert httpx.get(server.base_url + "/api/me", headers=bearer(long_lived)).status_code == 200
        for params in [{"token": long_lived}, {"token": idp.token(aud="other")}]:
            with EventStream(server.base_url, path, params=params) as stream:
                assert stream.status_code == 401
        assert httpx.get(server.base_url + "/api/me", params={"token": token}).status_code == 401

        # The stream ends once the token it was opened with expires.
        expires = int(time.time()) + 2
        brief = idp.token("streamer", exp=expires)
        with EventStream(server.base_url, path, params={"token": brief}) as stream:
            stream.open()
            with pytest.raises(StreamEnded):
                for _ in range(100):  # pings (every 0.2 s) until the end
                    assert stream.next_message().data is None
        assert time.time() >= expires
    finally:
        server.stop()
    assert token not in server.log()


def test_a_token_in_a_stream_url_is_redacted_from_the_access_log(idp):
    token = idp.token("someone")
    for path in (f"/api/jobs/{uuid.uuid4()}/events", "/api/events"):
        line = redact_query(f"{path}?token={token}&include_full_state=false")
        assert token not in line and line.startswith(path)
