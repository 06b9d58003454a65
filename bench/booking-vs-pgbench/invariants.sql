-- After each run, in the database itself: no session over capacity, no agency over its cap while caps hold, no
-- confirmed place without its notice in the outbox. One number: the violations of the three together.
select (select count(*)
          from (select s.id
                  from training_session s join booking b on b.session_id = s.id and b.status = 'CONFIRMED'
                 group by s.id, s.capacity
                having count(*) > s.capacity) over_capacity)
     + (select count(*)
          from (select b.session_id
                  from booking b join training_session s on s.id = b.session_id
                 where b.status = 'CONFIRMED' and s.caps_lift_at > now()
                 group by b.session_id, b.agency_code, s.capacity, s.max_agency_share
                having count(*) > greatest(1, floor(s.capacity * s.max_agency_share))) over_cap)
     + (select count(*)
          from booking b
          left join (select distinct event_key from outbox_event where type = 'notice.confirmed') e on e.event_key = b.id
         where b.status = 'CONFIRMED' and e.event_key is null) as violations;
