-- 100,000 bookings for the reports: 200 agencies over the sectors, 20,000 people, 2,000 sessions of the year
-- :year (50 places each, IW01/CAF01/IS01), 100,000 bookings (about 85 % confirmed, 10 % cancelled with a quarter
-- of those late, 5 % waitlisted), attendance of the confirmed on the sessions before :today (ATTENDED 80 %,
-- PARTIAL 5 %, NO_SHOW 15 %), and a completion per module for each who attended. Rows are 'bench-' ids;
-- running again first removes the previous run's.
begin;
delete from completion where person_id like 'bench-%';
delete from attendance where person_id like 'bench-%';
delete from booking_reminder where booking_id like 'bench-%';
delete from notice_calendar where booking_id like 'bench-%';
delete from booking where id like 'bench-%';
delete from session_module where session_id like 'bench-%';
delete from session_part where session_id like 'bench-%';
delete from session_trainer where session_id like 'bench-%';
delete from training_session where id like 'bench-%';
delete from person where hr_id like 'bench-%';
delete from agency where code like 'bench-%';

insert into agency (code, name, sector)
select 'bench-a' || g, 'Bench agency ' || g,
       (array['HEALTH','EDUCATION','SOCIAL_CARE','POLICE','YOUTH','EARLY_YEARS','VOLUNTARY','HOUSING'])[1 + g % 8]
from generate_series(1, 200) g;

insert into person (hr_id, given_name, family_name, email, agency_code, audience, share_contact_consent)
select 'bench-p' || g, 'Given' || g, 'Family' || g, 'p' || g || '@bench.example', 'bench-a' || (1 + g % 200),
       (array['PRACTITIONER','PRACTITIONER','PRACTITIONER','OPERATIONAL_MANAGER','ADMIN_STAFF'])[1 + g % 5], g % 2 = 0
from generate_series(1, 20000) g;

insert into training_session (id, title, venue, process, capacity, max_agency_share, min_agencies, min_sectors,
        caps_lift_at, caps_lifted, starts_at, ends_at, status)
select 'bench-s' || g, 'Bench session ' || g, 'Civic Centre', 'IW', 50, 0.4, 3, 2,
       t - interval '7 days', true, t, t + interval '3 hours', case when g % 50 = 0 then 'CANCELLED' else 'SCHEDULED' end
from (select g, make_timestamptz(:year, 1, 1, 9, 30, 0, 'Europe/London') + (g * interval '4 hours 19 minutes') as t
      from generate_series(1, 2000) g) s;
insert into session_part (session_id, part_no, starts_at, ends_at)
select id, 0, starts_at, ends_at from training_session where id like 'bench-s%';
insert into session_module (session_id, position, module_ref)
select id, 0, (array['IW01','CAF01','IS01'])[1 + (substr(id, 8)::int % 3)] from training_session where id like 'bench-s%';

-- booking g: session 1 + g % 2000, person 1 + g % 20000 (each person five places on distinct sessions)
insert into booking (id, session_id, person_id, agency_code, status, reason, created_at, updated_at,
        cancel_reason, cancelled_at, late_cancellation)
select 'bench-b' || g, 'bench-s' || (1 + g % 2000), 'bench-p' || (1 + (g / 5) % 20000), 'bench-a' || (1 + ((g / 5) % 20000 + 1) % 200),
       case when g % 20 < 17 then 'CONFIRMED' when g % 20 < 19 then 'CANCELLED' else 'WAITLISTED' end,
       case when g % 20 = 19 then 'FULL' end, now(), now(),
       case when g % 20 between 17 and 18 then 'ILLNESS' end,
       case when g % 20 between 17 and 18 then now() end,
       g % 20 = 17 and g % 4 = 1
from generate_series(1, 100000) g;

insert into attendance (session_id, person_id, status, parts, recorded_at)
select b.session_id, b.person_id,
       case when abs(hashtext(b.id)) % 20 < 16 then 'ATTENDED' when abs(hashtext(b.id)) % 20 = 16 then 'PARTIAL' else 'NO_SHOW' end,
       '1', now()
from booking b join training_session s on s.id = b.session_id
where b.id like 'bench-b%' and b.status = 'CONFIRMED' and s.status = 'SCHEDULED' and s.ends_at < :'today'::date
on conflict do nothing;

insert into completion (id, person_id, module_ref, completed_on, source, session_id, recorded_at)
select 'bench-c-' || a.session_id || '-' || a.person_id, a.person_id, m.module_ref, (s.ends_at at time zone 'Europe/London')::date,
       'SESSION', a.session_id, now()
from attendance a join training_session s on s.id = a.session_id join session_module m on m.session_id = s.id
where a.person_id like 'bench-%' and a.status = 'ATTENDED';
commit;
analyze;
select (select count(*) from booking where id like 'bench-%') as bookings,
       (select count(*) from attendance where person_id like 'bench-%') as attendance,
       (select count(*) from completion where person_id like 'bench-%') as completions;
