-- A trainer's self-report is kept once, as the case's SELF_REPORTED update: GET /followups/{id} shows it in the
-- case's history to the same readers the separate self_report table and GET /followups/{id}/self-reports served,
-- and the person's export lists it with the case. The update now holds the agencies as the list the trainer wrote
-- (before, they were joined into its notes); the counts by agency and the notes, which the form never asks for, go.
ALTER TABLE case_update ADD COLUMN agencies jsonb NOT NULL DEFAULT '[]';
-- each update takes the agencies of its own report: the one of the same case stored at (nearly) the same instant
UPDATE case_update u SET agencies = coalesce((
        SELECT to_jsonb(string_to_array(r.agencies, E'\n')) FROM self_report r
        WHERE r.case_id = u.case_id
        ORDER BY abs(extract(epoch FROM r.reported_at - u.recorded_at)), r.id LIMIT 1), '[]'::jsonb)
    WHERE u.kind = 'SELF_REPORTED';
ALTER TABLE case_update DROP COLUMN by_agency;
ALTER TABLE case_update DROP COLUMN notes;
DROP TABLE self_report;
