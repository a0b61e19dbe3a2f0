-- A file's status changes in place (HOT updates): no index names its status any more,
-- and its pages keep room for new versions; file events look up each sheet's owner once.
--
-- Every task changes its file's status twice on the hot path (processing when
-- claimed, completed or failed when reported), and the start of a run once more
-- (queued). Only the partial index of files still uploading named the status (in
-- its predicate), and that alone made every one of those updates write a new entry
-- into each of the table's indexes (four of them) and their WAL. The predicate now
-- reads a stored generated column, uploading, which those changes leave as it was,
-- so PostgreSQL updates the row on its page without touching any index, when the
-- page has room: new pages are filled to 80 %. In a 5,000-task run drained 10 at a
-- time (one client): about 45 us of backend CPU and 0.9 KB of WAL less per task,
-- and about 5 of 6 file updates are HOT.
--
-- emit_file_events looked up the sheet's owner for every event of a statement (the
-- claim's and the report's, one event per file); now once per sheet.

-- depends: 0026_cheap_claims

ALTER TABLE source_files SET (fillfactor = 80);
-- Whether the file is still being uploaded (status 'uploading'): for the index below.
ALTER TABLE source_files
  ADD COLUMN uploading boolean GENERATED ALWAYS AS (status = 'uploading') STORED;
DROP INDEX source_files_uploading_created_at_idx;
-- Uploads abandoned mid-way (a crashed server), for sweep_abandoned_uploads.
CREATE INDEX source_files_uploading_created_at_idx ON source_files (created_at) WHERE uploading;

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
  -- uploading, not status: the index's predicate.
  DELETE FROM source_files WHERE uploading AND created_at < now() - p_older_than;
  GET DIAGNOSTICS v_count = ROW_COUNT;
  RETURN v_count;
END
$$;

-- The file_status events of one statement's changed files (p_files: id, job_id,
-- run_id, name, status, error as JSON objects), in one INSERT; each sheet's owner
-- looked up once.
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
  WITH f AS (
    SELECT x.e, x.n, (x.e->>'job_id')::uuid AS job_id
      FROM jsonb_array_elements(p_files) WITH ORDINALITY AS x(e, n)
  ), owners AS (
    SELECT j.job_id, job_user_id(j.job_id) AS user_id FROM (SELECT DISTINCT job_id FROM f) j
  )
  INSERT INTO run_events (seq, job_id, run_id, user_id, type, payload)
  SELECT v_first + f.n - 1, f.job_id, (f.e->>'run_id')::uuid, o.user_id, 'file_status',
         f.e - 'id' || jsonb_build_object('file_id', f.e->'id')
    FROM f JOIN owners o ON o.job_id = f.job_id;
  PERFORM announce_run_event(v_first, 'file_status', (p_files->0->>'job_id')::uuid,
                             (p_files->0->>'run_id')::uuid,
                             job_user_id((p_files->0->>'job_id')::uuid));
END
$$;
