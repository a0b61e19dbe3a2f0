-- The live event stream's reads. Each API process reads new events once for all
-- its clients (read_run_events) and filters them in memory; what a single
-- client may see is decided here: the stream's ownership check, and the replay
-- after Last-Event-ID, which returns only the caller's own events.

-- depends: 0003_auth

-- Is the sheet the user's? (Another user's sheet answers like a missing one.)
CREATE FUNCTION job_belongs_to(p_job_id uuid, p_user_id uuid) RETURNS boolean
LANGUAGE sql STABLE
RETURN EXISTS (SELECT 1 FROM extraction_jobs WHERE id = p_job_id AND user_id = p_user_id);

-- The user's final events in (p_after, p_until], optionally of one sheet, in
-- order: the replay of a stream that resumes. A NULL user sees nothing.
CREATE FUNCTION read_user_events(
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

-- The cursor of a stream that starts now: no event at or below it can still
-- appear, since every transaction that could write one has ended.
CREATE FUNCTION run_events_head() RETURNS bigint
LANGUAGE sql STABLE
RETURN run_events_horizon() - 1;
