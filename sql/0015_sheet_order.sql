-- Reading a sheet costs what the page costs, not what the sheet holds: each run knows its append chain (chain_id), each result row its place in sheet order (kept by triggers, whatever inserts it), one index serves pages, cursors and exports, and each run counts its own rows.

-- depends: 0010_row_confidence 0013_identity_links

-- ---------------------------------------------------------------------------
-- Runs: the chain each run belongs to
-- ---------------------------------------------------------------------------

-- A chain is the runs that append to each other (append_from_run_id with
-- append_results), named by its first run. Within a sheet a run has at most one
-- appending run (job_runs_job_id_append_from_run_id_key) and appends only to an
-- earlier run of the same sheet (tg_job_runs__chain), so a chain is a line in
-- run_number order: the runs a run shows are its chain's up to its own number.
ALTER TABLE job_runs
  ADD COLUMN chain_id uuid,
  -- The result rows whose run_id is this run (tg_result_rows__count).
  ADD COLUMN row_count bigint NOT NULL DEFAULT 0,
  -- Its files that were extracted (tg_source_files__count_processed).
  ADD COLUMN files_processed bigint NOT NULL DEFAULT 0;

UPDATE job_runs SET chain_id = id;
WITH RECURSIVE chain AS (
  SELECT r.id, r.job_id, r.run_number, r.id AS chain_id
    FROM job_runs r
   WHERE NOT (r.append_results AND r.append_from_run_id IS NOT NULL)
  UNION ALL
  SELECT r.id, r.job_id, r.run_number, c.chain_id
    FROM chain c
    JOIN job_runs r ON r.append_from_run_id = c.id AND r.append_results
     AND r.job_id = c.job_id AND r.run_number > c.run_number
)
UPDATE job_runs r SET chain_id = chain.chain_id FROM chain WHERE r.id = chain.id;

ALTER TABLE job_runs ALTER COLUMN chain_id SET NOT NULL;
UPDATE job_runs r SET files_processed = n.files
  FROM (SELECT run_id, count(*) AS files FROM source_files WHERE status = 'completed'
         GROUP BY run_id) n
 WHERE r.id = n.run_id;
ALTER TABLE job_runs ADD CONSTRAINT job_runs_row_count_check
  CHECK (row_count >= 0 AND files_processed >= 0);
CREATE INDEX job_runs_chain_id_run_number_idx ON job_runs (chain_id, run_number);

-- A run's chain: its own when it appends to nothing, else the run it appends to's.
-- CR151 when it would append to a run of another sheet or to a later run (a cycle).
CREATE FUNCTION tg_job_runs__chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_parent job_runs;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.job_id <> OLD.job_id THEN
    RAISE EXCEPTION 'run % belongs to sheet %: a run never moves to another sheet', OLD.id, OLD.job_id
      USING ERRCODE = 'CR151';
  END IF;
  NEW.chain_id := NEW.id;
  IF NEW.append_results AND NEW.append_from_run_id IS NOT NULL THEN
    SELECT * INTO v_parent FROM job_runs WHERE id = NEW.append_from_run_id;
    -- A missing run is the foreign key's to refuse.
    IF FOUND THEN
      IF v_parent.job_id <> NEW.job_id OR v_parent.run_number >= NEW.run_number THEN
        RAISE EXCEPTION 'run % cannot append to run %: a run appends to an earlier run of its own sheet',
          NEW.id, NEW.append_from_run_id
          USING ERRCODE = 'CR151';
      END IF;
      NEW.chain_id := v_parent.chain_id;
    END IF;
  END IF;
  RETURN NEW;
END
$$;
-- After _100_number, which gives the run its number.
CREATE TRIGGER _110_chain BEFORE INSERT OR UPDATE OF append_from_run_id, append_results, job_id
  ON job_runs FOR EACH ROW EXECUTE FUNCTION tg_job_runs__chain();

-- A run that leaves or joins a chain (its append_from_run_id set or cleared, as
-- when the run it appended to is deleted) takes its later runs and all their
-- rows along. Rare and O(rows); creating a run never comes here.
CREATE FUNCTION tg_job_runs__rechain() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE job_runs SET chain_id = NEW.chain_id
   WHERE chain_id = OLD.chain_id AND run_number > NEW.run_number;
  UPDATE result_rows SET chain_id = NEW.chain_id
   WHERE chain_id = OLD.chain_id AND run_number >= NEW.run_number;
  RETURN NULL;
END
$$;
CREATE TRIGGER _110_rechain AFTER UPDATE OF append_from_run_id, append_results ON job_runs
  FOR EACH ROW WHEN (NEW.chain_id IS DISTINCT FROM OLD.chain_id)
  EXECUTE FUNCTION tg_job_runs__rechain();

-- ---------------------------------------------------------------------------
-- Result rows: their place in sheet order
-- ---------------------------------------------------------------------------

-- Sheet order is run by run along the chain, then files in upload order
-- (created_at, id; rows without a file, typed by a person, after the files),
-- then the rows of a file by position, then by creation. These columns copy
-- that key onto the row, so one index holds the sheet in order.
ALTER TABLE result_rows
  ADD COLUMN chain_id uuid,
  ADD COLUMN run_number integer,
  -- The file's created_at; 'infinity' for a row without a file.
  ADD COLUMN file_created_at timestamptz,
  -- The file's id; the largest uuid for a row without a file.
  ADD COLUMN file_key uuid,
  -- The file's name, so that reading the sheet joins nothing.
  ADD COLUMN file_name text;

UPDATE result_rows rr
   SET chain_id = r.chain_id, run_number = r.run_number,
       file_created_at = coalesce(
         (SELECT f.created_at FROM source_files f WHERE f.id = rr.file_id), 'infinity'),
       file_key = coalesce(rr.file_id, 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
       file_name = (SELECT f.name FROM source_files f WHERE f.id = rr.file_id)
  FROM job_runs r
 WHERE r.id = rr.run_id;
UPDATE job_runs r SET row_count = n.rows
  FROM (SELECT run_id, count(*) AS rows FROM result_rows GROUP BY run_id) n
 WHERE r.id = n.run_id;

ALTER TABLE result_rows
  ALTER COLUMN chain_id SET NOT NULL,
  ALTER COLUMN run_number SET NOT NULL,
  ALTER COLUMN file_created_at SET NOT NULL,
  ALTER COLUMN file_key SET NOT NULL;
-- The sheet in order: a page is a range of it, a cursor a point in it.
CREATE INDEX result_rows_sheet_order_idx ON result_rows
  (chain_id, run_number, file_created_at, file_key, position, created_at, id);

-- A row's place in sheet order (and its file's name), from its run and its
-- file, on every insert (extraction, a person's row, any other path) and when
-- its run or file changes (its file deleted: the row moves after the run's files).
CREATE FUNCTION tg_result_rows__sheet_order() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT r.chain_id, r.run_number INTO NEW.chain_id, NEW.run_number
    FROM job_runs r WHERE r.id = NEW.run_id;
  SELECT f.created_at, f.name INTO NEW.file_created_at, NEW.file_name
    FROM source_files f WHERE f.id = NEW.file_id;
  NEW.file_created_at := coalesce(NEW.file_created_at, 'infinity');
  NEW.file_key := coalesce(NEW.file_id, 'ffffffff-ffff-ffff-ffff-ffffffffffff');
  RETURN NEW;
END
$$;
CREATE TRIGGER _100_sheet_order BEFORE INSERT OR UPDATE OF run_id, file_id ON result_rows
  FOR EACH ROW EXECUTE FUNCTION tg_result_rows__sheet_order();

-- A file renamed is renamed in its rows.
CREATE FUNCTION tg_source_files__rename_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE result_rows SET file_name = NEW.name WHERE file_id = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER _500_rename_rows AFTER UPDATE OF name ON source_files
  FOR EACH ROW WHEN (NEW.name IS DISTINCT FROM OLD.name)
  EXECUTE FUNCTION tg_source_files__rename_rows();

-- Keep job_runs.row_count: one update per run a statement touched, however
-- many rows it inserted or deleted (transition tables, not a trigger per row).
CREATE FUNCTION tg_result_rows__count() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE job_runs r SET row_count = r.row_count + d.n
      FROM (SELECT run_id, count(*) AS n FROM new_rows GROUP BY run_id) d
     WHERE r.id = d.run_id;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE job_runs r SET row_count = r.row_count - d.n
      FROM (SELECT run_id, count(*) AS n FROM old_rows GROUP BY run_id) d
     WHERE r.id = d.run_id;
  ELSE
    UPDATE job_runs r SET row_count = r.row_count + d.n
      FROM (SELECT m.run_id, sum(m.n) AS n
              FROM (SELECT run_id, 1 AS n FROM new_rows
                    UNION ALL SELECT run_id, -1 FROM old_rows) m
             GROUP BY m.run_id HAVING sum(m.n) <> 0) d
     WHERE r.id = d.run_id;
  END IF;
  RETURN NULL;
END
$$;
-- A trigger with transition tables fires on one event only: three of them.
CREATE TRIGGER _900_count_inserted AFTER INSERT ON result_rows
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tg_result_rows__count();
CREATE TRIGGER _900_count_deleted AFTER DELETE ON result_rows
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tg_result_rows__count();
CREATE TRIGGER _900_count_moved AFTER UPDATE ON result_rows
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tg_result_rows__count();

-- Keep job_runs.files_processed (the original client's count of extracted
-- files) the same way: one update per run a statement changed.
CREATE FUNCTION tg_source_files__count_processed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE job_runs r SET files_processed = r.files_processed + d.n
      FROM (SELECT run_id, count(*) AS n FROM new_files WHERE status = 'completed'
             GROUP BY run_id) d
     WHERE r.id = d.run_id;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE job_runs r SET files_processed = r.files_processed - d.n
      FROM (SELECT run_id, count(*) AS n FROM old_files WHERE status = 'completed'
             GROUP BY run_id) d
     WHERE r.id = d.run_id;
  ELSE
    UPDATE job_runs r SET files_processed = r.files_processed + d.n
      FROM (SELECT m.run_id, sum(m.n) AS n
              FROM (SELECT run_id, 1 AS n FROM new_files WHERE status = 'completed'
                    UNION ALL
                    SELECT run_id, -1 FROM old_files WHERE status = 'completed') m
             GROUP BY m.run_id HAVING sum(m.n) <> 0) d
     WHERE r.id = d.run_id;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER _900_count_inserted AFTER INSERT ON source_files
  REFERENCING NEW TABLE AS new_files
  FOR EACH STATEMENT EXECUTE FUNCTION tg_source_files__count_processed();
CREATE TRIGGER _900_count_deleted AFTER DELETE ON source_files
  REFERENCING OLD TABLE AS old_files
  FOR EACH STATEMENT EXECUTE FUNCTION tg_source_files__count_processed();
CREATE TRIGGER _900_count_changed AFTER UPDATE ON source_files
  REFERENCING OLD TABLE AS old_files NEW TABLE AS new_files
  FOR EACH STATEMENT EXECUTE FUNCTION tg_source_files__count_processed();

-- ---------------------------------------------------------------------------
-- Cursors: a point in sheet order, opaque to clients
-- ---------------------------------------------------------------------------

-- The sort key of a result row in sheet order.
CREATE TYPE sheet_position AS (
  run_number      integer,
  file_created_at timestamptz,
  file_key        uuid,
  position        integer,
  created_at      timestamptz,
  row_id          uuid
);

-- A timestamp in a cursor: microseconds since the epoch, exactly, or +-infinity.
-- STABLE like the casts it makes (PostgreSQL inlines it into a page's query only
-- when it claims no more than they do).
CREATE FUNCTION cursor_time(p_time timestamptz) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE WHEN isfinite(p_time)
            THEN (extract(epoch FROM p_time) * 1000000)::bigint::text
            ELSE p_time::text END;

CREATE FUNCTION cursor_time_value(p_text text) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE WHEN p_text IN ('infinity', '-infinity') THEN p_text::timestamptz
            ELSE timestamptz 'epoch' + p_text::bigint * interval '1 microsecond' END;

-- The cursor of a row: where the next page starts (base64url, no padding).
CREATE FUNCTION sheet_cursor(p_row result_rows) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN rtrim(translate(encode(convert_to(concat_ws(',',
  'v1', p_row.run_number, cursor_time(p_row.file_created_at), p_row.file_key,
  p_row.position, cursor_time(p_row.created_at), p_row.id), 'UTF8'), 'base64'), E'+/\n', '-_'), '=');

-- The position a cursor names (NULL: before the first row). CR150 for anything
-- that is not a cursor sheet_cursor made.
CREATE FUNCTION sheet_cursor_position(p_cursor text) RETURNS sheet_position
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_parts text[];
BEGIN
  IF p_cursor IS NULL THEN
    -- Run numbers start at 1: this is before every row.
    RETURN ROW(0, '-infinity', '00000000-0000-0000-0000-000000000000', -2147483648,
               '-infinity', '00000000-0000-0000-0000-000000000000')::sheet_position;
  END IF;
  BEGIN
    IF length(p_cursor) > 300 OR p_cursor !~ '^[A-Za-z0-9_-]+$' THEN
      RAISE invalid_parameter_value;
    END IF;
    v_parts := string_to_array(convert_from(decode(
      rpad(translate(p_cursor, '-_', '+/'), (length(p_cursor) + 3) / 4 * 4, '='), 'base64'),
      'UTF8'), ',');
    IF cardinality(v_parts) <> 7 OR v_parts[1] <> 'v1' THEN
      RAISE invalid_parameter_value;
    END IF;
    RETURN ROW(v_parts[2]::integer, cursor_time_value(v_parts[3]), v_parts[4]::uuid,
               v_parts[5]::integer, cursor_time_value(v_parts[6]), v_parts[7]::uuid)::sheet_position;
  EXCEPTION WHEN data_exception THEN
    RAISE EXCEPTION 'after=% is not a cursor of this API', left(p_cursor, 40)
      USING ERRCODE = 'CR150',
            HINT = 'Pass the next_cursor of a previous page, or leave it out for the first page.';
  END;
END
$$;

-- ---------------------------------------------------------------------------
-- Reads: one range of one index
-- ---------------------------------------------------------------------------

-- The runs whose rows a run shows: itself and, through append_from_run_id,
-- every run it appends to (its chain up to its own number), in order.
CREATE OR REPLACE FUNCTION run_chain(p_run_id uuid) RETURNS TABLE (run_id uuid, run_number integer)
LANGUAGE sql STABLE AS $$
  SELECT c.id, c.run_number
    FROM job_runs r JOIN job_runs c ON c.chain_id = r.chain_id AND c.run_number <= r.run_number
   WHERE r.id = p_run_id
   ORDER BY c.run_number
$$;

-- How many rows a run shows: the kept counts of its chain's runs, not a count of rows.
CREATE OR REPLACE FUNCTION count_sheet_rows(p_run_id uuid) RETURNS bigint
LANGUAGE sql STABLE
RETURN (
  SELECT coalesce(sum(c.row_count), 0)::bigint
    FROM job_runs r JOIN job_runs c ON c.chain_id = r.chain_id AND c.run_number <= r.run_number
   WHERE r.id = p_run_id
);

-- How many of the files a run shows (its chain's) were extracted: kept counts.
CREATE OR REPLACE FUNCTION count_sheet_files_processed(p_run_id uuid) RETURNS bigint
LANGUAGE sql STABLE
RETURN (
  SELECT coalesce(sum(c.files_processed), 0)::bigint
    FROM job_runs r JOIN job_runs c ON c.chain_id = r.chain_id AND c.run_number <= r.run_number
   WHERE r.id = p_run_id
);

-- The result rows a run shows, in sheet order, after the cursor p_after (NULL:
-- from the first): a range scan of result_rows_sheet_order_idx that stops where the
-- caller's LIMIT does. The chain and number come from scalar subqueries so the
-- planner sees the index's order as the answer's (a join would make it sort).
-- A plain SQL function, so PostgreSQL inlines it into the caller's query and
-- the rows stream rather than being gathered first.
CREATE FUNCTION sheet_result_rows(p_run_id uuid, p_after text DEFAULT NULL)
RETURNS SETOF result_rows
LANGUAGE sql STABLE AS $$
  SELECT rr.*
    FROM result_rows rr
   WHERE rr.chain_id = (SELECT r.chain_id FROM job_runs r WHERE r.id = p_run_id)
     AND rr.run_number <= (SELECT r.run_number FROM job_runs r WHERE r.id = p_run_id)
     AND (rr.run_number, rr.file_created_at, rr.file_key, rr.position, rr.created_at, rr.id)
       > ((sheet_cursor_position(p_after)).run_number,
          (sheet_cursor_position(p_after)).file_created_at,
          (sheet_cursor_position(p_after)).file_key,
          (sheet_cursor_position(p_after)).position,
          (sheet_cursor_position(p_after)).created_at,
          (sheet_cursor_position(p_after)).row_id)
   ORDER BY rr.run_number, rr.file_created_at, rr.file_key, rr.position, rr.created_at, rr.id
$$;

-- The rows a run shows, in sheet order, as the API shows them: after the
-- cursor p_after (NULL: from the first row), then p_offset rows skipped, then
-- p_limit rows (NULL: all). Each row's cursor is where the page after it
-- starts. Only the page's rows are read and formatted, in the index's order;
-- a query that leaves out the cursor does not compute it (PostgreSQL drops
-- the unused columns of an inlined function).
CREATE FUNCTION sheet_page(
  p_run_id uuid, p_after text DEFAULT NULL, p_limit bigint DEFAULT NULL, p_offset bigint DEFAULT 0
)
RETURNS TABLE (
  row_id uuid, run_id uuid, file_id uuid, file_name text, source text, "values" jsonb,
  confidence jsonb, "cursor" text
)
LANGUAGE sql STABLE AS $$
  SELECT rr.id, rr.run_id, rr.file_id, rr.file_name, rr.source,
         format_row_values(rr."values", (SELECT sheet_columns(p_run_id))), rr.confidence,
         sheet_cursor(rr)
    -- Cut first, format after: the rows an offset skips are never formatted.
    FROM (SELECT * FROM sheet_result_rows(p_run_id, p_after) LIMIT p_limit OFFSET p_offset) rr
$$;

-- The rows a run shows, in sheet order (sheet_page without cursors).
CREATE OR REPLACE FUNCTION sheet_rows(
  p_run_id uuid, p_limit bigint DEFAULT NULL, p_offset bigint DEFAULT 0
)
RETURNS TABLE (
  row_id uuid, run_id uuid, file_id uuid, file_name text, source text, "values" jsonb,
  confidence jsonb
)
LANGUAGE sql STABLE AS $$
  SELECT p.row_id, p.run_id, p.file_id, p.file_name, p.source, p."values", p.confidence
    FROM sheet_page(p_run_id, NULL, p_limit, p_offset) p
$$;

-- The summary (sql/0012_compliance) reads the sheet's rows from the same index,
-- one range scan instead of a probe per run of the chain; otherwise unchanged.
CREATE OR REPLACE FUNCTION sheet_summary(p_user_id uuid, p_job_id uuid) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  WITH sheet AS MATERIALIZED (SELECT * FROM summary_sheet(p_user_id, p_job_id)),
  -- Materialized: the rules below then take plain values and are inlined.
  cells AS MATERIALIZED (
    SELECT format_cell(rr."values" -> sheet.hours, 'number') AS hours,
           format_cell(rr."values" -> sheet.completion_date, 'date') AS completion_date,
           nullif(btrim(rr."values" ->> sheet.field_of_study), '') AS field_of_study
      FROM sheet, sheet_result_rows(sheet.run_id) rr
     WHERE sheet.run_id IS NOT NULL
  ), counted AS MATERIALIZED (
    SELECT cell_hours(c.hours) AS hours, c.field_of_study, is_ethics(c.field_of_study) AS ethics,
           in_period(cell_date(c.completion_date), (sheet.requirement).period_start,
                     (sheet.requirement).period_end) AS in_period
      FROM cells c, sheet
  ), totals AS (
    SELECT count(*) AS certificates,
           coalesce(sum(hours), 0) AS total_hours,
           coalesce(sum(hours) FILTER (WHERE ethics), 0) AS ethics_hours,
           coalesce(sum(hours) FILTER (WHERE in_period), 0) AS period_hours,
           coalesce(sum(hours) FILTER (WHERE in_period AND ethics), 0) AS period_ethics_hours,
           count(*) FILTER (WHERE hours IS NULL) AS uncounted_rows
      FROM counted
  ), by_field AS (
    SELECT coalesce(jsonb_object_agg(field, hours ORDER BY field), '{}') AS json
      FROM (SELECT coalesce(field_of_study, '') AS field, sum(hours) AS hours
              FROM counted WHERE hours IS NOT NULL GROUP BY 1) f
  )
  SELECT jsonb_build_object(
    'certificates', t.certificates,
    'total_hours', t.total_hours,
    'ethics_hours', t.ethics_hours,
    'hours_by_field', b.json,
    'requirement', requirement_json(q),
    'period_hours', CASE WHEN q.job_id IS NOT NULL THEN t.period_hours END,
    'period_ethics_hours', CASE WHEN q.job_id IS NOT NULL THEN t.period_ethics_hours END,
    -- greatest() skips NULLs: without a requirement it would say 0 remain.
    'remaining_hours', CASE WHEN q.job_id IS NOT NULL
                            THEN greatest(q.total_hours - t.period_hours, 0) END,
    'remaining_ethics_hours', CASE WHEN q.job_id IS NOT NULL
                                   THEN greatest(q.ethics_hours - t.period_ethics_hours, 0) END,
    'days_left', q.period_end - current_date,
    'uncounted_rows', t.uncounted_rows
  )
    FROM totals t, by_field b, sheet, LATERAL (SELECT (sheet.requirement).*) q
$$;

-- ---------------------------------------------------------------------------
-- CSV: PostgreSQL's COPY writes it, from the same index
-- ---------------------------------------------------------------------------

-- A cell (as format_cell shows it) as CSV text: text a spreadsheet would run
-- as a formula (starting with = + - @, a tab or CR) gets a leading apostrophe
-- (CSV injection); numbers and dates are not text and are left alone; null and
-- '' are empty.
CREATE FUNCTION csv_cell(p_value jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN jsonb_typeof(p_value) <> 'string' THEN p_value #>> '{}'
  WHEN left(p_value #>> '{}', 1) IN ('=', '+', '-', '@', E'\t', E'\r') THEN '''' || (p_value #>> '{}')
  ELSE nullif(p_value #>> '{}', '')
END;

-- The two queries that write a run's sheet as CSV with COPY ... TO STDOUT
-- (FORMAT csv): the header (the sheet's columns, then p_file_column), then
-- every row in sheet order from result_rows_sheet_order_idx, its cells as the
-- API shows them, then its file's name. Written out per sheet, a plain
-- expression per cell: no per-row loop over the columns as format_row_values
-- does, which costs more than the read itself. The cells are formatted under
-- an OFFSET 0 fence so that csv_cell takes a column, not an expression, and
-- PostgreSQL inlines it (it does not inline a function whose argument is
-- expensive and used more than once).
CREATE FUNCTION sheet_csv_queries(p_run_id uuid, p_file_column text)
RETURNS TABLE (header text, body text)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_names text[];
  v_types text[];
BEGIN
  SELECT coalesce(array_agg(f.field_name ORDER BY f.display_order, f.field_name), '{}'),
         coalesce(array_agg(f.data_type ORDER BY f.display_order, f.field_name), '{}')
    INTO v_names, v_types
    FROM run_template_fields(p_run_id) f;
  header := 'SELECT ' || (
    SELECT string_agg(format('%L::text', csv_cell(to_jsonb(c.n))), ', ' ORDER BY c.i)
      FROM unnest(v_names || p_file_column) WITH ORDINALITY AS c(n, i));
  body := format(
    'SELECT %scsv_cell(to_jsonb(c.file_name)) FROM (SELECT %srr.file_name, rr.run_number,'
    ' rr.file_created_at, rr.file_key, rr.position, rr.created_at, rr.id'
    ' FROM sheet_result_rows(%L) rr OFFSET 0) c'
    ' ORDER BY c.run_number, c.file_created_at, c.file_key, c.position, c.created_at, c.id',
    (SELECT string_agg(format('csv_cell(c.c%s), ', i), '' ORDER BY i)
       FROM generate_subscripts(v_names, 1) AS i),
    (SELECT string_agg(format('format_cell(rr."values" -> %L, %L) AS c%s, ',
                              v_names[i], v_types[i], i), '' ORDER BY i)
       FROM generate_subscripts(v_names, 1) AS i),
    p_run_id);
  RETURN NEXT;
END
$$;
