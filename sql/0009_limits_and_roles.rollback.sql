-- Undo 0009: no storage count, the unbounded privileged functions of 0005 and
-- 0007, callable by everybody again, and the API and worker roles NOLOGIN.

DO $$
DECLARE
  v_api text := coalesce(nullif(current_setting('cpe_runs.api_role', true), ''), 'cpe_runs_api');
  v_worker text := coalesce(nullif(current_setting('cpe_runs.worker_role', true), ''), 'cpe_runs_worker');
BEGIN
  EXECUTE format('REVOKE SELECT ON run_events FROM %I', v_worker);
  EXECUTE format(
    'REVOKE EXECUTE ON FUNCTION authenticate_token(bytea), authenticate_ticket(bytea),'
    ' authenticate_identity(text, text, text, boolean), token_is_live(uuid),'
    ' issue_stream_ticket(uuid, bytea, integer) FROM %I', v_api);
  EXECUTE format(
    'REVOKE EXECUTE ON FUNCTION token_is_live(uuid), prune_run_events(interval),'
    ' sweep_abandoned_uploads(interval), claim_blob_deletions(integer, double precision),'
    ' finish_blob_deletion(bigint), fail_blob_deletion(bigint, text, double precision) FROM %I',
    v_worker);
  IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('ALTER ROLE %I NOLOGIN', v_api);
    EXECUTE format('ALTER ROLE %I NOLOGIN', v_worker);
  END IF;
END
$$;

ALTER TABLE blob_deletions DISABLE ROW LEVEL SECURITY;

GRANT EXECUTE ON FUNCTION authenticate_token(bytea), authenticate_ticket(bytea), token_is_live(uuid),
  authenticate_identity(text, text, text, boolean),
  issue_stream_ticket(uuid, bytea, integer), prune_run_events(interval),
  sweep_abandoned_uploads(interval), create_api_token(text, bytea, text),
  revoke_api_tokens(bytea, text), tg_source_files__blob_deletions(),
  claim_blob_deletions(integer, double precision), finish_blob_deletion(bigint),
  fail_blob_deletion(bigint, text, double precision), switch_file_storage(uuid, text, text)
  TO PUBLIC;

CREATE OR REPLACE FUNCTION issue_stream_ticket(p_token_id uuid, p_hash bytea, p_seconds integer)
RETURNS timestamptz
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DELETE FROM stream_tickets WHERE expires_at < now() - interval '1 hour';
  INSERT INTO stream_tickets (ticket_hash, token_id, expires_at)
  VALUES (p_hash, p_token_id, now() + make_interval(secs => p_seconds))
  RETURNING expires_at;
$$;

CREATE OR REPLACE FUNCTION sweep_abandoned_uploads(p_older_than interval) RETURNS bigint
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH gone AS (
    DELETE FROM source_files
     WHERE status = 'uploading' AND created_at < now() - p_older_than
    RETURNING 1
  )
  SELECT count(*) FROM gone
$$;

CREATE OR REPLACE FUNCTION prune_run_events(p_keep interval DEFAULT interval '7 days')
RETURNS bigint
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH gone AS (DELETE FROM run_events WHERE created_at < now() - p_keep RETURNING 1)
  SELECT count(*) FROM gone
$$;

DROP FUNCTION write_upload_chunk(uuid, uuid, integer, bytea, bigint);
CREATE FUNCTION write_upload_chunk(
  p_user_id uuid, p_file_id uuid, p_chunk_no integer, p_data bytea
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
END
$$;

DROP FUNCTION check_storage_quota(uuid, bigint, bigint);
DROP TRIGGER _300_count_storage ON extraction_jobs;
DROP FUNCTION tg_extraction_jobs__count_storage();
DROP TRIGGER _300_count_storage ON source_files;
DROP FUNCTION tg_source_files__count_storage();
-- Files still uploading go back to a size of 0 until finish_upload sets it.
UPDATE source_files SET size_bytes = 0 WHERE status = 'uploading';
DROP TABLE user_storage;
