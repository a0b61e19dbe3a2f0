-- The run lifecycle: sheets (extraction_jobs), their runs, uploaded files,
-- extraction tasks and result rows, with the rules that keep them consistent.
-- The database owns the rules: a status guard refuses impossible transitions,
-- finishing a CPE run inserts the sheet's next editable run in the same
-- transaction, and increment_task_completion keeps the counters exact.

-- depends: 0001_foundation

CREATE TYPE run_status AS ENUM (
  'pending', 'in_progress', 'completed', 'partially_completed', 'failed', 'cancelled'
);

-- Statuses after which a run never changes again.
CREATE FUNCTION run_status_is_terminal(p_status run_status) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN p_status IN ('completed', 'partially_completed', 'failed', 'cancelled');

CREATE TABLE users (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email      text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_email_check CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%')
);
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE templates (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name          text NOT NULL,
  template_type text NOT NULL DEFAULT 'extraction',
  is_public     boolean NOT NULL DEFAULT false,
  user_id       uuid REFERENCES users ON DELETE CASCADE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT templates_template_type_check CHECK (template_type IN ('extraction', 'cpe')),
  CONSTRAINT templates_name_check CHECK (btrim(name) <> '')
);
CREATE INDEX templates_user_id_idx ON templates (user_id);
CREATE UNIQUE INDEX templates_public_cpe_name_key ON templates (name)
  WHERE is_public AND template_type = 'cpe';

CREATE TABLE template_fields (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  template_id   uuid NOT NULL REFERENCES templates ON DELETE CASCADE,
  field_name    text NOT NULL,
  data_type     text NOT NULL DEFAULT 'text',
  prompt        text,
  display_order integer NOT NULL DEFAULT 0,
  CONSTRAINT template_fields_data_type_check CHECK (data_type IN ('text', 'date', 'number')),
  CONSTRAINT template_fields_field_name_check CHECK (btrim(field_name) <> ''),
  CONSTRAINT template_fields_template_id_field_name_key UNIQUE (template_id, field_name)
);

CREATE TABLE extraction_jobs (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id         uuid REFERENCES users ON DELETE CASCADE,
  name            text NOT NULL,
  job_type        text NOT NULL DEFAULT 'extraction',
  created_at      timestamptz NOT NULL DEFAULT now(),
  last_active_at  timestamptz NOT NULL DEFAULT now(),
  -- Numbers the job's runs 1, 2, 3, ... (see tg_job_runs__number).
  last_run_number integer NOT NULL DEFAULT 0,
  CONSTRAINT extraction_jobs_job_type_check CHECK (job_type IN ('extraction', 'cpe'))
);
CREATE INDEX extraction_jobs_user_id_created_at_idx ON extraction_jobs (user_id, created_at DESC, id);

CREATE TABLE job_runs (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job_id             uuid NOT NULL REFERENCES extraction_jobs ON DELETE CASCADE,
  template_id        uuid REFERENCES templates ON DELETE SET NULL,
  status             run_status NOT NULL DEFAULT 'pending',
  clone_from_run_id  uuid REFERENCES job_runs ON DELETE SET NULL,
  append_from_run_id uuid REFERENCES job_runs ON DELETE SET NULL,
  append_results     boolean NOT NULL DEFAULT false,
  tasks_total        integer NOT NULL DEFAULT 0,
  tasks_completed    integer NOT NULL DEFAULT 0,
  tasks_failed       integer NOT NULL DEFAULT 0,
  -- Position of the run in its job: the latest run has the highest number.
  run_number         integer NOT NULL DEFAULT 0,
  created_at         timestamptz NOT NULL DEFAULT clock_timestamp(),
  started_at         timestamptz,
  completed_at       timestamptz,
  -- When the last run_progress event was written (progress events are throttled).
  progress_event_at  timestamptz,
  CONSTRAINT job_runs_counters_check CHECK (
    tasks_completed >= 0 AND tasks_failed >= 0
    AND tasks_completed + tasks_failed <= tasks_total
  ),
  CONSTRAINT job_runs_append_from_run_id_check CHECK (append_from_run_id <> id)
);
-- The heart of the seed: at most one append run per finished run, under any concurrency.
CREATE UNIQUE INDEX job_runs_job_id_append_from_run_id_key ON job_runs (job_id, append_from_run_id)
  WHERE append_from_run_id IS NOT NULL;
-- The latest run of a job.
CREATE UNIQUE INDEX job_runs_job_id_run_number_key ON job_runs (job_id, run_number DESC);
CREATE INDEX job_runs_append_from_run_id_idx ON job_runs (append_from_run_id);
CREATE INDEX job_runs_clone_from_run_id_idx ON job_runs (clone_from_run_id);
CREATE INDEX job_runs_template_id_idx ON job_runs (template_id);

CREATE TABLE source_files (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job_id       uuid NOT NULL REFERENCES extraction_jobs ON DELETE CASCADE,
  run_id       uuid NOT NULL REFERENCES job_runs ON DELETE CASCADE,
  name         text NOT NULL,
  -- For a file unpacked from a ZIP: the archive's name and the member's path in it.
  archive_name text,
  zip_path     text,
  content_type text NOT NULL DEFAULT 'application/octet-stream',
  size_bytes   bigint NOT NULL DEFAULT 0,
  sha256       text,
  -- 'uploading': bytes still arriving (sql/0005 stage_upload_file); such a row is
  -- nobody's news and no one's file until its upload finishes, or is deleted.
  status       text NOT NULL DEFAULT 'uploaded',
  error        text,
  -- Where the bytes are: 'db' means the rows of file_chunks.
  storage      text NOT NULL DEFAULT 'db',
  created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT source_files_status_check CHECK (
    status IN ('uploading', 'uploaded', 'queued', 'processing', 'completed', 'failed', 'cancelled')
  ),
  CONSTRAINT source_files_size_bytes_check CHECK (size_bytes >= 0),
  CONSTRAINT source_files_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  CONSTRAINT source_files_storage_check CHECK (storage = 'db')
);
CREATE INDEX source_files_run_id_created_at_idx ON source_files (run_id, created_at, id);
CREATE INDEX source_files_job_id_idx ON source_files (job_id);
-- Uploads abandoned mid-way (a crashed server), for sweep_abandoned_uploads.
CREATE INDEX source_files_uploading_created_at_idx ON source_files (created_at)
  WHERE status = 'uploading';

-- The bytes of uploaded files, in chunks, so that they stream in and out and
-- vanish with their file (and sheet) in the same transaction.
CREATE TABLE file_chunks (
  file_id  uuid NOT NULL REFERENCES source_files ON DELETE CASCADE,
  chunk_no integer NOT NULL,
  data     bytea NOT NULL,
  PRIMARY KEY (file_id, chunk_no),
  CONSTRAINT file_chunks_chunk_no_check CHECK (chunk_no >= 0)
);
-- Certificates are PDFs: compressing them again only costs CPU.
ALTER TABLE file_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

CREATE TABLE extraction_tasks (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  run_id           uuid NOT NULL REFERENCES job_runs ON DELETE CASCADE,
  file_id          uuid NOT NULL REFERENCES source_files ON DELETE CASCADE,
  status           text NOT NULL DEFAULT 'queued',
  -- The attempt number of the latest claim; a report must name it to count.
  attempts         integer NOT NULL DEFAULT 0,
  max_attempts     integer NOT NULL DEFAULT 3,
  run_after        timestamptz NOT NULL DEFAULT now(),
  lease_expires_at timestamptz,
  worker_id        text,
  last_error       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  started_at       timestamptz,
  finished_at      timestamptz,
  CONSTRAINT extraction_tasks_status_check CHECK (
    status IN ('queued', 'running', 'completed', 'failed', 'cancelled')
  ),
  CONSTRAINT extraction_tasks_attempts_check CHECK (attempts >= 0 AND max_attempts >= 1),
  CONSTRAINT extraction_tasks_lease_check CHECK ((status = 'running') = (lease_expires_at IS NOT NULL)),
  CONSTRAINT extraction_tasks_file_id_key UNIQUE (file_id)
);
CREATE INDEX extraction_tasks_run_id_status_idx ON extraction_tasks (run_id, status);
-- Ready work, and leases to take back.
CREATE INDEX extraction_tasks_queued_idx ON extraction_tasks (run_after) WHERE status = 'queued';
CREATE INDEX extraction_tasks_running_idx ON extraction_tasks (lease_expires_at) WHERE status = 'running';

-- One row per extracted certificate. Rows belong to the job and are tagged with
-- the run and task that made them; a run shows the rows of its append chain,
-- so a new run copies nothing.
CREATE TABLE result_rows (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job_id     uuid NOT NULL REFERENCES extraction_jobs ON DELETE CASCADE,
  run_id     uuid NOT NULL REFERENCES job_runs ON DELETE CASCADE,
  task_id    uuid REFERENCES extraction_tasks ON DELETE SET NULL,
  file_id    uuid REFERENCES source_files ON DELETE SET NULL,
  -- Order of the row among the rows of its file (a PDF may hold several certificates).
  position   integer NOT NULL DEFAULT 0,
  "values"   jsonb NOT NULL DEFAULT '{}',
  source     text NOT NULL DEFAULT 'ai',
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT result_rows_source_check CHECK (source IN ('ai', 'manual')),
  CONSTRAINT result_rows_values_check CHECK (jsonb_typeof("values") = 'object')
);
CREATE INDEX result_rows_run_id_idx ON result_rows (run_id, file_id, position);
CREATE INDEX result_rows_job_id_idx ON result_rows (job_id);
CREATE INDEX result_rows_task_id_idx ON result_rows (task_id);
CREATE INDEX result_rows_file_id_idx ON result_rows (file_id);

-- The durable event log behind the stream. seq is the transaction id times
-- 2^20 plus the event's number within its transaction, so ordering by seq is
-- ordering by transaction start; readers only hand out events of transactions
-- older than every transaction still running (see read_run_events), so a
-- transaction that commits late can never slip in behind a reader.
CREATE TABLE run_events (
  seq        bigint PRIMARY KEY,
  job_id     uuid NOT NULL,
  run_id     uuid,
  user_id    uuid,
  type       text NOT NULL,
  payload    jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT run_events_type_check CHECK (
    type IN ('run_created', 'run_status', 'run_progress', 'file_status', 'sheet_deleted')
  )
);
CREATE INDEX run_events_job_id_seq_idx ON run_events (job_id, seq);
CREATE INDEX run_events_user_id_seq_idx ON run_events (user_id, seq);
CREATE INDEX run_events_created_at_idx ON run_events (created_at);

-- ---------------------------------------------------------------------------
-- Events
-- ---------------------------------------------------------------------------

-- Events per transaction are numbered below 2^20.
CREATE FUNCTION next_event_seq() RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_n integer := coalesce(nullif(current_setting('cpe_runs.event_n', true), ''), '0')::integer;
BEGIN
  IF v_n >= 1048576 THEN
    RAISE EXCEPTION 'more than 1048576 events in one transaction' USING ERRCODE = 'CR009';
  END IF;
  PERFORM set_config('cpe_runs.event_n', (v_n + 1)::text, true);
  RETURN (pg_current_xact_id()::text::bigint << 20) + v_n;
END
$$;

-- The seq below which every event is final: nothing older is still running.
CREATE FUNCTION run_events_horizon() RETURNS bigint
LANGUAGE sql STABLE
RETURN pg_snapshot_xmin(pg_current_snapshot())::text::bigint << 20;

-- Write one event and wake the listeners (the notification carries ids only).
CREATE FUNCTION emit_run_event(
  p_type text, p_job_id uuid, p_run_id uuid, p_user_id uuid, p_payload jsonb
) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_seq bigint := next_event_seq();
BEGIN
  INSERT INTO run_events (seq, job_id, run_id, user_id, type, payload)
  VALUES (v_seq, p_job_id, p_run_id, p_user_id, p_type, p_payload);
  PERFORM pg_notify('cpe_runs_events', json_build_object(
    'seq', v_seq, 'type', p_type, 'job_id', p_job_id, 'run_id', p_run_id, 'user_id', p_user_id
  )::text);
  RETURN v_seq;
END
$$;

-- Events after p_after that are final, in order: the replay and the live feed.
CREATE FUNCTION read_run_events(p_after bigint, p_limit integer DEFAULT 1000)
RETURNS SETOF run_events
LANGUAGE sql STABLE AS $$
  SELECT * FROM run_events
  WHERE seq > p_after AND seq < run_events_horizon()
  ORDER BY seq
  LIMIT p_limit
$$;

-- Delete events older than p_keep; returns how many went.
CREATE FUNCTION prune_run_events(p_keep interval DEFAULT interval '7 days') RETURNS bigint
LANGUAGE sql VOLATILE AS $$
  WITH gone AS (DELETE FROM run_events WHERE created_at < now() - p_keep RETURNING 1)
  SELECT count(*) FROM gone
$$;

CREATE FUNCTION run_event_payload(p_run job_runs) RETURNS jsonb
LANGUAGE sql STABLE
RETURN jsonb_build_object(
  'run_id', p_run.id, 'job_id', p_run.job_id, 'run_number', p_run.run_number,
  'status', p_run.status, 'template_id', p_run.template_id,
  'append_from_run_id', p_run.append_from_run_id,
  'tasks_total', p_run.tasks_total, 'tasks_completed', p_run.tasks_completed,
  'tasks_failed', p_run.tasks_failed
);

CREATE FUNCTION job_user_id(p_job_id uuid) RETURNS uuid
LANGUAGE sql STABLE
RETURN (SELECT user_id FROM extraction_jobs WHERE id = p_job_id);

-- ---------------------------------------------------------------------------
-- job_runs triggers (they fire in name order)
-- ---------------------------------------------------------------------------

-- Number the run after the job's latest; also serialises run creation per job.
CREATE FUNCTION tg_job_runs__number() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE extraction_jobs
     SET last_run_number = last_run_number + 1, last_active_at = now()
   WHERE id = NEW.job_id
  RETURNING last_run_number INTO NEW.run_number;
  RETURN NEW;
END
$$;
CREATE TRIGGER _100_number BEFORE INSERT ON job_runs
  FOR EACH ROW EXECUTE FUNCTION tg_job_runs__number();

-- Refuse impossible status changes and stamp the lifecycle times.
CREATE FUNCTION tg_job_runs__status_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = OLD.status THEN
    RETURN NEW;
  END IF;
  IF run_status_is_terminal(OLD.status) THEN
    RAISE EXCEPTION 'run % is %, which is final: refused % -> %',
      OLD.id, OLD.status, OLD.status, NEW.status
      USING ERRCODE = 'CR001', HINT = 'A finished run never changes status.';
  END IF;
  IF OLD.status = 'in_progress' AND NEW.status = 'pending' THEN
    RAISE EXCEPTION 'run % is in_progress: refused in_progress -> pending', OLD.id
      USING ERRCODE = 'CR001', HINT = 'A started run never becomes editable again.';
  END IF;
  IF NEW.status = 'in_progress' THEN
    NEW.started_at := coalesce(NEW.started_at, now());
  ELSIF run_status_is_terminal(NEW.status) THEN
    NEW.completed_at := coalesce(NEW.completed_at, now());
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER _200_status_guard BEFORE UPDATE OF status ON job_runs
  FOR EACH ROW EXECUTE FUNCTION tg_job_runs__status_guard();

-- Progress events are throttled: at most one per run per 200 ms.
CREATE FUNCTION tg_job_runs__progress_throttle() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.tasks_completed, NEW.tasks_failed, NEW.tasks_total)
       IS DISTINCT FROM (OLD.tasks_completed, OLD.tasks_failed, OLD.tasks_total)
     AND NEW.status = OLD.status
     AND (OLD.progress_event_at IS NULL
          OR clock_timestamp() - OLD.progress_event_at >= interval '200 milliseconds') THEN
    NEW.progress_event_at := clock_timestamp();
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER _300_progress_throttle BEFORE UPDATE ON job_runs
  FOR EACH ROW EXECUTE FUNCTION tg_job_runs__progress_throttle();

-- The next editable run of a sheet after p_run, unless the job already has a
-- newer run. At most one per finished run (the unique partial index); losing
-- that race is not an error: the existing run is returned.
CREATE FUNCTION create_append_run(p_run job_runs) RETURNS uuid
LANGUAGE plpgsql AS $$
DECLARE
  v_id uuid;
BEGIN
  IF EXISTS (SELECT 1 FROM job_runs WHERE job_id = p_run.job_id AND run_number > p_run.run_number) THEN
    SELECT id INTO v_id FROM job_runs WHERE job_id = p_run.job_id AND append_from_run_id = p_run.id;
    RETURN v_id;
  END IF;
  INSERT INTO job_runs (job_id, template_id, status, clone_from_run_id, append_from_run_id, append_results)
  VALUES (p_run.job_id, p_run.template_id, 'pending', p_run.id, p_run.id, true)
  ON CONFLICT (job_id, append_from_run_id) WHERE append_from_run_id IS NOT NULL DO NOTHING
  RETURNING id INTO v_id;
  IF v_id IS NULL THEN
    SELECT id INTO v_id FROM job_runs WHERE job_id = p_run.job_id AND append_from_run_id = p_run.id;
  END IF;
  RETURN v_id;
END
$$;

-- A CPE sheet is ready for the next upload the moment a run finishes well.
CREATE FUNCTION tg_job_runs__append_next() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT job_type FROM extraction_jobs WHERE id = NEW.job_id) = 'cpe' THEN
    PERFORM create_append_run(NEW);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER _500_append_next AFTER UPDATE OF status ON job_runs
  FOR EACH ROW
  WHEN (NEW.status IN ('completed', 'partially_completed') AND OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION tg_job_runs__append_next();

CREATE FUNCTION tg_job_runs__events() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_type text;
  v_payload jsonb := run_event_payload(NEW);
BEGIN
  IF TG_OP = 'INSERT' THEN
    v_type := 'run_created';
  ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
    v_type := 'run_status';
    v_payload := v_payload || jsonb_build_object('old_status', OLD.status);
  ELSIF NEW.progress_event_at IS DISTINCT FROM OLD.progress_event_at THEN
    v_type := 'run_progress';
  ELSE
    RETURN NULL;
  END IF;
  PERFORM emit_run_event(v_type, NEW.job_id, NEW.id, job_user_id(NEW.job_id), v_payload);
  RETURN NULL;
END
$$;
-- Named to fire before the append trigger, so run_status precedes run_created.
CREATE TRIGGER _400_events AFTER INSERT OR UPDATE ON job_runs
  FOR EACH ROW EXECUTE FUNCTION tg_job_runs__events();

-- ---------------------------------------------------------------------------
-- source_files and extraction_jobs events
-- ---------------------------------------------------------------------------

CREATE FUNCTION tg_source_files__events() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_file source_files := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  v_status text := CASE WHEN TG_OP = 'DELETE' THEN 'deleted' ELSE NEW.status END;
  v_user uuid;
BEGIN
  -- A file still uploading is no news: its event comes when the upload finishes
  -- (uploading -> uploaded), and one discarded or swept never had any.
  IF v_file.status = 'uploading' THEN
    RETURN NULL;
  END IF;
  v_user := job_user_id(v_file.job_id);
  -- A file deleted with its sheet needs no event of its own: sheet_deleted says it.
  IF TG_OP = 'DELETE' AND v_user IS NULL
     AND NOT EXISTS (SELECT 1 FROM extraction_jobs WHERE id = v_file.job_id) THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.status IS NOT DISTINCT FROM OLD.status THEN
    RETURN NULL;
  END IF;
  PERFORM emit_run_event('file_status', v_file.job_id, v_file.run_id, v_user, jsonb_build_object(
    'file_id', v_file.id, 'run_id', v_file.run_id, 'job_id', v_file.job_id,
    'name', v_file.name, 'status', v_status, 'error', v_file.error
  ));
  RETURN NULL;
END
$$;
CREATE TRIGGER _400_events AFTER INSERT OR UPDATE OF status OR DELETE ON source_files
  FOR EACH ROW EXECUTE FUNCTION tg_source_files__events();

CREATE FUNCTION tg_extraction_jobs__deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM emit_run_event('sheet_deleted', OLD.id, NULL, OLD.user_id,
    jsonb_build_object('job_id', OLD.id, 'name', OLD.name));
  RETURN NULL;
END
$$;
CREATE TRIGGER _400_events AFTER DELETE ON extraction_jobs
  FOR EACH ROW EXECUTE FUNCTION tg_extraction_jobs__deleted();

-- ---------------------------------------------------------------------------
-- The lifecycle functions the API and the workers call
-- ---------------------------------------------------------------------------

-- The runs whose rows a run shows: itself and, through append_from_run_id,
-- every run it appends to.
CREATE FUNCTION run_chain(p_run_id uuid) RETURNS TABLE (run_id uuid, run_number integer)
LANGUAGE sql STABLE AS $$
  WITH RECURSIVE chain AS (
    SELECT r.id, r.run_number, r.append_from_run_id, r.append_results
      FROM job_runs r WHERE r.id = p_run_id
    UNION ALL
    SELECT p.id, p.run_number, p.append_from_run_id, p.append_results
      FROM chain c JOIN job_runs p ON p.id = c.append_from_run_id
     WHERE c.append_results
  )
  SELECT id, run_number FROM chain
$$;

-- The latest run of a job.
CREATE FUNCTION latest_run(p_job_id uuid) RETURNS job_runs
LANGUAGE sql STABLE AS $$
  SELECT * FROM job_runs WHERE job_id = p_job_id ORDER BY run_number DESC LIMIT 1
$$;

-- The sheet's editable (pending) run, created on demand: the first run of an
-- empty job, or the next append run after a finished, failed or cancelled one.
-- Refuses (CR003) while the latest run is in progress. Idempotent: concurrent
-- callers get the same run.
CREATE FUNCTION ensure_editable_run(p_job_id uuid) RETURNS job_runs
LANGUAGE plpgsql AS $$
DECLARE
  v_latest job_runs;
  v_id uuid;
BEGIN
  PERFORM 1 FROM extraction_jobs WHERE id = p_job_id FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'job % does not exist', p_job_id USING ERRCODE = 'CR004';
  END IF;
  v_latest := latest_run(p_job_id);
  IF v_latest.id IS NULL THEN
    INSERT INTO job_runs (job_id) VALUES (p_job_id) RETURNING id INTO v_id;
  ELSIF v_latest.status = 'pending' THEN
    RETURN v_latest;
  ELSIF v_latest.status = 'in_progress' THEN
    RAISE EXCEPTION 'run % of job % is in progress', v_latest.id, p_job_id
      USING ERRCODE = 'CR003', DETAIL = v_latest.id::text;
  ELSE
    v_id := create_append_run(v_latest);
  END IF;
  RETURN (SELECT r FROM job_runs r WHERE r.id = v_id);
END
$$;

-- Start the sheet's editable run: one queued task per new file, the run
-- in_progress, in one transaction. Refuses while a run is in progress (CR003)
-- and when the run holds no new file (CR005).
CREATE FUNCTION start_run(p_job_id uuid, p_max_attempts integer DEFAULT 3) RETURNS job_runs
LANGUAGE plpgsql AS $$
DECLARE
  v_run job_runs := ensure_editable_run(p_job_id);
  v_count integer;
BEGIN
  PERFORM 1 FROM job_runs WHERE id = v_run.id FOR NO KEY UPDATE;
  WITH new_files AS (
    UPDATE source_files SET status = 'queued'
     WHERE run_id = v_run.id AND status = 'uploaded'
    RETURNING id
  ), tasks AS (
    INSERT INTO extraction_tasks (run_id, file_id, max_attempts)
    SELECT v_run.id, id, p_max_attempts FROM new_files
    RETURNING 1
  )
  SELECT count(*) INTO v_count FROM tasks;
  IF v_count = 0 THEN
    RAISE EXCEPTION 'No files uploaded to run % of job %: upload certificates before starting',
      v_run.id, p_job_id
      USING ERRCODE = 'CR005', DETAIL = v_run.id::text;
  END IF;
  UPDATE job_runs SET status = 'in_progress', tasks_total = tasks_total + v_count
   WHERE id = v_run.id
  RETURNING * INTO v_run;
  PERFORM pg_notify('cpe_runs_tasks', v_run.id::text);
  RETURN v_run;
END
$$;

-- Cancel a pending or in-progress run: its unfinished tasks stop counting.
CREATE FUNCTION cancel_run(p_run_id uuid) RETURNS job_runs
LANGUAGE plpgsql AS $$
DECLARE
  v_run job_runs;
BEGIN
  SELECT * INTO v_run FROM job_runs WHERE id = p_run_id FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'run % does not exist', p_run_id USING ERRCODE = 'CR004';
  END IF;
  UPDATE extraction_tasks SET status = 'cancelled', lease_expires_at = NULL, finished_at = now()
   WHERE run_id = p_run_id AND status IN ('queued', 'running');
  UPDATE source_files SET status = 'cancelled'
   WHERE run_id = p_run_id AND status IN ('queued', 'processing');
  UPDATE job_runs SET status = 'cancelled' WHERE id = p_run_id RETURNING * INTO v_run;
  RETURN v_run;
END
$$;

-- Record task outcomes, one report per task attempt: its rows (a JSON array
-- of objects) or its error. p_reports is a JSON array of
-- {"task_id", "attempt", "rows"?, "error"?}. A run whose last task is
-- reported ends in the same transaction (and the append trigger fires).
-- Idempotent: a duplicate, a stale attempt or a report for a run that is no
-- longer in progress changes nothing; each report's outcome says which:
--   'completed' | 'failed' | 'duplicate' | 'stale_attempt'
--   | 'run_not_in_progress' | 'unknown_task'
-- Set-based, so a worker's batch costs a handful of statements, not a
-- handful per task; increment_task_completion is the one-report form.
CREATE FUNCTION increment_task_completions(p_reports jsonb)
RETURNS TABLE (task_id uuid, outcome text, run_id uuid, run_status run_status)
LANGUAGE plpgsql AS $$
DECLARE
  v_task_ids uuid[] := ARRAY(
    SELECT DISTINCT (e->>'task_id')::uuid FROM jsonb_array_elements(p_reports) AS e
  );
  v_judged jsonb;
BEGIN
  -- Lock order everywhere: runs (by id), then tasks (by id), then files.
  PERFORM 1 FROM job_runs r
   WHERE r.id IN (SELECT t.run_id FROM extraction_tasks t WHERE t.id = ANY (v_task_ids))
   ORDER BY r.id FOR NO KEY UPDATE;
  PERFORM 1 FROM extraction_tasks t WHERE t.id = ANY (v_task_ids) ORDER BY t.id FOR NO KEY UPDATE;

  -- Rows, tasks and files first, so that file events precede the run's.
  WITH reports AS (
    SELECT (e->>'task_id')::uuid AS task_id, (e->>'attempt')::integer AS attempt,
           coalesce(e->'rows', '[]') AS rows, e->>'error' AS error, n,
           min(n) OVER (PARTITION BY e->>'task_id') AS first_n
      FROM jsonb_array_elements(p_reports) WITH ORDINALITY AS x(e, n)
  ), judged AS (
    SELECT rp.task_id, rp.rows, rp.error, rp.n, t.run_id, t.file_id, r.job_id,
           CASE
             WHEN t.id IS NULL THEN 'unknown_task'
             WHEN rp.n <> rp.first_n OR t.status IN ('completed', 'failed') THEN 'duplicate'
             -- Another claim took the task over, or this attempt was requeued or released.
             WHEN t.attempts <> rp.attempt OR t.status = 'queued' THEN 'stale_attempt'
             WHEN r.status <> 'in_progress' OR t.status = 'cancelled' THEN 'run_not_in_progress'
             WHEN rp.error IS NULL THEN 'completed'
             ELSE 'failed'
           END AS outcome
      FROM reports rp
      LEFT JOIN extraction_tasks t ON t.id = rp.task_id
      LEFT JOIN job_runs r ON r.id = t.run_id
  ), counted AS (
    SELECT * FROM judged WHERE judged.outcome IN ('completed', 'failed')
  ), new_rows AS (
    INSERT INTO result_rows (job_id, run_id, task_id, file_id, position, "values")
    SELECT c.job_id, c.run_id, c.task_id, c.file_id, rr.ordinality - 1, rr.value
      FROM counted c, jsonb_array_elements(c.rows) WITH ORDINALITY AS rr
     WHERE c.outcome = 'completed'
  ), tasks_done AS (
    UPDATE extraction_tasks t
       SET status = c.outcome, lease_expires_at = NULL, finished_at = now(), last_error = c.error
      FROM counted c WHERE t.id = c.task_id
  ), files_done AS (
    UPDATE source_files f SET status = c.outcome, error = c.error
      FROM counted c WHERE f.id = c.file_id
  )
  SELECT coalesce(jsonb_agg(jsonb_build_object(
           'task_id', j.task_id, 'outcome', j.outcome, 'run_id', j.run_id, 'n', j.n)), '[]')
    INTO v_judged
    FROM judged j;

  -- One update per run: the counters and, with its last task, the final status.
  UPDATE job_runs r
     SET tasks_completed = r.tasks_completed + p.ok,
         tasks_failed = r.tasks_failed + p.fail,
         status = CASE
           WHEN r.tasks_completed + p.ok + r.tasks_failed + p.fail < r.tasks_total THEN r.status
           WHEN r.tasks_failed + p.fail = 0 THEN 'completed'
           WHEN r.tasks_completed + p.ok = 0 THEN 'failed'
           ELSE 'partially_completed' END::run_status
    FROM (SELECT (j->>'run_id')::uuid AS run_id,
                 count(*) FILTER (WHERE j->>'outcome' = 'completed')::integer AS ok,
                 count(*) FILTER (WHERE j->>'outcome' = 'failed')::integer AS fail
            FROM jsonb_array_elements(v_judged) AS j
           WHERE j->>'outcome' IN ('completed', 'failed')
           GROUP BY 1) p
   WHERE r.id = p.run_id;

  RETURN QUERY
    SELECT (j->>'task_id')::uuid, j->>'outcome', (j->>'run_id')::uuid, r.status
      FROM jsonb_array_elements(v_judged) AS j
      LEFT JOIN job_runs r ON r.id = (j->>'run_id')::uuid
     ORDER BY (j->>'n')::integer;
END
$$;

-- Record one task's outcome for one attempt (see increment_task_completions).
CREATE FUNCTION increment_task_completion(
  p_task_id uuid, p_attempt integer, p_rows jsonb DEFAULT '[]', p_error text DEFAULT NULL
) RETURNS TABLE (outcome text, run_id uuid, run_status run_status)
LANGUAGE sql AS $$
  SELECT c.outcome, c.run_id, c.run_status
    FROM increment_task_completions(jsonb_build_array(jsonb_build_object(
      'task_id', p_task_id, 'attempt', p_attempt,
      'rows', coalesce(p_rows, '[]'), 'error', p_error
    ))) AS c
$$;

-- ---------------------------------------------------------------------------
-- The states
-- ---------------------------------------------------------------------------

-- A public CPE state template; p_fields is a JSON array of
-- [field_name, data_type, prompt], in display order.
CREATE FUNCTION seed_cpe_state(p_name text, p_fields jsonb) RETURNS uuid
LANGUAGE plpgsql AS $$
DECLARE
  v_id uuid;
BEGIN
  INSERT INTO templates (name, template_type, is_public) VALUES (p_name, 'cpe', true)
  RETURNING id INTO v_id;
  INSERT INTO template_fields (template_id, field_name, data_type, prompt, display_order)
  SELECT v_id, f.value->>0, f.value->>1, f.value->>2, f.ordinality
    FROM jsonb_array_elements(p_fields) WITH ORDINALITY AS f;
  RETURN v_id;
END
$$;

SELECT seed_cpe_state(s.name, s.fields::jsonb) FROM (VALUES
  ('California', '[
    ["Course Title", "text", "The title of the course or program"],
    ["Provider/Sponsor", "text", "The organisation that delivered the course"],
    ["Completion Date", "date", "The date the course was completed"],
    ["CPE Hours", "number", "The CPE credit hours earned"],
    ["Field of Study", "text", "The NASBA field of study"],
    ["Certificate Number", "text", "The certificate or ID number"],
    ["Delivery Method", "text", "Group Live, Group Internet Based, QAS Self Study, ..."]]'),
  ('New York', '[
    ["Course Title", "text", "The title of the course or program"],
    ["Provider/Sponsor", "text", "The organisation that delivered the course"],
    ["Completion Date", "date", "The date the course was completed"],
    ["CPE Hours", "number", "The CPE credit hours earned"],
    ["Field of Study", "text", "The NASBA field of study"],
    ["Delivery Method", "text", "Group Live, Group Internet Based, QAS Self Study, ..."]]'),
  ('Texas', '[
    ["Program Title", "text", "The title of the program"],
    ["Sponsor", "text", "The CPE sponsor"],
    ["Date Completed", "date", "The date the program was completed"],
    ["Credit Hours", "number", "The CPE credit hours earned"],
    ["Subject Area", "text", "The NASBA field of study"],
    ["Delivery Method", "text", "Group Live, Group Internet Based, QAS Self Study, ..."]]')
) AS s(name, fields);
