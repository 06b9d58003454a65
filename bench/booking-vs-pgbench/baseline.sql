-- the issue's baseline transaction; run.sh sets :sessions to 100 (spread) or 1 (one session: \set s 1)
\set s random(1, :sessions)
\set a random(1, 10)
\set p random(1, 1000000000)
BEGIN;
SELECT capacity, cap, confirmed FROM session WHERE id = :s FOR UPDATE;
SELECT count(*) FROM booking WHERE session_id = :s AND agency = 'A' || :a AND status = 'CONFIRMED';
INSERT INTO booking (session_id, person_id, agency, status) VALUES (:s, 'p' || :p || '-' || :client_id, 'A' || :a, 'CONFIRMED') ON CONFLICT DO NOTHING;
UPDATE session SET confirmed = confirmed + 1 WHERE id = :s;
INSERT INTO idem (key, response) VALUES ('k' || :p || '-' || :client_id || '-' || random(), '{"status":"CONFIRMED"}') ON CONFLICT DO NOTHING;
COMMIT;
