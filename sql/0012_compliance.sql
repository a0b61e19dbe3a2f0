-- Compliance: every US licensing jurisdiction as a CPE state, a requirement per
-- sheet (reporting period, total and ethics hours) and the sheet's summary
-- against it, computed here from the sheet's rows in one statement.

-- depends: 0007_tenant_isolation

-- ---------------------------------------------------------------------------
-- Which field of a state's template the summary reads
-- ---------------------------------------------------------------------------

-- States name their fields differently (Texas: "Credit Hours", "Subject Area");
-- the summary finds the hours, the completion date and the field of study by
-- what they mean, not by their names.
ALTER TABLE template_fields ADD COLUMN summary_role text;
ALTER TABLE template_fields ADD CONSTRAINT template_fields_summary_role_check
  CHECK (summary_role IN ('hours', 'completion_date', 'field_of_study'));
CREATE UNIQUE INDEX template_fields_template_id_summary_role_key
  ON template_fields (template_id, summary_role) WHERE summary_role IS NOT NULL;

UPDATE template_fields f
   SET summary_role = CASE
         WHEN f.data_type = 'number' THEN 'hours'
         WHEN f.data_type = 'date' THEN 'completion_date'
         ELSE 'field_of_study' END
  FROM templates t
 WHERE t.id = f.template_id AND t.template_type = 'cpe' AND t.is_public
   AND (f.data_type IN ('number', 'date') OR f.field_name IN ('Field of Study', 'Subject Area'));

-- A public CPE state template; p_fields is a JSON array of
-- [field_name, data_type, prompt, summary_role (optional)], in display order.
CREATE OR REPLACE FUNCTION seed_cpe_state(p_name text, p_fields jsonb) RETURNS uuid
LANGUAGE plpgsql AS $$
DECLARE
  v_id uuid;
BEGIN
  INSERT INTO templates (name, template_type, is_public) VALUES (p_name, 'cpe', true)
  RETURNING id INTO v_id;
  INSERT INTO template_fields (template_id, field_name, data_type, prompt, display_order, summary_role)
  SELECT v_id, f.value->>0, f.value->>1, f.value->>2, f.ordinality, f.value->>3
    FROM jsonb_array_elements(p_fields) WITH ORDINALITY AS f;
  RETURN v_id;
END
$$;

-- Every US licensing jurisdiction with a board of accountancy: the 50 states,
-- the District of Columbia, Puerto Rico, Guam, the US Virgin Islands and the
-- Northern Mariana Islands, each with California's seven CPE fields. The
-- states seeded before (California, New York, Texas) keep theirs.
WITH seeded AS (
SELECT seed_cpe_state(s.name, '[
    ["Course Title", "text", "The title of the course or program"],
    ["Provider/Sponsor", "text", "The organisation that delivered the course"],
    ["Completion Date", "date", "The date the course was completed", "completion_date"],
    ["CPE Hours", "number", "The CPE credit hours earned", "hours"],
    ["Field of Study", "text", "The NASBA field of study", "field_of_study"],
    ["Certificate Number", "text", "The certificate or ID number"],
    ["Delivery Method", "text", "Group Live, Group Internet Based, QAS Self Study, ..."]]')
  FROM unnest(ARRAY[
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut',
    'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa',
    'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
    'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
    'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio',
    'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
    'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
    'Wisconsin', 'Wyoming',
    'District of Columbia', 'Puerto Rico', 'Guam', 'U.S. Virgin Islands',
    'Northern Mariana Islands'
  ]) AS s(name)
 WHERE NOT EXISTS (
   SELECT 1 FROM templates t WHERE t.name = s.name AND t.is_public AND t.template_type = 'cpe'
 )
)
SELECT count(*) AS jurisdictions_seeded FROM seeded;

-- ---------------------------------------------------------------------------
-- Cells as the summary counts them
-- ---------------------------------------------------------------------------

-- A cell (as format_cell shows it) as hours: a number from 0 up; NULL for
-- anything else (empty, text, negative), which the summary reports as not counted.
CREATE FUNCTION cell_hours(p_value jsonb) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN jsonb_typeof(p_value) = 'number' AND p_value::numeric >= 0 THEN p_value::numeric
END;

-- A cell (as format_cell shows it) as a date: a real YYYY-MM-DD day, else NULL.
-- The pattern accepts real days only (30 days have April, June, September and
-- November; February 29 in leap years), so no cell can fail the cast.
CREATE FUNCTION cell_date(p_value jsonb) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN p_value #>> '{}' ~ ('^(?:[1-9]\d{3}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])'
                            '|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))'
                            '|(?:[1-9]\d(?:0[48]|[2468][048]|[13579][26])'
                            '|(?:[2468][048]|[13579][26])00)-02-29)$')
    THEN (p_value #>> '{}')::date
END;

-- Ethics hours are those of rows whose field of study mentions ethics
-- ("Regulatory Ethics", "Behavioral Ethics", "ethics (state-specific)"), in any case.
CREATE FUNCTION is_ethics(p_field_of_study text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN coalesce(p_field_of_study ~* '\methic', false);

-- ---------------------------------------------------------------------------
-- Requirements
-- ---------------------------------------------------------------------------

-- What a sheet's board asks for: hours in a reporting period, some of them ethics.
CREATE TABLE sheet_requirements (
  job_id       uuid PRIMARY KEY REFERENCES extraction_jobs ON DELETE CASCADE,
  period_start date NOT NULL,
  period_end   date NOT NULL,
  total_hours  numeric NOT NULL,
  ethics_hours numeric NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Why a requirement cannot be stored, or NULL when it can: the one home of
-- these rules (the table's check and set_sheet_requirement both ask it).
CREATE FUNCTION requirement_problem(
  p_period_start date, p_period_end date, p_total_hours numeric, p_ethics_hours numeric
) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN p_period_start IS NULL OR p_period_end IS NULL OR p_total_hours IS NULL
       OR p_ethics_hours IS NULL
    THEN 'period_start, period_end, total_hours and ethics_hours are all required'
  WHEN p_period_start < date '1900-01-01' OR p_period_end > date '2199-12-31'
    THEN 'the period must lie between 1900-01-01 and 2199-12-31'
  WHEN p_period_end < p_period_start
    THEN format('the period ends (%s) before it starts (%s)', p_period_end, p_period_start)
  WHEN p_period_end >= p_period_start + interval '10 years'
    THEN format('a reporting period of more than 10 years (%s to %s) is not one a board sets',
                p_period_start, p_period_end)
  WHEN p_total_hours < 0 OR p_total_hours > 1000
    THEN format('total_hours must be from 0 to 1000, not %s', p_total_hours)
  WHEN p_ethics_hours < 0 OR p_ethics_hours > 1000
    THEN format('ethics_hours must be from 0 to 1000, not %s', p_ethics_hours)
  WHEN p_ethics_hours > p_total_hours
    THEN format('ethics_hours (%s) cannot exceed total_hours (%s): ethics hours count towards the total',
                p_ethics_hours, p_total_hours)
END;

ALTER TABLE sheet_requirements ADD CONSTRAINT sheet_requirements_check
  CHECK (requirement_problem(period_start, period_end, total_hours, ethics_hours) IS NULL);

-- A requirement as the API shows it.
CREATE FUNCTION requirement_json(p_requirement sheet_requirements) RETURNS jsonb
LANGUAGE sql STABLE
RETURN CASE WHEN p_requirement.job_id IS NOT NULL THEN jsonb_build_object(
  'period_start', p_requirement.period_start, 'period_end', p_requirement.period_end,
  'total_hours', p_requirement.total_hours, 'ethics_hours', p_requirement.ethics_hours
) END;

-- A text as a date for a requirement, or CR060 saying which field is not one.
CREATE FUNCTION requirement_date(p_field text, p_value text) RETURNS date
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_date date := cell_date(to_jsonb(btrim(p_value)));
BEGIN
  IF v_date IS NULL AND p_value IS NOT NULL THEN
    RAISE EXCEPTION '% "%" is not a date: write it as YYYY-MM-DD', p_field, p_value
      USING ERRCODE = 'CR060';
  END IF;
  RETURN v_date;
END
$$;

-- Set (or replace) the requirement of the caller's CPE sheet; CR060 with the
-- reason when it cannot be one. Returns it as the API shows it.
CREATE FUNCTION set_sheet_requirement(
  p_user_id uuid, p_job_id uuid, p_period_start text, p_period_end text,
  p_total_hours numeric, p_ethics_hours numeric
) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  v_start date := requirement_date('period_start', p_period_start);
  v_end date := requirement_date('period_end', p_period_end);
  v_problem text := requirement_problem(v_start, v_end, p_total_hours, p_ethics_hours);
  v_requirement sheet_requirements;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id, 'cpe');
  IF v_problem IS NOT NULL THEN
    RAISE EXCEPTION '%', v_problem USING ERRCODE = 'CR060';
  END IF;
  INSERT INTO sheet_requirements AS s (job_id, period_start, period_end, total_hours, ethics_hours)
  VALUES (p_job_id, v_start, v_end, p_total_hours, p_ethics_hours)
  ON CONFLICT (job_id) DO UPDATE
     SET period_start = excluded.period_start, period_end = excluded.period_end,
         total_hours = excluded.total_hours, ethics_hours = excluded.ethics_hours,
         updated_at = now()
  RETURNING * INTO v_requirement;
  RETURN requirement_json(v_requirement);
END
$$;

-- The requirement of the caller's CPE sheet, NULL when none is set.
CREATE FUNCTION sheet_requirement(p_user_id uuid, p_job_id uuid) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_requirement sheet_requirements;
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id, 'cpe');
  SELECT * INTO v_requirement FROM sheet_requirements WHERE job_id = p_job_id;
  RETURN requirement_json(v_requirement);
END
$$;

-- Remove the requirement of the caller's CPE sheet (nothing to remove is fine).
CREATE FUNCTION clear_sheet_requirement(p_user_id uuid, p_job_id uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM find_owned_job(p_user_id, p_job_id, 'cpe');
  DELETE FROM sheet_requirements WHERE job_id = p_job_id;
END
$$;

-- ---------------------------------------------------------------------------
-- The summary
-- ---------------------------------------------------------------------------

-- The names of the fields the summary reads in a run's template (NULL where it has none).
CREATE FUNCTION summary_fields(
  p_run_id uuid, OUT hours text, OUT completion_date text, OUT field_of_study text
)
LANGUAGE sql STABLE AS $$
  SELECT max(f.field_name) FILTER (WHERE f.summary_role = 'hours'),
         max(f.field_name) FILTER (WHERE f.summary_role = 'completion_date'),
         max(f.field_name) FILTER (WHERE f.summary_role = 'field_of_study')
    FROM job_runs r JOIN template_fields f ON f.template_id = r.template_id
   WHERE r.id = p_run_id
$$;

-- Does a completion date lie in the period? Both edges count; a row without a
-- date is in no period. NULL when there is no period (no requirement).
CREATE FUNCTION in_period(p_date date, p_start date, p_end date) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN p_start IS NOT NULL THEN coalesce(p_date BETWEEN p_start AND p_end, false) END;

-- The caller's sheet as the summary counts it: its latest run, the fields it
-- reads, and the requirement's period (NULLs without one). CR004 for a sheet
-- that is not the caller's.
CREATE FUNCTION summary_sheet(
  p_user_id uuid, p_job_id uuid,
  OUT run_id uuid, OUT hours text, OUT completion_date text, OUT field_of_study text,
  OUT requirement sheet_requirements
)
LANGUAGE sql STABLE AS $$
  SELECT r.id, f.hours, f.completion_date, f.field_of_study, q
    FROM find_owned_job(p_user_id, p_job_id, 'cpe') j
    LEFT JOIN sheet_requirements q ON q.job_id = j.id
    LEFT JOIN LATERAL latest_run(j.id) r ON true
    LEFT JOIN LATERAL summary_fields(r.id) f ON true
$$;

-- The rows of the caller's sheet as the summary counts them, in sheet order
-- (sheet_rows: exactly the rows and cells the sheet shows): the row's number
-- in the sheet (1, 2, ...), its hours (NULL: not countable: empty, text,
-- negative), completion date (NULL: none, or not a date), field of study,
-- whether that is ethics, and whether the date lies in the requirement's
-- period (NULL without a requirement).
CREATE FUNCTION summary_rows(p_user_id uuid, p_job_id uuid)
RETURNS TABLE (
  row_no bigint, row_id uuid, file_id uuid, hours numeric, completion_date date,
  field_of_study text, ethics boolean, in_period boolean
)
LANGUAGE sql STABLE AS $$
  WITH sheet AS MATERIALIZED (SELECT * FROM summary_sheet(p_user_id, p_job_id)),
  cells AS (
    SELECT s.ordinality AS row_no, s.row_id, s.file_id,
           cell_hours(s."values" -> sheet.hours) AS hours,
           cell_date(s."values" -> sheet.completion_date) AS completion_date,
           nullif(btrim(s."values" ->> sheet.field_of_study), '') AS field_of_study,
           (sheet.requirement).period_start, (sheet.requirement).period_end
      FROM sheet, sheet_rows(sheet.run_id) WITH ORDINALITY s
     WHERE sheet.run_id IS NOT NULL
  )
  SELECT c.row_no, c.row_id, c.file_id, c.hours, c.completion_date, c.field_of_study,
         is_ethics(c.field_of_study), in_period(c.completion_date, c.period_start, c.period_end)
    FROM cells c
   ORDER BY c.row_no
$$;

-- The caller's sheet against its requirement, in one statement: certificates
-- (rows), total and ethics hours, hours by field of study ("" for rows that name
-- none), the requirement, hours and ethics hours in its period, what remains
-- (never below 0), days from today to the period's end (negative once it is
-- over), and how many rows have hours that could not be counted. The period
-- figures are NULL without a requirement. The rules per row are summary_rows';
-- this reads the sheet's rows as count_sheet_rows does (the run's append chain)
-- and formats only the three cells it needs, which costs a tenth of ordering
-- and formatting every row.
CREATE FUNCTION sheet_summary(p_user_id uuid, p_job_id uuid) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  WITH sheet AS MATERIALIZED (SELECT * FROM summary_sheet(p_user_id, p_job_id)),
  -- Materialized: the rules below then take plain values and are inlined.
  cells AS MATERIALIZED (
    SELECT format_cell(rr."values" -> sheet.hours, 'number') AS hours,
           format_cell(rr."values" -> sheet.completion_date, 'date') AS completion_date,
           nullif(btrim(rr."values" ->> sheet.field_of_study), '') AS field_of_study
      FROM sheet, run_chain(sheet.run_id) c JOIN result_rows rr ON rr.run_id = c.run_id
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
-- Who may touch requirements (as sql/0007 does for the other tables)
-- ---------------------------------------------------------------------------

DO $$
DECLARE
  v_api text := coalesce(nullif(current_setting('cpe_runs.api_role', true), ''), 'cpe_runs_api');
BEGIN
  ALTER TABLE sheet_requirements ENABLE ROW LEVEL SECURITY;
  REVOKE ALL ON sheet_requirements FROM PUBLIC;
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON sheet_requirements TO %I', v_api);
  EXECUTE format(
    'CREATE POLICY sheet_requirements_api ON sheet_requirements TO %I'
    ' USING (EXISTS (SELECT 1 FROM extraction_jobs j WHERE j.id = job_id))', v_api);
END
$$;
