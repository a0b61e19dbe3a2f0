-- One home for "whose is this": is_owner(user, owner), asked by every row-level security policy (for the user the transaction acts for) and by every API function (for its p_user_id), instead of each comparing user ids itself.

-- depends: 0009_limits_and_roles 0017_blob_stores 0018_one_ownership_check

-- May p_user see and change what p_owner owns (a sheet and everything of it, an
-- event, a template, the account itself)? Only its owner may: there is no sharing.
-- The policies ask it for app_user_id(), the functions of 0005 and later for their
-- p_user_id. A plain SQL expression, so the planner inlines it: a policy or a WHERE
-- that asks it still uses the indexes on user_id. A NULL user owns nothing.
CREATE FUNCTION is_owner(p_user uuid, p_owner uuid) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN p_user = p_owner;

-- The templates a user may open a sheet with: the public ones and their own.
CREATE FUNCTION may_use_template(p_user uuid, p_is_public boolean, p_owner uuid) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN p_is_public OR is_owner(p_user, p_owner);

-- ---------------------------------------------------------------------------
-- Row-level security (0007, 0009): the user the transaction acts for
-- ---------------------------------------------------------------------------

ALTER POLICY users_api ON users USING (is_owner((SELECT app_user_id()), id));
ALTER POLICY templates_api ON templates
  USING (may_use_template((SELECT app_user_id()), is_public, user_id));
ALTER POLICY extraction_jobs_api ON extraction_jobs
  USING (is_owner((SELECT app_user_id()), user_id))
  WITH CHECK (is_owner((SELECT app_user_id()), user_id));
ALTER POLICY run_events_api ON run_events
  USING (is_owner((SELECT app_user_id()), user_id))
  WITH CHECK (is_owner((SELECT app_user_id()), user_id));
ALTER POLICY user_storage_api ON user_storage USING (is_owner((SELECT app_user_id()), user_id));

-- ---------------------------------------------------------------------------
-- The API functions: the caller, p_user_id (bodies as before but for the check)
-- ---------------------------------------------------------------------------

-- The caller's job (of p_job_type, when given), or CR004: another user's job
-- answers exactly like a missing one.
CREATE OR REPLACE FUNCTION find_owned_job(
  p_user_id uuid, p_job_id uuid, p_job_type text DEFAULT NULL
) RETURNS extraction_jobs
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_job extraction_jobs;
BEGIN
  SELECT * INTO v_job FROM extraction_jobs
   WHERE id = p_job_id AND is_owner(p_user_id, user_id)
     AND (p_job_type IS NULL OR job_type = p_job_type);
  IF NOT FOUND THEN
    RAISE EXCEPTION 'sheet % not found', p_job_id USING ERRCODE = 'CR004';
  END IF;
  RETURN v_job;
END
$$;

-- The CPE states a user may open a sheet for: the public ones and their own.
CREATE OR REPLACE FUNCTION list_cpe_states(p_user_id uuid)
RETURNS TABLE (template_id uuid, name text)
LANGUAGE sql STABLE AS $$
  SELECT t.id, t.name FROM templates t
   WHERE t.template_type = 'cpe' AND may_use_template(p_user_id, t.is_public, t.user_id)
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
           WHERE is_owner(p_user_id, user_id) AND job_type = 'cpe'
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
RETURN (
  SELECT count(*) FROM extraction_jobs WHERE is_owner(p_user_id, user_id) AND job_type = 'cpe'
);

-- Delete the caller's sheet: its runs, files, bytes, tasks and rows go with it
-- (ON DELETE CASCADE), in this one statement.
CREATE OR REPLACE FUNCTION delete_cpe_sheet(p_user_id uuid, p_job_id uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM extraction_jobs
   WHERE id = p_job_id AND is_owner(p_user_id, user_id) AND job_type = 'cpe';
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
       AND EXISTS (
         SELECT 1 FROM extraction_jobs j WHERE j.id = f.job_id AND is_owner(p_user_id, j.user_id)
       )
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
     AND EXISTS (
       SELECT 1 FROM extraction_jobs j WHERE j.id = f.job_id AND is_owner(p_user_id, j.user_id)
     );
  IF NOT FOUND THEN
    RAISE EXCEPTION 'file % is not being uploaded: its sheet was deleted or the upload abandoned',
      p_file_id
      USING ERRCODE = 'CR004';
  END IF;
END
$$;

-- One chunk of the bytes of a file being uploaded, counted as it arrives (0009):
-- a chunk that takes the user past p_quota_bytes is refused (CR050).
CREATE OR REPLACE FUNCTION write_upload_chunk(
  p_user_id uuid, p_file_id uuid, p_chunk_no integer, p_data bytea, p_quota_bytes bigint DEFAULT NULL
) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- KEY SHARE: a delete of the file (its sheet's, a sweep) waits for this chunk, or this for it.
  PERFORM 1 FROM source_files f JOIN extraction_jobs j ON j.id = f.job_id
   WHERE f.id = p_file_id AND f.status = 'uploading' AND is_owner(p_user_id, j.user_id)
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

-- The user's final events in (p_after, p_until], optionally of one sheet, in
-- order: the replay of a stream that resumes. A NULL user sees nothing.
CREATE OR REPLACE FUNCTION read_user_events(
  p_user_id uuid, p_job_id uuid, p_after bigint, p_until bigint, p_limit integer DEFAULT 500
) RETURNS SETOF run_events
LANGUAGE sql STABLE AS $$
  SELECT * FROM run_events
  WHERE is_owner(p_user_id, user_id)
    AND (p_job_id IS NULL OR job_id = p_job_id)
    AND seq > p_after AND seq <= p_until AND seq < run_events_horizon()
  ORDER BY seq
  LIMIT p_limit
$$;
