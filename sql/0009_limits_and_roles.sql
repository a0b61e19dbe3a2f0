-- Limits that count everything, and least privilege at the database: every
-- stored byte counts towards its user's storage quota (user_storage, kept by
-- triggers; CR050 past CPE_RUNS_USER_QUOTA_BYTES); the API and worker roles
-- log in themselves and are not the schema owner; the privileged (SECURITY
-- DEFINER) functions take bounded arguments only (CR051 otherwise) and only
-- the role that needs each may call it.

-- depends: 0007_tenant_isolation 0008_fair_claims 0013_identity_links 0017_blob_stores

-- ---------------------------------------------------------------------------
-- Storage per user
-- ---------------------------------------------------------------------------

-- The bytes each user's files take: finished files and those still uploading.
CREATE TABLE user_storage (
  user_id      uuid PRIMARY KEY REFERENCES users ON DELETE CASCADE,
  stored_bytes bigint NOT NULL DEFAULT 0
);
ALTER TABLE user_storage ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON user_storage FROM PUBLIC;

-- A file still uploading now counts its bytes as they arrive (write_upload_chunk).
UPDATE source_files f
   SET size_bytes = (SELECT coalesce(sum(octet_length(c.data)), 0)
                       FROM file_chunks c WHERE c.file_id = f.id)
 WHERE f.status = 'uploading';
INSERT INTO user_storage (user_id, stored_bytes)
SELECT j.user_id, sum(f.size_bytes)
  FROM source_files f JOIN extraction_jobs j ON j.id = f.job_id
 WHERE j.user_id IS NOT NULL
 GROUP BY j.user_id;

-- A file's bytes (size_bytes) come to, change in or leave its user's count.
-- SECURITY DEFINER: the API and workers keep the count right without any grant on it.
CREATE FUNCTION tg_source_files__count_storage() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_job uuid;
  v_delta bigint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    v_job := NEW.job_id; v_delta := NEW.size_bytes;
  ELSIF TG_OP = 'UPDATE' THEN
    v_job := NEW.job_id; v_delta := NEW.size_bytes - OLD.size_bytes;
  ELSE
    v_job := OLD.job_id; v_delta := -OLD.size_bytes;
  END IF;
  IF v_delta <> 0 THEN
    -- When the file goes with its sheet, the sheet is already gone here and its
    -- deletion counted every file at once (tg_extraction_jobs__count_storage).
    INSERT INTO user_storage AS s (user_id, stored_bytes)
    SELECT j.user_id, v_delta FROM extraction_jobs j WHERE j.id = v_job AND j.user_id IS NOT NULL
    ON CONFLICT (user_id) DO UPDATE SET stored_bytes = s.stored_bytes + EXCLUDED.stored_bytes;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER _300_count_storage
AFTER INSERT OR DELETE OR UPDATE OF size_bytes ON source_files
FOR EACH ROW EXECUTE FUNCTION tg_source_files__count_storage();

-- A sheet's deletion frees all its files' bytes at once, before they cascade.
CREATE FUNCTION tg_extraction_jobs__count_storage() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF OLD.user_id IS NOT NULL THEN
    UPDATE user_storage s
       SET stored_bytes = s.stored_bytes
             - coalesce((SELECT sum(f.size_bytes) FROM source_files f WHERE f.job_id = OLD.id), 0)
     WHERE s.user_id = OLD.user_id;
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER _300_count_storage
BEFORE DELETE ON extraction_jobs
FOR EACH ROW EXECUTE FUNCTION tg_extraction_jobs__count_storage();

-- The user's stored bytes; CR050 when they plus p_more pass p_quota (NULL: no quota).
CREATE FUNCTION check_storage_quota(p_user_id uuid, p_quota bigint, p_more bigint DEFAULT 0)
RETURNS bigint
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_used bigint := coalesce((SELECT stored_bytes FROM user_storage WHERE user_id = p_user_id), 0);
BEGIN
  IF p_quota IS NOT NULL AND v_used + p_more > p_quota THEN
    RAISE EXCEPTION 'your files would take % bytes, past your storage quota of % bytes: delete sheets or files you no longer need; nothing of this upload was stored',
      v_used + p_more, p_quota
      USING ERRCODE = 'CR050';
  END IF;
  RETURN v_used;
END
$$;

-- One chunk of the bytes of a file being uploaded (as in 0005), now counted as it
-- arrives: the file's size_bytes grows with it, so its user's count does too,
-- and a chunk that takes the user past p_quota_bytes is refused (CR050). The
-- count's row stays locked until the chunk commits, so concurrent uploads of one
-- user cannot pass the quota together.
DROP FUNCTION write_upload_chunk(uuid, uuid, integer, bytea);
CREATE FUNCTION write_upload_chunk(
  p_user_id uuid, p_file_id uuid, p_chunk_no integer, p_data bytea, p_quota_bytes bigint DEFAULT NULL
) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- KEY SHARE: a delete of the file (its sheet's, a sweep) waits for this chunk, or this for it.
  PERFORM 1 FROM source_files f JOIN extraction_jobs j ON j.id = f.job_id
   WHERE f.id = p_file_id AND f.status = 'uploading' AND j.user_id = p_user_id
     FOR KEY SHARE OF f;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'file % is not being uploaded: its sheet was deleted or the upload abandoned',
      p_file_id
      USING ERRCODE = 'CR004';
  END IF;
  -- This chunk's commit need not wait for the disk (a flush per MiB): a chunk
  -- lost in a database crash fails finish_upload, which counts every byte and
  -- whose own commit flushes the WAL of all the chunks before it.
  PERFORM set_config('synchronous_commit', 'off', true);
  INSERT INTO file_chunks (file_id, chunk_no, data) VALUES (p_file_id, p_chunk_no, p_data);
  UPDATE source_files SET size_bytes = size_bytes + octet_length(p_data) WHERE id = p_file_id;
  PERFORM check_storage_quota(p_user_id, p_quota_bytes);
END
$$;

-- ---------------------------------------------------------------------------
-- Privileged functions: bounded arguments
-- ---------------------------------------------------------------------------

-- Delete events older than p_keep (at least an hour: no caller may empty the
-- log that open streams resume from); returns how many went.
CREATE OR REPLACE FUNCTION prune_run_events(p_keep interval DEFAULT interval '7 days')
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_count bigint;
BEGIN
  IF p_keep IS NULL OR p_keep < interval '1 hour' THEN
    RAISE EXCEPTION 'events are kept at least an hour, not %', p_keep USING ERRCODE = 'CR051';
  END IF;
  DELETE FROM run_events WHERE created_at < now() - p_keep;
  GET DIAGNOSTICS v_count = ROW_COUNT;
  RETURN v_count;
END
$$;

-- Delete the staged files of uploads abandoned mid-way (their server crashed
-- or was killed) staged more than p_older_than ago (at least an hour: no caller
-- may sweep uploads still arriving), with their bytes; returns how many went.
CREATE OR REPLACE FUNCTION sweep_abandoned_uploads(p_older_than interval) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_count bigint;
BEGIN
  IF p_older_than IS NULL OR p_older_than < interval '1 hour' THEN
    RAISE EXCEPTION 'only uploads abandoned over an hour ago are swept, not %', p_older_than
      USING ERRCODE = 'CR051';
  END IF;
  DELETE FROM source_files WHERE status = 'uploading' AND created_at < now() - p_older_than;
  GET DIAGNOSTICS v_count = ROW_COUNT;
  RETURN v_count;
END
$$;

-- A stream ticket for a live token, valid 1 to 300 seconds (CR051 otherwise;
-- CR004 for a token that is revoked or unknown); a token keeps its 20 newest
-- live tickets, so minting many fills nothing.
CREATE OR REPLACE FUNCTION issue_stream_ticket(p_token_id uuid, p_hash bytea, p_seconds integer)
RETURNS timestamptz
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_expires timestamptz;
BEGIN
  IF p_seconds IS NULL OR p_seconds NOT BETWEEN 1 AND 300 THEN
    RAISE EXCEPTION 'a ticket lives 1 to 300 seconds, not %', p_seconds USING ERRCODE = 'CR051';
  END IF;
  IF NOT token_is_live(p_token_id) THEN
    RAISE EXCEPTION 'token % is not live', p_token_id USING ERRCODE = 'CR004';
  END IF;
  DELETE FROM stream_tickets WHERE expires_at < now() - interval '1 hour';
  DELETE FROM stream_tickets WHERE ticket_hash IN (
    SELECT ticket_hash FROM stream_tickets WHERE token_id = p_token_id
     ORDER BY expires_at DESC OFFSET 19
  );
  INSERT INTO stream_tickets (ticket_hash, token_id, expires_at)
  VALUES (p_hash, p_token_id, now() + make_interval(secs => p_seconds))
  RETURNING expires_at INTO v_expires;
  RETURN v_expires;
END
$$;

-- ---------------------------------------------------------------------------
-- Roles: who logs in, who may call what
-- ---------------------------------------------------------------------------

-- The blob outbox (0017) is the owner's alone, through its functions: like every
-- other table, nobody else reads it, whatever a grant says.
ALTER TABLE blob_deletions ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON blob_deletions FROM PUBLIC;

DO $$
DECLARE
  v_api text := coalesce(nullif(current_setting('cpe_runs.api_role', true), ''), 'cpe_runs_api');
  v_worker text := coalesce(nullif(current_setting('cpe_runs.worker_role', true), ''), 'cpe_runs_worker');
  v_fn text;
BEGIN
  -- The API and the workers log in as these roles themselves (not as the owner
  -- with SET ROLE, which a session can undo). They are nobody's members, own
  -- nothing and may do nothing beyond their grants. A managed PostgreSQL whose
  -- migrating user may not alter roles: an operator does it (README, Security).
  IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format(
      'ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS', v_api);
    EXECUTE format(
      'ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS', v_worker);
  ELSE
    RAISE NOTICE 'cannot make % and % login roles: an operator must (ALTER ROLE ... LOGIN)',
      v_api, v_worker;
  END IF;

  -- Privileged functions run as the owner: nobody calls them unless granted.
  FOREACH v_fn IN ARRAY ARRAY[
    'authenticate_token(bytea)', 'authenticate_ticket(bytea)', 'token_is_live(uuid)',
    'authenticate_identity(text, text, text, boolean)',
    'issue_stream_ticket(uuid, bytea, integer)', 'prune_run_events(interval)',
    'sweep_abandoned_uploads(interval)', 'tg_source_files__count_storage()',
    'tg_extraction_jobs__count_storage()', 'tg_source_files__blob_deletions()',
    'claim_blob_deletions(integer, double precision)', 'finish_blob_deletion(bigint)',
    'fail_blob_deletion(bigint, text, double precision)',
    -- Moving blobs between stores is the owner's (cpe-runs blobs).
    'switch_file_storage(uuid, text, text)',
    -- Owner-only (cpe-runs token): not SECURITY DEFINER, but nobody else's business.
    'create_api_token(text, bytea, text)', 'revoke_api_tokens(bytea, text)'
  ] LOOP
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', v_fn);
  END LOOP;
  -- The API authenticates requests (tokens, tickets, identity tokens) and mints tickets.
  EXECUTE format(
    'GRANT EXECUTE ON FUNCTION authenticate_token(bytea), authenticate_ticket(bytea),'
    ' authenticate_identity(text, text, text, boolean), token_is_live(uuid),'
    ' issue_stream_ticket(uuid, bytea, integer) TO %I', v_api);
  -- The worker role also does what a server does for every user: the event hub
  -- (every user's events, tokens it must end streams of) and the housekeeping.
  EXECUTE format(
    'GRANT EXECUTE ON FUNCTION token_is_live(uuid), prune_run_events(interval),'
    ' sweep_abandoned_uploads(interval), claim_blob_deletions(integer, double precision),'
    ' finish_blob_deletion(bigint), fail_blob_deletion(bigint, text, double precision) TO %I',
    v_worker);
  EXECUTE format('GRANT SELECT ON run_events TO %I', v_worker);

  -- The API reads its own user's count (check_storage_quota).
  EXECUTE format('GRANT SELECT ON user_storage TO %I', v_api);
  EXECUTE format(
    'CREATE POLICY user_storage_api ON user_storage FOR SELECT TO %I'
    ' USING (user_id = (SELECT app_user_id()))', v_api);
END
$$;
