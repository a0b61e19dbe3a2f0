-- API tokens and stream tickets. Tokens are 256-bit random strings handed to
-- the user once; only their SHA-256 is stored. A stream ticket is a short-lived
-- credential for EventSource, which cannot send headers; it dies with its token.

-- depends: 0002_run_lifecycle

CREATE TABLE api_tokens (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id      uuid NOT NULL REFERENCES users ON DELETE CASCADE,
  token_hash   bytea NOT NULL,
  label        text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at   timestamptz,
  CONSTRAINT api_tokens_token_hash_check CHECK (octet_length(token_hash) = 32)
);
CREATE UNIQUE INDEX api_tokens_token_hash_key ON api_tokens (token_hash);
CREATE INDEX api_tokens_user_id_idx ON api_tokens (user_id);

CREATE TABLE stream_tickets (
  ticket_hash bytea PRIMARY KEY,
  token_id    uuid NOT NULL REFERENCES api_tokens ON DELETE CASCADE,
  expires_at  timestamptz NOT NULL,
  CONSTRAINT stream_tickets_ticket_hash_check CHECK (octet_length(ticket_hash) = 32)
);
CREATE INDEX stream_tickets_token_id_idx ON stream_tickets (token_id);
CREATE INDEX stream_tickets_expires_at_idx ON stream_tickets (expires_at);

-- The user of a live token; stamps last_used_at at most once a minute.
CREATE FUNCTION authenticate_token(p_hash bytea)
RETURNS TABLE (user_id uuid, email text, token_id uuid, token_hash bytea)
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE api_tokens SET last_used_at = now()
   WHERE api_tokens.token_hash = p_hash AND revoked_at IS NULL
     AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute');
  RETURN QUERY
    SELECT u.id, u.email, t.id, t.token_hash
      FROM api_tokens t JOIN users u ON u.id = t.user_id
     WHERE t.token_hash = p_hash AND t.revoked_at IS NULL;
END
$$;

-- The user of a live, unexpired stream ticket whose token is live.
CREATE FUNCTION authenticate_ticket(p_hash bytea)
RETURNS TABLE (user_id uuid, email text, token_id uuid, token_hash bytea)
LANGUAGE sql STABLE AS $$
  SELECT u.id, u.email, t.id, s.ticket_hash
    FROM stream_tickets s
    JOIN api_tokens t ON t.id = s.token_id AND t.revoked_at IS NULL
    JOIN users u ON u.id = t.user_id
   WHERE s.ticket_hash = p_hash AND s.expires_at > now()
$$;

-- Is the token still live? (Open streams ask this when told of a revocation.)
CREATE FUNCTION token_is_live(p_token_id uuid) RETURNS boolean
LANGUAGE sql STABLE
RETURN EXISTS (SELECT 1 FROM api_tokens WHERE id = p_token_id AND revoked_at IS NULL);

-- Create the user when needed and store a new token's hash.
CREATE FUNCTION create_api_token(p_email text, p_hash bytea, p_label text DEFAULT NULL)
RETURNS uuid
LANGUAGE plpgsql AS $$
DECLARE
  v_user uuid;
  v_token uuid;
BEGIN
  INSERT INTO users (email) VALUES (lower(btrim(p_email)))
  ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email
  RETURNING id INTO v_user;
  INSERT INTO api_tokens (user_id, token_hash, label) VALUES (v_user, p_hash, p_label)
  RETURNING id INTO v_token;
  RETURN v_token;
END
$$;

-- Revoke tokens (one by hash, or all of a user's); open streams are told at once.
CREATE FUNCTION revoke_api_tokens(p_hash bytea DEFAULT NULL, p_email text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_id uuid;
  v_count integer := 0;
BEGIN
  FOR v_id IN
    UPDATE api_tokens t SET revoked_at = now()
     WHERE t.revoked_at IS NULL
       AND (t.token_hash = p_hash
            OR t.user_id = (SELECT id FROM users WHERE email = lower(btrim(p_email))))
    RETURNING t.id
  LOOP
    PERFORM pg_notify('cpe_runs_revoked', v_id::text);
    v_count := v_count + 1;
  END LOOP;
  DELETE FROM stream_tickets WHERE expires_at < now();
  RETURN v_count;
END
$$;
