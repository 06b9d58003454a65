-- Checked in the database itself after each run.
select count(*) filter (where status = 'CONFIRMED') as confirmed,
       count(*) filter (where status = 'WAITLISTED') as waitlisted
  from booking;
select count(*) as sessions_over_capacity
  from (select s.id, s.capacity, count(b.id) as confirmed
          from training_session s left join booking b on b.session_id = s.id and b.status = 'CONFIRMED'
         group by s.id, s.capacity) x
 where confirmed > capacity;
select count(*) as agencies_over_cap
  from (select b.session_id, b.agency_code, count(*) as n,
               greatest(1, floor(max(s.capacity) * max(s.max_agency_share))) as cap
          from booking b join training_session s on s.id = b.session_id
         where b.status = 'CONFIRMED' and s.caps_lift_at > now()
         group by b.session_id, b.agency_code) x
 where n > cap;
