-- Working the sheet (SPEC section 8): rows added, edited and deleted by hand,
-- each announced to every open page (row_created, row_updated, row_deleted);
-- the batch in progress cancelled; a failed file retried with its stored
-- bytes; and a file already in the sheet (same SHA-256) not stored twice.
-- Rows stay owned by the job and shared by every run of the append chain, so
-- an edit, an addition or a deletion holds in every later batch and a new
-- batch still copies nothing.

-- depends: 0007_tenant_isolation 0010_row_confidence

ALTER TABLE run_events DROP CONSTRAINT run_events_type_check;
ALTER TABLE run_events ADD CONSTRAINT run_events_type_check CHECK (
  type IN ('run_created', 'run_status', 'run_progress', 'file_status', 'sheet_deleted',
           'row_created', 'row_updated', 'row_deleted')
);

-- Duplicates are looked up by content within a sheet.
CREATE INDEX source_files_job_id_sha256_idx ON source_files (job_id, sha256);

-- ---------------------------------------------------------------------------
-- Rows
-- ---------------------------------------------------------------------------

-- A value as an edit stores it (as in 0005); the refusal now names the column
-- (the error's COLUMN field), so a client can show it at the cell.
CREATE OR REPLACE FUNCTION parse_cell(p_field text, p_value jsonb, p_data_type text) RETURNS jsonb
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
    USING ERRCODE = 'CR013', COLUMN = p_field,
          HINT = 'Dates are YYYY-MM-DD, numbers are 0 to 999999; null or "" clears a cell.';
END
$$;

-- Cells as a row stores them: p_values must be an object naming columns of
-- the sheet (p_columns as sheet_columns gives them), each value parsed by
-- parse_cell; CR013 otherwise.
CREATE FUNCTION parse_row_values(p_values jsonb, p_columns jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_unknown text;
BEGIN
  IF jsonb_typeof(p_values) IS DISTINCT FROM 'object' THEN
    RAISE EXCEPTION 'values must be an object of column name to value' USING ERRCODE = 'CR013';
  END IF;
  SELECT k INTO v_unknown FROM jsonb_object_keys(p_values) k
   WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(p_columns) c WHERE c ->> 0 = k)
   LIMIT 1;
  IF v_unknown IS NOT NULL THEN
    RAISE EXCEPTION 'the sheet has no column "%"', v_unknown
      USING ERRCODE = 'CR013', COLUMN = v_unknown;
  END IF;
  RETURN coalesce((
    SELECT jsonb_object_agg(e.key, parse_cell(e.key, e.value, c ->> 1))
      FROM jsonb_each(p_values) e
      JOIN jsonb_array_elements(p_columns) c ON c ->> 0 = e.key), '{}');
END
$$;

-- A row as the API shows it (the shape of sheet_rows), announced to the
-- sheet's streams as p_type with the row itself, so an open page shows the
-- change without reading the sheet again.
CREATE FUNCTION announce_row(p_type text, p_row result_rows, p_columns jsonb)
RETURNS TABLE (
  row_id uuid, run_id uuid, file_id uuid, file_name text, source text, "values" jsonb,
  confidence jsonb
)
LANGUAGE plpgsql AS $$
DECLARE
  v_shown jsonb;
BEGIN
  SELECT jsonb_build_object(
           'row_id', p_row.id, 'run_id', p_row.run_id, 'file_id', p_row.file_id,
           'file_name', f.name, 'source', p_row.source,
           'values', format_row_values(p_row."values", p_columns),
           'confidence', p_row.confidence)
    INTO v_shown
    FROM (SELECT 1) one LEFT JOIN source_files f ON f.id = p_row.file_id;
  PERFORM emit_run_event(p_type, p_row.job_id, p_row.run_id, job_user_id(p_row.job_id),
    jsonb_build_object('job_id', p_row.job_id, 'run_id', p_row.run_id, 'row_id', p_row.id,
                       'row', v_shown));
  RETURN QUERY SELECT p_row.id, p_row.run_id, p_row.file_id, v_shown ->> 'file_name',
                      p_row.source, v_shown -> 'values', p_row.confidence;
END
$$;

DROP FUNCTION edit_result_row(uuid, uuid, uuid, jsonb);

-- Edit cells of one of the caller's rows (as in 0010: the named columns only,
-- the row becomes 'manual', the confidence of the cells set goes), and
-- announce it (row_updated).
CREATE FUNCTION edit_result_row(p_user_id uuid, p_job_id uuid, p_row_id uuid, p_values jsonb)
RETURNS TABLE (
  row_id uuid, run_id uuid, file_id uuid, file_name text, source text, "values" jsonb,
  confidence jsonb
)
LANGUAGE plpgsql AS $$
DECLARE
  v_row result_rows;
  v_columns jsonb;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  SELECT * INTO v_row FROM result_rows r WHERE r.id = p_row_id AND r.job_id = p_job_id
     FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'row % not found in sheet %', p_row_id, p_job_id USING ERRCODE = 'CR004';
  END IF;
  v_columns := sheet_columns(v_row.run_id);
  UPDATE result_rows r
     SET "values" = r."values" || parse_row_values(p_values, v_columns),
         source = 'manual',
         -- A value a person set needs no second look.
         confidence = nullif(r.confidence - ARRAY(SELECT jsonb_object_keys(p_values)), '{}'),
         updated_at = clock_timestamp()
   WHERE r.id = p_row_id
  RETURNING * INTO v_row;
  RETURN QUERY SELECT * FROM announce_row('row_updated', v_row, v_columns);
END
$$;

-- A certificate a person adds (source 'manual'): a row of the sheet's latest
-- run, so this and every later batch shows it, after that run's extracted
-- rows. CR013 for values that do not fit the sheet, or none at all.
CREATE FUNCTION add_result_row(p_user_id uuid, p_job_id uuid, p_values jsonb)
RETURNS TABLE (
  row_id uuid, run_id uuid, file_id uuid, file_name text, source text, "values" jsonb,
  confidence jsonb
)
LANGUAGE plpgsql AS $$
DECLARE
  v_run job_runs;
  v_columns jsonb;
  v_values jsonb;
  v_row result_rows;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  v_run := latest_run(p_job_id);
  IF v_run.id IS NULL THEN
    v_run := ensure_editable_run(p_job_id);
  END IF;
  v_columns := sheet_columns(v_run.id);
  v_values := parse_row_values(p_values, v_columns);
  IF NOT EXISTS (SELECT 1 FROM jsonb_each(v_values) e WHERE e.value <> 'null') THEN
    RAISE EXCEPTION 'a certificate needs at least one value' USING ERRCODE = 'CR013';
  END IF;
  INSERT INTO result_rows (job_id, run_id, "values", source)
  VALUES (p_job_id, v_run.id, v_values, 'manual')
  RETURNING * INTO v_row;
  RETURN QUERY SELECT * FROM announce_row('row_created', v_row, v_columns);
END
$$;

-- Delete one of the caller's rows: it leaves the sheet (this and every later
-- batch, the exports) and every open page is told (row_deleted).
CREATE FUNCTION delete_result_row(p_user_id uuid, p_job_id uuid, p_row_id uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_row result_rows;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  DELETE FROM result_rows r WHERE r.id = p_row_id AND r.job_id = p_job_id RETURNING * INTO v_row;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'row % not found in sheet %', p_row_id, p_job_id USING ERRCODE = 'CR004';
  END IF;
  PERFORM emit_run_event('row_deleted', p_job_id, v_row.run_id, job_user_id(p_job_id),
    jsonb_build_object('job_id', p_job_id, 'run_id', v_row.run_id, 'row_id', v_row.id));
END
$$;

-- ---------------------------------------------------------------------------
-- Cancel
-- ---------------------------------------------------------------------------

-- Cancel the caller's batch in progress (cancel_run: its unfinished tasks and
-- files become 'cancelled', late reports count nothing, rows already
-- extracted stay). CR014 when no batch of the sheet is in progress.
CREATE FUNCTION cancel_sheet(p_user_id uuid, p_job_id uuid) RETURNS job_runs
LANGUAGE plpgsql AS $$
DECLARE
  v_run job_runs;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  -- Locked before it is judged: a run that ends meanwhile is not cancelled.
  SELECT * INTO v_run FROM job_runs WHERE id = (latest_run(p_job_id)).id FOR NO KEY UPDATE;
  IF v_run.status IS DISTINCT FROM 'in_progress' THEN
    RAISE EXCEPTION 'no batch of sheet % is in progress: there is nothing to cancel', p_job_id
      USING ERRCODE = 'CR014', DETAIL = coalesce(v_run.id::text, '');
  END IF;
  RETURN cancel_run(v_run.id);
END
$$;

-- ---------------------------------------------------------------------------
-- Files: duplicates and retries
-- ---------------------------------------------------------------------------

-- Serialises whatever adds files with these bytes to the sheet, so that two
-- uploads of the same bytes at once cannot both miss each other; uploads of
-- other files do not wait. Locks are taken in one order: no deadlock.
CREATE FUNCTION lock_sheet_bytes(p_job_id uuid, p_sha256s text[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
  SELECT count(pg_advisory_xact_lock(k.key)) FROM (
    SELECT DISTINCT hashtextextended(p_job_id::text || ':' || s.sha256, 0) AS key
      FROM unnest(p_sha256s) AS s(sha256)
     ORDER BY 1
  ) k
$$;

-- The sheet's earliest file with these bytes whose rows count: uploaded,
-- queued, being or already extracted (a failed or cancelled file has no rows,
-- and may be uploaded again). NULL when there is none.
CREATE FUNCTION find_duplicate_file(p_job_id uuid, p_sha256 text) RETURNS source_files
LANGUAGE sql STABLE AS $$
  SELECT f.* FROM source_files f JOIN job_runs r ON r.id = f.run_id
   WHERE f.job_id = p_job_id AND f.sha256 = p_sha256
     AND f.status IN ('uploaded', 'queued', 'processing', 'completed')
   ORDER BY r.run_number, f.created_at, f.id
   LIMIT 1
$$;

-- Why a file is not stored again: the earlier one, named as the page lists it.
CREATE FUNCTION duplicate_reason(p_earlier source_files) RETURNS text
LANGUAGE sql STABLE
RETURN format('duplicate: the sheet already holds these bytes as "%s" (batch %s)',
  CASE WHEN p_earlier.zip_path IS NULL THEN p_earlier.name
       ELSE p_earlier.archive_name || '/' || p_earlier.zip_path END,
  (SELECT r.run_number FROM job_runs r WHERE r.id = p_earlier.run_id));

-- The files of an upload in progress (p_file_ids, in upload order, with their
-- sha256s) whose bytes the sheet already holds (find_duplicate_file, also an
-- earlier file of this upload): deleted with their bytes, and returned, each
-- with its name as listed and the reason. Called in the transaction that then
-- finishes the upload with the others (finish_upload), under the same locks.
CREATE FUNCTION discard_duplicate_uploads(
  p_user_id uuid, p_job_id uuid, p_run_id uuid, p_file_ids uuid[], p_sha256s text[]
) RETURNS TABLE (file_id uuid, name text, reason text)
LANGUAGE plpgsql AS $$
DECLARE
  v_earlier source_files;
  v_kept text[] := '{}';
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  PERFORM lock_pending_run(p_job_id, p_run_id);
  PERFORM lock_sheet_bytes(p_job_id, p_sha256s);
  FOR i IN 1 .. coalesce(cardinality(p_file_ids), 0) LOOP
    v_earlier := find_duplicate_file(p_job_id, p_sha256s[i]);
    IF v_earlier.id IS NULL THEN
      IF p_sha256s[i] = ANY (v_kept) THEN
        -- The same bytes earlier in this very upload (not finished yet, so not found).
        SELECT * INTO v_earlier FROM source_files f
         WHERE f.id = p_file_ids[array_position(p_sha256s, p_sha256s[i])];
      ELSE
        v_kept := v_kept || p_sha256s[i];
        CONTINUE;
      END IF;
    END IF;
    DELETE FROM source_files f
     WHERE f.id = p_file_ids[i] AND f.run_id = p_run_id AND f.status = 'uploading'
    RETURNING f.id, CASE WHEN f.zip_path IS NULL THEN f.name
                         ELSE f.archive_name || '/' || f.zip_path END
      INTO file_id, name;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'file % of the upload is gone: its sheet was deleted or the upload abandoned',
        p_file_ids[i]
        USING ERRCODE = 'CR004';
    END IF;
    reason := duplicate_reason(v_earlier);
    RETURN NEXT;
  END LOOP;
END
$$;

-- A copy of p_file in the pending run p_run_id: 'uploaded', ready for the next
-- Start, in the same store. Bytes kept in file_chunks are copied here; those of
-- another store are copied by the caller (the blob under the copy's id) before
-- it commits. Returns its id.
CREATE FUNCTION copy_source_file(p_file source_files, p_run_id uuid) RETURNS uuid
LANGUAGE plpgsql AS $$
DECLARE
  v_id uuid;
BEGIN
  INSERT INTO source_files (job_id, run_id, name, archive_name, zip_path, content_type,
                            size_bytes, sha256, status, storage)
  VALUES (p_file.job_id, p_run_id, p_file.name, p_file.archive_name, p_file.zip_path,
          p_file.content_type, p_file.size_bytes, p_file.sha256, 'uploaded', p_file.storage)
  RETURNING id INTO v_id;
  IF p_file.storage = 'db' THEN
    INSERT INTO file_chunks (file_id, chunk_no, data)
    SELECT v_id, c.chunk_no, c.data FROM file_chunks c WHERE c.file_id = p_file.id;
  END IF;
  RETURN v_id;
END
$$;

-- Retry a file that failed or was cancelled in a finished batch: it joins the
-- sheet's editable run (made on demand) with its stored bytes, no new upload.
-- Returns the new file (id), the file it copies (from_id) and their store.
-- CR015 when the file did not fail, or the sheet holds its bytes again already
-- (it was retried, or uploaded again); CR003 while a batch is in progress.
CREATE FUNCTION retry_source_file(p_user_id uuid, p_job_id uuid, p_file_id uuid)
RETURNS TABLE (id uuid, from_id uuid, storage text)
LANGUAGE plpgsql AS $$
DECLARE
  v_file source_files;
  v_run job_runs;
  v_earlier source_files;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id);
  SELECT * INTO v_file FROM source_files f
   WHERE f.id = p_file_id AND f.job_id = p_job_id AND f.status <> 'uploading';
  IF NOT FOUND THEN
    RAISE EXCEPTION 'file % not found in sheet %', p_file_id, p_job_id USING ERRCODE = 'CR004';
  END IF;
  IF v_file.status NOT IN ('failed', 'cancelled') THEN
    RAISE EXCEPTION 'file "%" is %: only a failed or cancelled file can be retried',
      v_file.name, v_file.status
      USING ERRCODE = 'CR015', DETAIL = p_file_id::text;
  END IF;
  v_run := ensure_editable_run(p_job_id);
  PERFORM lock_pending_run(p_job_id, v_run.id);
  PERFORM lock_sheet_bytes(p_job_id, ARRAY[v_file.sha256]);
  v_earlier := find_duplicate_file(p_job_id, v_file.sha256);
  IF v_earlier.id IS NOT NULL THEN
    RAISE EXCEPTION 'file "%" was retried already: %', v_file.name, duplicate_reason(v_earlier)
      USING ERRCODE = 'CR015', DETAIL = v_earlier.id::text;
  END IF;
  RETURN QUERY SELECT copy_source_file(v_file, v_run.id), v_file.id, v_file.storage;
END
$$;

-- Retry every failed or cancelled file of a finished batch of the caller's
-- sheet that the sheet does not hold again already (as retry_source_file
-- does one, and answering as it does), in upload order. CR015 when there is
-- none to retry; CR003 while a batch is in progress.
CREATE FUNCTION retry_failed_files(p_user_id uuid, p_job_id uuid, p_run_id uuid)
RETURNS TABLE (id uuid, from_id uuid, storage text)
LANGUAGE plpgsql AS $$
DECLARE
  v_run job_runs;
  v_file source_files;
  v_count integer := 0;
BEGIN
  PERFORM find_sheet_run(p_user_id, p_job_id, p_run_id);
  v_run := ensure_editable_run(p_job_id);
  PERFORM lock_pending_run(p_job_id, v_run.id);
  PERFORM lock_sheet_bytes(p_job_id, ARRAY(
    SELECT f.sha256 FROM source_files f
     WHERE f.run_id = p_run_id AND f.status IN ('failed', 'cancelled')));
  FOR v_file IN
    SELECT * FROM source_files f
     WHERE f.run_id = p_run_id AND f.status IN ('failed', 'cancelled')
     ORDER BY f.created_at, f.id
  LOOP
    CONTINUE WHEN (find_duplicate_file(p_job_id, v_file.sha256)).id IS NOT NULL;
    id := copy_source_file(v_file, v_run.id);
    from_id := v_file.id;
    storage := v_file.storage;
    RETURN NEXT;
    v_count := v_count + 1;
  END LOOP;
  IF v_count = 0 THEN
    RAISE EXCEPTION 'batch % has no failed or cancelled file left to retry', p_run_id
      USING ERRCODE = 'CR015', DETAIL = p_run_id::text;
  END IF;
END
$$;
