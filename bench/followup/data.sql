-- 50 callers and 100,000 open cases whose next calls spread from 20 days overdue to 99 days ahead of :'day'
-- (about one in six due or overdue on the day). Re-runnable: bench rows are removed first. Phases and flags as the
-- cycle leaves them: about half await their first call (one in ten of those with a cascade detected), the rest
-- NOT_STARTED, one in twelve STALLED (with the trainer's manager known, all but 1 in 100 of them already escalated:
-- a stall is escalated once, so at any one digest run few are due), one in eight with a target.
DELETE FROM self_report_token WHERE case_id LIKE 'bench-%';
DELETE FROM self_report WHERE case_id LIKE 'bench-%';
DELETE FROM reminder_case WHERE case_id LIKE 'bench-%';
DELETE FROM reminder WHERE caller_id LIKE 'bench-%';
DELETE FROM followup_call WHERE case_id LIKE 'bench-%';
DELETE FROM case_assignment WHERE case_id LIKE 'bench-%';
DELETE FROM case_cascade WHERE case_id LIKE 'bench-%';
DELETE FROM case_update WHERE case_id LIKE 'bench-%';
DELETE FROM cascade WHERE person_id LIKE 'bench-%';
DELETE FROM followup_case WHERE id LIKE 'bench-%';
DELETE FROM caller WHERE id LIKE 'bench-%';

INSERT INTO caller (id, name, email, manager_email, created_at)
SELECT 'bench-caller-' || lpad(i::text, 2, '0'), 'Bench caller ' || i, 'bench-caller-' || i || '@example.org', NULL, now()
FROM generate_series(1, 50) AS i;

INSERT INTO followup_case (id, status, person_id, name, email, phone, agency_code, module_ref, process, session_id,
                           training_ended_on, caller_id, next_call_due, call_number, schedule_sequence,
                           created_at, updated_at, phase, cascade_detected_on, not_started_calls, stalled_on,
                           manager_name, manager_email, stall_escalated, target_colleagues, target_by, colleagues_reached)
SELECT 'bench-case-' || i, 'OPEN', 'bench-person-' || i, 'Trainer ' || i, 'trainer' || i || '@example.org',
       '01632 960' || lpad((i % 1000)::text, 3, '0'), 'AG-' || (i % 40),
       (ARRAY['IW05', 'IS05', 'CAF03', 'LP03', 'ISI10'])[1 + i % 5], (ARRAY['IW', 'IS', 'CAF', 'LP', 'ISI'])[1 + i % 5],
       'bench-session-' || (i / 20), :'day'::date - 14 + d, 'bench-caller-' || lpad((1 + i % 50)::text, 2, '0'),
       :'day'::date + d, CASE WHEN i % 2 = 0 THEN 1 ELSE 2 + i % 3 END, 0, now(), now(),
       CASE WHEN i % 12 = 1 THEN 'STALLED' WHEN i % 2 = 0 THEN 'AWAITING_FIRST_CALL' ELSE 'NOT_STARTED' END,
       CASE WHEN i % 20 = 0 THEN :'day'::date - 14 + d + 3 END,
       CASE WHEN i % 2 = 0 THEN 0 WHEN i % 12 = 1 THEN 3 ELSE 1 END,
       CASE WHEN i % 12 = 1 THEN :'day'::date - 14 + d END,
       'Manager ' || (i % 300), 'manager' || (i % 300) || '@example.org', i % 1200 <> 1,
       CASE WHEN i % 8 = 3 THEN 10 END, CASE WHEN i % 8 = 3 THEN :'day'::date + 60 END, 0
FROM (SELECT i, (i * 7919 % 120) - 20 AS d FROM generate_series(1, 100000) AS i) AS spread;

ANALYZE caller;
ANALYZE followup_case;
ANALYZE reminder;

SELECT count(*) AS open_cases, count(*) FILTER (WHERE next_call_due <= :'day'::date) AS due_or_overdue_on_the_day
FROM followup_case WHERE id LIKE 'bench-%';
