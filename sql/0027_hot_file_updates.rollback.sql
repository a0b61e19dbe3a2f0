-- Undo 0027: the index of uploads in progress names the status again (as 0002 made
-- it), without the generated column; the table's pages filled whole; emit_file_events
-- and sweep_abandoned_uploads as 0016 and 0009 made them.

DROP INDEX source_files_uploading_created_at_idx;
CREATE INDEX source_files_uploading_created_at_idx ON source_files (created_at)
  WHERE status = 'uploading';

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

ALTER TABLE source_files DROP COLUMN uploading;
ALTER TABLE source_files RESET (fillfactor);

-- The file_status events of one statement's changed files (p_files: id, job_id,
-- run_id, name, status, error as JSON objects), in one INSERT.
CREATE OR REPLACE FUNCTION emit_file_events(p_files jsonb) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_count integer := jsonb_array_length(p_files);
  v_first bigint;
BEGIN
  IF v_count = 0 THEN
    RETURN;
  END IF;
  v_first := next_event_seqs(v_count);
  INSERT INTO run_events (seq, job_id, run_id, user_id, type, payload)
  SELECT v_first + f.n - 1, (f.e->>'job_id')::uuid, (f.e->>'run_id')::uuid,
         job_user_id((f.e->>'job_id')::uuid), 'file_status', f.e - 'id' || jsonb_build_object(
           'file_id', f.e->'id')
    FROM jsonb_array_elements(p_files) WITH ORDINALITY AS f(e, n);
  PERFORM announce_run_event(v_first, 'file_status', (p_files->0->>'job_id')::uuid,
                             (p_files->0->>'run_id')::uuid,
                             job_user_id((p_files->0->>'job_id')::uuid));
END
$$;
