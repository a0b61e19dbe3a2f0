-- One ownership check: find_owned_job (user, job), which every API function of
-- 0005 makes and the event stream now makes too, replaces job_belongs_to
-- (job, user: the opposite order), which nothing calls any more.

-- depends: 0006_stream

DROP FUNCTION job_belongs_to(uuid, uuid);
