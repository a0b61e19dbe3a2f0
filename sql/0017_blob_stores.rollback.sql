-- Undo 0017: bytes only in file_chunks again (files in other stores must be moved back first with `cpe-runs blobs migrate --to postgres`).

CREATE OR REPLACE FUNCTION finish_upload(
  p_user_id uuid, p_job_id uuid, p_run_id uuid,
  p_file_ids uuid[], p_sizes bigint[], p_sha256s text[]
) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_name text;
  v_written bigint;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  PERFORM lock_pending_run(p_job_id, p_run_id);
  -- One file at a time, so that their file_status events come in upload order.
  FOR i IN 1 .. coalesce(cardinality(p_file_ids), 0) LOOP
    UPDATE source_files
       SET status = 'uploaded', size_bytes = p_sizes[i], sha256 = p_sha256s[i]
     WHERE id = p_file_ids[i] AND run_id = p_run_id AND status = 'uploading'
    RETURNING name INTO v_name;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'file % of the upload is gone: its sheet was deleted or the upload abandoned',
        p_file_ids[i]
        USING ERRCODE = 'CR004';
    END IF;
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

DROP FUNCTION switch_file_storage(uuid, text, text);
DROP FUNCTION set_upload_storage(uuid, uuid, text);
DROP FUNCTION stored_file(uuid);
DROP FUNCTION fail_blob_deletion(bigint, text, double precision);
DROP FUNCTION finish_blob_deletion(bigint);
DROP FUNCTION claim_blob_deletions(integer, double precision);
DROP TRIGGER _600_blob_deletions ON source_files;
DROP FUNCTION tg_source_files__blob_deletions();
DROP TABLE blob_deletions;
ALTER TABLE source_files DROP CONSTRAINT source_files_storage_check;
ALTER TABLE source_files ADD CONSTRAINT source_files_storage_check CHECK (storage = 'db');
