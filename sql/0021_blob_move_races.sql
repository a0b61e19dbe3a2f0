-- Blob moves that race deletions and readers: a pending deletion never deletes a blob a file lives in again, and a store switch keeps the old copy a while for readers already under way.

-- depends: 0009_limits_and_roles 0017_blob_stores 0018_one_ownership_check

-- A worker about to delete a blob: lock its deletion for the time the store is asked
-- (the caller deletes the blob and calls finish_blob_deletion in this transaction).
-- False, and the deletion forgotten, when there is nothing to delete any more: it
-- was cancelled, or a file lives in that store under that key again (moved back
-- there after it was moved away). prepare_blob_copy waits for the lock, so a copy
-- is never written while the old blob under its key is being deleted.
CREATE FUNCTION begin_blob_deletion(p_id bigint) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_storage text;
  v_key text;
BEGIN
  SELECT d.storage, d.blob_key INTO v_storage, v_key
    FROM blob_deletions d WHERE d.id = p_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  IF v_key ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
     AND EXISTS (SELECT 1 FROM source_files f
                  WHERE f.id = v_key::uuid AND f.storage = v_storage) THEN
    DELETE FROM blob_deletions WHERE id = p_id;
    RETURN false;
  END IF;
  RETURN true;
END
$$;

-- Before a file's bytes are copied into p_storage under p_key: cancel the deletions
-- of that key pending there (left by an earlier move away), waiting for one a worker
-- is carrying out, and queue a guard deletion due in p_guard_seconds, so that a copy
-- whose row never switches (the move was killed) does not stay. The guard's id.
CREATE FUNCTION prepare_blob_copy(p_storage text, p_key text, p_guard_seconds double precision)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_guard bigint;
BEGIN
  DELETE FROM blob_deletions WHERE storage = p_storage AND blob_key = p_key;
  INSERT INTO blob_deletions (storage, blob_key, run_after)
  VALUES (p_storage, p_key, now() + make_interval(secs => p_guard_seconds))
  RETURNING id INTO v_guard;
  RETURN v_guard;
END
$$;

-- switch_file_storage (0017), now keeping the old blob p_keep_old_seconds: a worker
-- or a download that looked the file up before the switch (or was handed a presigned
-- URL) finishes from the old copy. Bytes in file_chunks go at once, as before (their
-- readers look again and read the new copy). The guard of the copy is dropped: the
-- copy is the file's now. False when the file is gone or no longer in p_from.
DROP FUNCTION switch_file_storage(uuid, text, text);
CREATE FUNCTION switch_file_storage(
  p_file_id uuid, p_from text, p_to text, p_keep_old_seconds double precision
) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE source_files SET storage = p_to WHERE id = p_file_id AND storage = p_from;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  IF p_to <> 'db' THEN
    DELETE FROM blob_deletions WHERE storage = p_to AND blob_key = p_file_id::text;
  END IF;
  IF p_from = 'db' THEN
    DELETE FROM file_chunks WHERE file_id = p_file_id;
  ELSE
    INSERT INTO blob_deletions (storage, blob_key, run_after)
    VALUES (p_from, p_file_id::text, now() + make_interval(secs => p_keep_old_seconds));
    PERFORM pg_notify('cpe_runs_blob_deletions', '');
  END IF;
  RETURN true;
END
$$;

DO $$
DECLARE
  v_worker text := coalesce(nullif(current_setting('cpe_runs.worker_role', true), ''), 'cpe_runs_worker');
BEGIN
  -- Moving blobs is the owner's (cpe-runs blobs); deleting them the workers'.
  REVOKE EXECUTE ON FUNCTION begin_blob_deletion(bigint),
    prepare_blob_copy(text, text, double precision),
    switch_file_storage(uuid, text, text, double precision) FROM PUBLIC;
  EXECUTE format('GRANT EXECUTE ON FUNCTION begin_blob_deletion(bigint) TO %I', v_worker);
END
$$;
