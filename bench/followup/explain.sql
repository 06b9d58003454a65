-- The statements the service runs, as Hibernate sends them (parameters inlined).
\echo '--- caller queue (GET /callers/{id}/queue, first page of 50)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM followup_case
WHERE caller_id = 'bench-caller-07' AND status = 'OPEN' AND next_call_due <= :'day'::date
ORDER BY next_call_due, id LIMIT 51;

\echo '--- caller queue, a later page (keyset)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM followup_case
WHERE caller_id = 'bench-caller-07' AND status = 'OPEN' AND next_call_due <= :'day'::date
  AND (next_call_due > :'day'::date - 10 OR (next_call_due = :'day'::date - 10 AND id > 'bench-case-5'))
ORDER BY next_call_due, id LIMIT 51;

\echo '--- due-reminder scan: callers with calls due or overdue (one digest each)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT k.id FROM caller k
WHERE EXISTS (SELECT 1 FROM followup_case c
              WHERE c.caller_id = k.id AND c.status = 'OPEN' AND c.next_call_due <= :'day'::date)
ORDER BY k.id;

\echo '--- escalation scan, first day: every bench caller has a manager and no call was escalated yet (rolled back)'
BEGIN;
UPDATE caller SET manager_email = 'manager@example.org' WHERE id LIKE 'bench-%';
ANALYZE caller;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.id FROM followup_case c JOIN caller k ON k.id = c.caller_id
WHERE k.manager_email IS NOT NULL AND c.status = 'OPEN' AND c.next_call_due <= :'day'::date - 2
  AND c.escalated_call_number < c.call_number;

\echo '--- escalation scan, a later day: calls due before the day''s threshold were escalated on earlier days (rolled back)'
UPDATE followup_case SET escalated_call_number = call_number
WHERE id LIKE 'bench-%' AND next_call_due < :'day'::date - 2;
ANALYZE followup_case;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.id FROM followup_case c JOIN caller k ON k.id = c.caller_id
WHERE k.manager_email IS NOT NULL AND c.status = 'OPEN' AND c.next_call_due <= :'day'::date - 2
  AND c.escalated_call_number < c.call_number;
ROLLBACK;
ANALYZE caller;
ANALYZE followup_case;

\echo '--- one caller digest (all due and overdue calls of a caller)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM followup_case
WHERE caller_id = 'bench-caller-07' AND status = 'OPEN' AND next_call_due <= :'day'::date
ORDER BY next_call_due, id;

\echo '--- stall escalations due: open STALLED cases whose trainer''s manager is known and not yet told'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.id FROM followup_case c
WHERE c.status = 'OPEN' AND c.phase = 'STALLED' AND c.manager_email IS NOT NULL AND NOT c.stall_escalated
ORDER BY c.next_call_due, c.id;
