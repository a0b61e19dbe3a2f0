-- The REST API's rules: which sheets, runs and files the caller may see or
-- change (every function takes the caller's user id; another user's ids answer
-- exactly like missing ones), which run an upload may go to, when a file may be
-- deleted, and the sheet's rows in sheet order across the append chain, with
-- their cells formatted for the API. Python only calls these functions.

-- depends: 0004_workers

-- ---------------------------------------------------------------------------
-- Sheets
-- ---------------------------------------------------------------------------

-- The caller's job (of p_job_type, when given), or CR004: another user's job
-- answers exactly like a missing one.
CREATE FUNCTION find_owned_job(p_user_id uuid, p_job_id uuid, p_job_type text DEFAULT NULL)
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
CREATE FUNCTION list_cpe_states(p_user_id uuid) RETURNS TABLE (template_id uuid, name text)
LANGUAGE sql STABLE AS $$
  SELECT t.id, t.name FROM templates t
   WHERE t.template_type = 'cpe' AND (t.is_public OR t.user_id = p_user_id)
   ORDER BY t.name, t.id
$$;

-- A new CPE sheet for a state, with its first (editable) run; CR011 when the
-- template is not a state the user may use. The name defaults to '<state> CPE'.
CREATE FUNCTION create_cpe_sheet(p_user_id uuid, p_template_id uuid, p_name text DEFAULT NULL)
RETURNS job_runs
LANGUAGE plpgsql AS $$
DECLARE
  v_state text;
  v_job_id uuid;
  v_run job_runs;
BEGIN
  SELECT s.name INTO v_state FROM list_cpe_states(p_user_id) s WHERE s.template_id = p_template_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'template % is not a CPE state', p_template_id
      USING ERRCODE = 'CR011', HINT = 'GET /api/cpe/states lists them.';
  END IF;
  INSERT INTO extraction_jobs (user_id, name, job_type)
  VALUES (p_user_id, coalesce(nullif(btrim(p_name), ''), v_state || ' CPE'), 'cpe')
  RETURNING id INTO v_job_id;
  INSERT INTO job_runs (job_id, template_id) VALUES (v_job_id, p_template_id)
  RETURNING * INTO v_run;
  RETURN v_run;
END
$$;

-- The caller's CPE sheets, newest first, each with its state and its latest
-- run (whose status is the sheet's).
CREATE FUNCTION list_cpe_sheets(p_user_id uuid, p_limit integer, p_offset integer)
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
CREATE FUNCTION count_cpe_sheets(p_user_id uuid) RETURNS bigint
LANGUAGE sql STABLE
RETURN (SELECT count(*) FROM extraction_jobs WHERE user_id = p_user_id AND job_type = 'cpe');

-- Delete the caller's sheet: its runs, files, bytes, tasks and rows go with it
-- (ON DELETE CASCADE), in this one statement.
CREATE FUNCTION delete_cpe_sheet(p_user_id uuid, p_job_id uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM extraction_jobs WHERE id = p_job_id AND user_id = p_user_id AND job_type = 'cpe';
  IF NOT FOUND THEN
    RAISE EXCEPTION 'sheet % not found', p_job_id USING ERRCODE = 'CR004';
  END IF;
END
$$;

-- The run a read is about: p_run_id when it is a run of the caller's job, else
-- (p_run_id NULL) the job's latest run; CR004 otherwise. A job without runs
-- gives a row of NULLs.
CREATE FUNCTION find_sheet_run(p_user_id uuid, p_job_id uuid, p_run_id uuid DEFAULT NULL)
RETURNS job_runs
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_run job_runs;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  IF p_run_id IS NULL THEN
    RETURN latest_run(p_job_id);
  END IF;
  SELECT * INTO v_run FROM job_runs WHERE id = p_run_id AND job_id = p_job_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'run % not found in sheet %', p_run_id, p_job_id USING ERRCODE = 'CR004';
  END IF;
  RETURN v_run;
END
$$;

-- ---------------------------------------------------------------------------
-- Files
-- ---------------------------------------------------------------------------

-- An upload never holds a transaction while its client sends: each step below
-- is a short transaction of its own (open_upload_run before the body is read,
-- stage_upload_file per file, write_upload_chunk per 1 MiB, finish_upload at
-- the end), so a slow client holds back neither the event log's horizon
-- (read_run_events) nor vacuum, nor a pool connection. Until finish_upload its
-- files are 'uploading': nothing lists, starts or announces them. A refused or
-- failed upload deletes them (discard_upload); one abandoned by a crash is
-- swept (sweep_abandoned_uploads).

-- The run p_run_id of the job, which must be pending: CR004 when it is not the
-- job's, CR010 (the sheet's latest run id in DETAIL) when it takes no more
-- files. Locked FOR SHARE until the transaction ends: Start and Cancel (FOR NO
-- KEY UPDATE) wait for the holder; holders do not wait for each other.
CREATE FUNCTION lock_pending_run(p_job_id uuid, p_run_id uuid) RETURNS job_runs
LANGUAGE plpgsql AS $$
DECLARE
  v_run job_runs;
BEGIN
  SELECT * INTO v_run FROM job_runs WHERE id = p_run_id AND job_id = p_job_id FOR SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'run % not found in sheet %', p_run_id, p_job_id USING ERRCODE = 'CR004';
  END IF;
  IF v_run.status <> 'pending' THEN
    RAISE EXCEPTION 'run % is %: it takes no more files; upload to the sheet''s latest run',
      v_run.id, v_run.status
      USING ERRCODE = 'CR010', DETAIL = (latest_run(p_job_id)).id::text;
  END IF;
  RETURN v_run;
END
$$;

-- The run an upload goes to, checked before its body is read so that a refusal
-- comes at once. Without p_run_id: the sheet's editable run, created on demand
-- (CR003 while a run is in progress). With it: that run, which must be pending
-- (CR010, see lock_pending_run). finish_upload checks again at the end.
CREATE FUNCTION open_upload_run(p_user_id uuid, p_job_id uuid, p_run_id uuid DEFAULT NULL)
RETURNS job_runs
LANGUAGE plpgsql AS $$
DECLARE
  v_run job_runs;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  IF p_run_id IS NULL THEN
    v_run := latest_run(p_job_id);
    -- ensure_editable_run locks the whole job; only pay for it when a run must be made.
    IF v_run.status IS DISTINCT FROM 'pending' THEN
      v_run := ensure_editable_run(p_job_id);
    END IF;
    p_run_id := v_run.id;
  END IF;
  RETURN lock_pending_run(p_job_id, p_run_id);
END
$$;

-- A file of an upload in progress: a row that says 'uploading', whose bytes
-- write_upload_chunk adds. Refused like open_upload_run once the run takes no
-- more files: there is no use sending bytes it would refuse at the end.
CREATE FUNCTION stage_upload_file(
  p_user_id uuid, p_job_id uuid, p_run_id uuid, p_name text, p_content_type text,
  p_archive_name text DEFAULT NULL, p_zip_path text DEFAULT NULL
) RETURNS uuid
LANGUAGE plpgsql AS $$
DECLARE
  v_id uuid;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  PERFORM lock_pending_run(p_job_id, p_run_id);
  INSERT INTO source_files (job_id, run_id, name, content_type, archive_name, zip_path, status)
  VALUES (p_job_id, p_run_id, p_name, p_content_type, p_archive_name, p_zip_path, 'uploading')
  RETURNING id INTO v_id;
  RETURN v_id;
END
$$;

-- One chunk of the bytes of a file being uploaded. CR004 once the file is no
-- longer being uploaded (its sheet was deleted, or it was swept as abandoned):
-- the bytes of a finished file never change.
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

-- Finish an upload: its staged files (p_file_ids, in upload order, with their
-- sizes and sha256s) become 'uploaded' all at once, each announced then. The
-- run is held FOR SHARE (lock_pending_run) until this commits, so Start and
-- Cancel wait for it: the files are all in the run before it starts, or none
-- is (CR010, the latest run in DETAIL; the caller then discards them). CR004
-- when the sheet or a staged file is gone; CR040 when a file's chunks do not
-- add up to its size (one was lost).
CREATE FUNCTION finish_upload(
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

-- Delete the staged files of an upload that will not finish (refused, failed,
-- its client gone) with their bytes; only files still 'uploading', so a
-- finished upload is never undone. Returns how many went.
CREATE FUNCTION discard_upload(p_user_id uuid, p_file_ids uuid[]) RETURNS integer
LANGUAGE sql VOLATILE AS $$
  WITH gone AS (
    DELETE FROM source_files f
     WHERE f.id = ANY (p_file_ids) AND f.status = 'uploading'
       AND EXISTS (SELECT 1 FROM extraction_jobs j WHERE j.id = f.job_id AND j.user_id = p_user_id)
    RETURNING 1
  )
  SELECT count(*)::integer FROM gone
$$;

-- Delete the staged files of uploads abandoned mid-way (their server crashed
-- or was killed) staged more than p_older_than ago, with their bytes; returns
-- how many went. Servers call it for every user (as the API role, hence
-- SECURITY DEFINER); p_older_than must exceed the longest upload.
CREATE FUNCTION sweep_abandoned_uploads(p_older_than interval) RETURNS bigint
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH gone AS (
    DELETE FROM source_files
     WHERE status = 'uploading' AND created_at < now() - p_older_than
    RETURNING 1
  )
  SELECT count(*) FROM gone
$$;

-- The files of every run of the caller's job (or only p_file_ids), run by run
-- in upload order, each with its run's id and status; not those still uploading.
CREATE FUNCTION list_sheet_files(p_user_id uuid, p_job_id uuid, p_file_ids uuid[] DEFAULT NULL)
RETURNS TABLE (
  id uuid, job_run_id uuid, run_status run_status, name text, size bigint,
  content_type text, sha256 text, status text, error text, created_at timestamptz,
  archive_name text, zip_path text
)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  RETURN QUERY
    SELECT f.id, f.run_id, r.status, f.name, f.size_bytes, f.content_type, f.sha256,
           f.status, f.error, f.created_at, f.archive_name, f.zip_path
      FROM source_files f JOIN job_runs r ON r.id = f.run_id
     WHERE f.job_id = p_job_id AND f.status <> 'uploading'
       AND (p_file_ids IS NULL OR f.id = ANY (p_file_ids))
     ORDER BY r.run_number, f.created_at, f.id;
END
$$;

-- Delete one uploaded file with its bytes and task; refused (CR012, the run in
-- DETAIL) while its run is in progress. p_run_id, when given, must be the
-- file's run. A file still uploading is not there yet (CR004).
CREATE FUNCTION delete_source_file(
  p_user_id uuid, p_job_id uuid, p_file_id uuid, p_run_id uuid DEFAULT NULL
) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_run_id uuid;
  v_status run_status;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  SELECT f.run_id INTO v_run_id FROM source_files f
   WHERE f.id = p_file_id AND f.job_id = p_job_id AND f.status <> 'uploading'
     AND (p_run_id IS NULL OR f.run_id = p_run_id);
  IF NOT FOUND THEN
    RAISE EXCEPTION 'file % not found in sheet %', p_file_id, p_job_id USING ERRCODE = 'CR004';
  END IF;
  -- Lock the run first (the order increment_task_completion uses); Start waits for us.
  SELECT r.status INTO v_status FROM job_runs r WHERE r.id = v_run_id FOR SHARE;
  IF v_status = 'in_progress' THEN
    RAISE EXCEPTION 'file % belongs to run %, which is in progress: wait for it to finish',
      p_file_id, v_run_id
      USING ERRCODE = 'CR012', DETAIL = v_run_id::text;
  END IF;
  DELETE FROM source_files WHERE id = p_file_id;
END
$$;

-- ---------------------------------------------------------------------------
-- Rows
-- ---------------------------------------------------------------------------

-- A cell as the API shows it: dates 'YYYY-MM-DD', numbers as JSON numbers,
-- anything that does not read as its type as stored. STABLE, not IMMUTABLE:
-- to_jsonb is STABLE, and PostgreSQL inlines a SQL function into the query
-- (here: once per cell of every row read) only when it calls nothing more
-- volatile than itself; inlined, a sheet of 100,000 rows formats 3x faster.
CREATE FUNCTION format_cell(p_value jsonb, p_data_type text) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE
  WHEN p_data_type = 'date' AND jsonb_typeof(p_value) = 'string'
       AND p_value #>> '{}' ~ '^\s*\d{4}-\d{2}-\d{2}([T ].*)?$'
    THEN to_jsonb(substr(btrim(p_value #>> '{}'), 1, 10))
  WHEN p_data_type = 'number' AND jsonb_typeof(p_value) = 'string'
       AND p_value #>> '{}' ~ '^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$'
    THEN to_jsonb(btrim(p_value #>> '{}')::numeric)
  ELSE p_value
END;

-- A row's values keyed by the sheet's columns (p_columns: [[name, type], ...]),
-- each formatted; fields the template does not have are left out.
CREATE FUNCTION format_row_values(p_values jsonb, p_columns jsonb) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
RETURN (
  SELECT coalesce(jsonb_object_agg(c ->> 0, format_cell(p_values -> (c ->> 0), c ->> 1)), '{}')
    FROM jsonb_array_elements(p_columns) c
);

-- The columns of a run's sheet as format_row_values takes them.
CREATE FUNCTION sheet_columns(p_run_id uuid) RETURNS jsonb
LANGUAGE sql STABLE
RETURN (
  SELECT coalesce(jsonb_agg(jsonb_build_array(f.field_name, f.data_type)
                            ORDER BY f.display_order, f.field_name), '[]')
    FROM run_template_fields(p_run_id) f
);

-- How many rows a run shows (its append chain's).
CREATE FUNCTION count_sheet_rows(p_run_id uuid) RETURNS bigint
LANGUAGE sql STABLE
RETURN (SELECT count(*) FROM run_chain(p_run_id) c JOIN result_rows rr ON rr.run_id = c.run_id);

-- The rows a run shows, in sheet order: run by run along the append chain,
-- then files in upload order, then the rows of each file. p_limit NULL: all.
-- The page is cut on the sort keys alone and only its rows are formatted, so
-- a page deep in a large sheet costs a sort, not a formatting of every row.
CREATE FUNCTION sheet_rows(p_run_id uuid, p_limit bigint DEFAULT NULL, p_offset bigint DEFAULT 0)
RETURNS TABLE (
  row_id uuid, run_id uuid, file_id uuid, file_name text, source text, "values" jsonb
)
LANGUAGE sql STABLE AS $$
  WITH cols AS MATERIALIZED (SELECT sheet_columns(p_run_id) AS columns),
  page AS (
    SELECT rr.id, f.name AS file_name,
           row_number() OVER (
             ORDER BY chain.run_number, f.created_at, f.id, rr.position, rr.created_at, rr.id
           ) AS n
      FROM run_chain(p_run_id) chain
      JOIN result_rows rr ON rr.run_id = chain.run_id
      LEFT JOIN source_files f ON f.id = rr.file_id
     ORDER BY chain.run_number, f.created_at, f.id, rr.position, rr.created_at, rr.id
     LIMIT p_limit OFFSET p_offset
  )
  SELECT rr.id, rr.run_id, rr.file_id, page.file_name, rr.source,
         format_row_values(rr."values", cols.columns)
    FROM page JOIN result_rows rr ON rr.id = page.id CROSS JOIN cols
   ORDER BY page.n
$$;

-- A value as an edit stores it: a date must be a real YYYY-MM-DD date, a
-- number from 0 to 999,999, as hours and credits are (CR013 otherwise);
-- null or '' clears the cell.
CREATE FUNCTION parse_cell(p_field text, p_value jsonb, p_data_type text) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_text text := btrim(p_value #>> '{}');
BEGIN
  IF p_value IS NULL OR jsonb_typeof(p_value) = 'null' OR v_text = '' THEN
    RETURN 'null';
  ELSIF jsonb_typeof(p_value) IN ('object', 'array') THEN
    NULL;  -- refused below
  ELSIF p_data_type = 'date' AND v_text ~ '^\d{4}-\d{2}-\d{2}$' THEN
    BEGIN
      RETURN to_jsonb(to_char(v_text::date, 'YYYY-MM-DD'));
    EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
      NULL;  -- e.g. 2024-02-30: refused below
    END;
  ELSIF p_data_type = 'number' AND v_text ~ '^\+?(\d{1,6}(\.\d*)?|\.\d+)$' THEN
    RETURN to_jsonb(v_text::numeric);
  ELSIF p_data_type = 'text' THEN
    RETURN to_jsonb(p_value #>> '{}');
  END IF;
  RAISE EXCEPTION '% is not a valid % for "%"', p_value, p_data_type, p_field
    USING ERRCODE = 'CR013',
          HINT = 'Dates are YYYY-MM-DD, numbers are 0 to 999999; null or "" clears a cell.';
END
$$;

-- Edit cells of one of the caller's rows: the named columns only (CR013 for a
-- name the sheet does not have); the row becomes 'manual'. Returns the row as
-- sheet_rows shows it.
CREATE FUNCTION edit_result_row(p_user_id uuid, p_job_id uuid, p_row_id uuid, p_values jsonb)
RETURNS TABLE (
  row_id uuid, run_id uuid, file_id uuid, file_name text, source text, "values" jsonb
)
LANGUAGE plpgsql AS $$
DECLARE
  v_row result_rows;
  v_columns jsonb;
  v_unknown text;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  SELECT * INTO v_row FROM result_rows r WHERE r.id = p_row_id AND r.job_id = p_job_id
     FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'row % not found in sheet %', p_row_id, p_job_id USING ERRCODE = 'CR004';
  END IF;
  IF jsonb_typeof(p_values) IS DISTINCT FROM 'object' THEN
    RAISE EXCEPTION 'values must be an object of column name to value' USING ERRCODE = 'CR013';
  END IF;
  v_columns := sheet_columns(v_row.run_id);
  SELECT k INTO v_unknown FROM jsonb_object_keys(p_values) k
   WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v_columns) c WHERE c ->> 0 = k)
   LIMIT 1;
  IF v_unknown IS NOT NULL THEN
    RAISE EXCEPTION 'the sheet has no column "%"', v_unknown USING ERRCODE = 'CR013';
  END IF;
  UPDATE result_rows r
     SET "values" = r."values" || coalesce((
           SELECT jsonb_object_agg(e.key, parse_cell(e.key, e.value, c ->> 1))
             FROM jsonb_each(p_values) e
             JOIN jsonb_array_elements(v_columns) c ON c ->> 0 = e.key), '{}'),
         source = 'manual',
         updated_at = clock_timestamp()
   WHERE r.id = p_row_id
  RETURNING * INTO v_row;
  RETURN QUERY
    SELECT v_row.id, v_row.run_id, v_row.file_id, f.name, v_row.source,
           format_row_values(v_row."values", v_columns)
      FROM (SELECT 1) one LEFT JOIN source_files f ON f.id = v_row.file_id;
END
$$;
