-- Sign-in with an OpenID Connect provider: which user an identity provider's
-- (issuer, subject) is, made on first sight; and the count of processed files
-- the original client's results answer carries.

-- depends: 0007_tenant_isolation

CREATE TABLE identity_links (
  issuer     text NOT NULL,
  subject    text NOT NULL,
  user_id    uuid NOT NULL REFERENCES users ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, subject),
  CONSTRAINT identity_links_issuer_check CHECK (issuer <> '' AND length(issuer) <= 2048),
  CONSTRAINT identity_links_subject_check CHECK (subject <> '' AND length(subject) <= 255)
);
CREATE INDEX identity_links_user_id_idx ON identity_links (user_id);
-- Nobody reads links but the sign-in below (as the owner), like api_tokens.
ALTER TABLE identity_links ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON identity_links FROM PUBLIC;

-- The user a verified identity token names, made on first sight. A verified
-- email joins the user who already has it (one person, one sheet list); an
-- unverified or missing one cannot claim an address, so such a user gets an
-- address of the reserved .invalid domain, unique to the identity.
-- Authentication happens before any user is known, so this runs as the owner.
CREATE FUNCTION authenticate_identity(
  p_issuer text, p_subject text, p_email text, p_email_verified boolean
) RETURNS TABLE (user_id uuid, email text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
  v_user uuid;
  v_email text := lower(btrim(p_email));
BEGIN
  SELECT l.user_id INTO v_user FROM identity_links l
   WHERE l.issuer = p_issuer AND l.subject = p_subject;
  IF NOT FOUND THEN
    IF NOT coalesce(p_email_verified AND v_email LIKE '%_@_%', false) THEN
      v_email := 'oidc-' || left(encode(sha256(convert_to(p_issuer || E'\n' || p_subject, 'UTF8')),
                                        'hex'), 32) || '@users.invalid';
    END IF;
    INSERT INTO users (email) VALUES (v_email)
    ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email
    RETURNING id INTO v_user;
    INSERT INTO identity_links (issuer, subject, user_id) VALUES (p_issuer, p_subject, v_user)
    ON CONFLICT (issuer, subject) DO NOTHING;
    -- A concurrent first sign-in of the same identity may have linked first.
    SELECT l.user_id INTO v_user FROM identity_links l
     WHERE l.issuer = p_issuer AND l.subject = p_subject;
  END IF;
  RETURN QUERY SELECT u.id, u.email FROM users u WHERE u.id = v_user;
END
$$;

-- How many of the files a run shows (its append chain's) were extracted.
CREATE FUNCTION count_sheet_files_processed(p_run_id uuid) RETURNS bigint
LANGUAGE sql STABLE
RETURN (
  SELECT count(*) FROM run_chain(p_run_id) c JOIN source_files f ON f.run_id = c.run_id
   WHERE f.status = 'completed'
);
