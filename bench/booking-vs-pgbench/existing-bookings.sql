-- Growth (run.sh growth): existing confirmed places numbered :from to :to - 1, place i by person bench-p-(50,000 +
-- i mod 10,000) on session (i mod 10,000 + i div 10,000) mod 100 of the bench's 100, so 100,000 places are 1,000 a
-- session and 10 a person (on ten different sessions, none overlapping). Written as booking-service writes them: the place, its notice row (delivered) and
-- its calendar entry; the session's counts follow by themselves (V100's trigger).
with sessions as (select id, row_number() over (order by starts_at) - 1 as n from training_session where capacity = 10000),
     places as (
       insert into booking (id, session_id, person_id, agency_code, status, created_at, updated_at)
       select gen_random_uuid()::text, s.id, 'bench-p-' || (50000 + i % 10000), p.agency_code, 'CONFIRMED', now(), now()
         from generate_series(:from, :to - 1) i
         join sessions s on s.n = (i % 10000 + i / 10000) % 100
         join person p on p.hr_id = 'bench-p-' || (50000 + i % 10000)
       returning id, person_id),
     calendars as (insert into notice_calendar (booking_id, sequence) select id, 0 from places)
insert into outbox_event (id, type, event_key, event_id, payload, status, created_at, next_attempt_at, retry_until, delivered_at)
select e, 'notice.confirmed', id, e, '{}', 'DELIVERED', now(), now(), now() + interval '72 hours', now()
  from (select gen_random_uuid()::text as e, id from places) x;
