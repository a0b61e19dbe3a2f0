-- Undo 0020: each policy and function compares user ids itself again (as 0005, 0006, 0007, 0009 and 0017 made them).

ALTER POLICY users_api ON users USING (id = (SELECT app_user_id()));
ALTER POLICY templates_api ON templates USING (is_public OR user_id = (SELECT app_user_id()));
ALTER POLICY extraction_jobs_api ON extraction_jobs
  USING (user_id = (SELECT app_user_id())) WITH CHECK (user_id = (SELECT app_user_id()));
ALTER POLICY run_events_api ON run_events
  USING (user_id = (SELECT app_user_id())) WITH CHECK (user_id = (SELECT app_user_id()));
ALTER POLICY user_storage_api ON user_storage USING (user_id = (SELECT app_user_id()));

-- The caller's job (of p_job_type, when given), or CR004: another user's job
-- answers exactly like a missing one.
CREATE OR REPLACE FUNCTION find_owned_job(p_user_id uuid, p_job_id uuid, p_job_type text DEFAULT NULL)
RETURNS extraction_jobs
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_job extraction_jobs;
BEGIN
  SELECT * INTO v_job FROM extraction_jobs
   WHERE id = p_job_id AND user_id = p_user_id AND (p_job_type IS NULL OR job_type = p_job_type);
  IF NOT FOUND THEN
    RAISE EXCEPTION 'sheet % not found', p_job_id USING ERRCODE = 'CR004';
  END IF;
  RETURN v_job;
END
$$;

-- The CPE states a user may open a sheet for: the public ones and their own.
CREATE OR REPLACE FUNCTION list_cpe_states(p_user_id uuid) RETURNS TABLE (template_id uuid, name text)
LANGUAGE sql STABLE AS $$
  SELECT t.id, t.name FROM templates t
   WHERE t.template_type = 'cpe' AND (t.is_public OR t.user_id = p_user_id)
   ORDER BY t.name, t.id
$$;

-- The caller's CPE sheets, newest first, each with its state and its latest
-- run (whose status is the sheet's).
CREATE OR REPLACE FUNCTION list_cpe_sheets(p_user_id uuid, p_limit integer, p_offset integer)
RETURNS TABLE (
  job_id uuid, name text, state_name text, status run_status, created_at timestamptz,
  latest_run_id uuid, tasks_total integer, tasks_completed integer, tasks_failed integer
)
LANGUAGE sql STABLE AS $$
  -- The page of sheets first, then one index probe each for its latest run:
  -- the cost follows the page, not the number of sheets or runs.
  SELECT j.id, j.name, t.name, r.status, j.created_at,
         r.id, coalesce(r.tasks_total, 0), coalesce(r.tasks_completed, 0),
         coalesce(r.tasks_failed, 0)
    FROM (SELECT * FROM extraction_jobs
           WHERE user_id = p_user_id AND job_type = 'cpe'
           ORDER BY created_at DESC, id
           LIMIT p_limit OFFSET p_offset) j
    LEFT JOIN LATERAL (
      SELECT * FROM job_runs WHERE job_runs.job_id = j.id ORDER BY run_number DESC LIMIT 1
    ) r ON true
    LEFT JOIN templates t ON t.id = r.template_id
   ORDER BY j.created_at DESC, j.id
$$;

-- How many CPE sheets the caller has.
CREATE OR REPLACE FUNCTION count_cpe_sheets(p_user_id uuid) RETURNS bigint
LANGUAGE sql STABLE
RETURN (SELECT count(*) FROM extraction_jobs WHERE user_id = p_user_id AND job_type = 'cpe');

-- Delete the caller's sheet: its runs, files, bytes, tasks and rows go with it
-- (ON DELETE CASCADE), in this one statement.
CREATE OR REPLACE FUNCTION delete_cpe_sheet(p_user_id uuid, p_job_id uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM extraction_jobs WHERE id = p_job_id AND user_id = p_user_id AND job_type = 'cpe';
  IF NOT FOUND THEN
    RAISE EXCEPTION 'sheet % not found', p_job_id USING ERRCODE = 'CR004';
  END IF;
END
$$;

-- Delete the staged files of an upload that will not finish (refused, failed,
-- its client gone) with their bytes; only files still 'uploading', so a
-- finished upload is never undone. Returns how many went.
CREATE OR REPLACE FUNCTION discard_upload(p_user_id uuid, p_file_ids uuid[]) RETURNS integer
LANGUAGE sql VOLATILE AS $$
  WITH gone AS (
    DELETE FROM source_files f
     WHERE f.id = ANY (p_file_ids) AND f.status = 'uploading'
       AND EXISTS (SELECT 1 FROM extraction_jobs j WHERE j.id = f.job_id AND j.user_id = p_user_id)
    RETURNING 1
  )
  SELECT count(*)::integer FROM gone
$$;

-- Record that a staged file's bytes go to the store p_storage rather than file_chunks.
CREATE OR REPLACE FUNCTION set_upload_storage(p_user_id uuid, p_file_id uuid, p_storage text)
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

-- The user's final events in (p_after, p_until], optionally of one sheet, in
-- order: the replay of a stream that resumes. A NULL user sees nothing.
CREATE OR REPLACE FUNCTION read_user_events(
  p_user_id uuid, p_job_id uuid, p_after bigint, p_until bigint, p_limit integer DEFAULT 500
) RETURNS SETOF run_events
LANGUAGE sql STABLE AS $$
  SELECT * FROM run_events
  WHERE user_id = p_user_id
    AND (p_job_id IS NULL OR job_id = p_job_id)
    AND seq > p_after AND seq <= p_until AND seq < run_events_horizon()
  ORDER BY seq
  LIMIT p_limit
$$;

-- One chunk of the bytes of a file being uploaded (as in 0005), now counted as it
-- arrives: the file's size_bytes grows with it, so its user's count does too,
-- and a chunk that takes the user past p_quota_bytes is refused (CR050). The
-- count's row stays locked until the chunk commits, so concurrent uploads of one
-- user cannot pass the quota together.
CREATE OR REPLACE FUNCTION write_upload_chunk(
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

DROP FUNCTION may_use_template(uuid, boolean, uuid);
DROP FUNCTION is_owner(uuid, uuid);
