-- Undo 0018: job_belongs_to as 0006 made it.

-- Is the sheet the user's? (Another user's sheet answers like a missing one.)
CREATE FUNCTION job_belongs_to(p_job_id uuid, p_user_id uuid) RETURNS boolean
LANGUAGE sql STABLE
RETURN EXISTS (SELECT 1 FROM extraction_jobs WHERE id = p_job_id AND user_id = p_user_id);
