-- Certificate bytes in a blob store of the operator's choice (file_chunks, a directory, S3), and an outbox that deletes a blob only once its file's row is gone.

-- depends: 0015_sheet_order 0016_hot_path

-- 'db': the rows of file_chunks; otherwise the URL of the store holding the blob
-- under the file's id (file:///path, s3://bucket/prefix).
ALTER TABLE source_files DROP CONSTRAINT source_files_storage_check;
ALTER TABLE source_files ADD CONSTRAINT source_files_storage_check
  CHECK (storage = 'db' OR storage ~ '^(file|s3)://[^[:space:]]+$');

-- Blobs to delete from stores outside the database. A row is written in the
-- transaction that deletes the blob's file (a file, a sheet, a discarded or swept
-- upload, a blob moved to another store), so a blob is deleted only after its
-- row is gone, and never forgotten: workers delete the blob, then the row, and
-- try again after run_after when the store fails them (or they die).
CREATE TABLE blob_deletions (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  storage    text NOT NULL,
  blob_key   text NOT NULL,
  attempts   integer NOT NULL DEFAULT 0,
  run_after  timestamptz NOT NULL DEFAULT now(),
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT blob_deletions_storage_check CHECK (storage <> 'db')
);
CREATE INDEX blob_deletions_run_after_idx ON blob_deletions (run_after);

-- Queue the blobs of deleted files that live outside the database. SECURITY
-- DEFINER: the API role deletes files but may not touch the outbox.
CREATE FUNCTION tg_source_files__blob_deletions() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO blob_deletions (storage, blob_key)
  SELECT o.storage, o.id::text FROM old_files o WHERE o.storage <> 'db';
  IF FOUND THEN
    PERFORM pg_notify('cpe_runs_blob_deletions', '');
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER _600_blob_deletions AFTER DELETE ON source_files
  REFERENCING OLD TABLE AS old_files
  FOR EACH STATEMENT EXECUTE FUNCTION tg_source_files__blob_deletions();

-- Hand out up to p_limit due deletions, each leased for p_lease_seconds (a worker
-- that dies holding one leaves it to the next after that).
CREATE FUNCTION claim_blob_deletions(p_limit integer, p_lease_seconds double precision)
RETURNS TABLE (id bigint, storage text, blob_key text, attempts integer)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE blob_deletions d
     SET attempts = d.attempts + 1, run_after = now() + make_interval(secs => p_lease_seconds)
   WHERE d.id IN (SELECT b.id FROM blob_deletions b WHERE b.run_after <= now()
                   ORDER BY b.run_after LIMIT p_limit FOR UPDATE SKIP LOCKED)
  RETURNING d.id, d.storage, d.blob_key, d.attempts
$$;

-- The blob is deleted from its store: forget it.
CREATE FUNCTION finish_blob_deletion(p_id bigint) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DELETE FROM blob_deletions WHERE id = p_id
$$;

-- The store refused or failed the deletion: try again after p_retry_seconds.
CREATE FUNCTION fail_blob_deletion(p_id bigint, p_error text, p_retry_seconds double precision)
RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE blob_deletions
     SET last_error = p_error, run_after = now() + make_interval(secs => p_retry_seconds)
   WHERE id = p_id
$$;

-- Where a file's bytes are, with what they must add up to; CR004 when the file is gone.
CREATE FUNCTION stored_file(p_file_id uuid)
RETURNS TABLE (storage text, size_bytes bigint, sha256 text)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY SELECT f.storage, f.size_bytes, f.sha256 FROM source_files f WHERE f.id = p_file_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'file % does not exist', p_file_id USING ERRCODE = 'CR004';
  END IF;
END
$$;

-- Record that a staged file's bytes go to the store p_storage rather than file_chunks.
CREATE FUNCTION set_upload_storage(p_user_id uuid, p_file_id uuid, p_storage text)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE source_files f SET storage = p_storage
   WHERE f.id = p_file_id AND f.status = 'uploading'
     AND EXISTS (SELECT 1 FROM extraction_jobs j WHERE j.id = f.job_id AND j.user_id = p_user_id);
  IF NOT FOUND THEN
    RAISE EXCEPTION 'file % is not being uploaded: its sheet was deleted or the upload abandoned',
      p_file_id
      USING ERRCODE = 'CR004';
  END IF;
END
$$;

-- Move a file's bytes to another store: the caller has copied and verified them
-- there. The old blob is queued for deletion in the same transaction. False when
-- the file is gone or no longer in p_from (the caller then deletes its copy).
CREATE FUNCTION switch_file_storage(p_file_id uuid, p_from text, p_to text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE source_files SET storage = p_to WHERE id = p_file_id AND storage = p_from;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  IF p_from = 'db' THEN
    DELETE FROM file_chunks WHERE file_id = p_file_id;
  ELSE
    INSERT INTO blob_deletions (storage, blob_key) VALUES (p_from, p_file_id::text);
    PERFORM pg_notify('cpe_runs_blob_deletions', '');
  END IF;
  RETURN true;
END
$$;

-- finish_upload as 0005 made it, but only bytes kept in file_chunks are counted
-- here: a blob store's writer has counted and closed the others before this.
CREATE OR REPLACE FUNCTION finish_upload(
  p_user_id uuid, p_job_id uuid, p_run_id uuid,
  p_file_ids uuid[], p_sizes bigint[], p_sha256s text[]
) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_name text;
  v_storage text;
  v_written bigint;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  PERFORM lock_pending_run(p_job_id, p_run_id);
  -- One file at a time, so that their file_status events come in upload order.
  FOR i IN 1 .. coalesce(cardinality(p_file_ids), 0) LOOP
    UPDATE source_files
       SET status = 'uploaded', size_bytes = p_sizes[i], sha256 = p_sha256s[i]
     WHERE id = p_file_ids[i] AND run_id = p_run_id AND status = 'uploading'
    RETURNING name, storage INTO v_name, v_storage;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'file % of the upload is gone: its sheet was deleted or the upload abandoned',
        p_file_ids[i]
        USING ERRCODE = 'CR004';
    END IF;
    CONTINUE WHEN v_storage <> 'db';
    -- octet_length of a chunk stored out of line reads its TOAST pointer, not its bytes.
    SELECT coalesce(sum(octet_length(c.data)), 0) INTO v_written
      FROM file_chunks c WHERE c.file_id = p_file_ids[i];
    IF v_written IS DISTINCT FROM p_sizes[i] THEN
      RAISE EXCEPTION 'part of "%" was lost as it was stored (% of its % bytes): send it again',
        v_name, v_written, p_sizes[i]
        USING ERRCODE = 'CR040', DETAIL = p_file_ids[i]::text;
    END IF;
  END LOOP;
END
$$;
