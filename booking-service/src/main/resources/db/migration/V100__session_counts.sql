-- Confirmed places counted as they change (issue 14): a booking reads its session's total and its agency's count
-- on the session's row, in the statement that locks it, instead of counting every place of the session under the
-- lock. Both are on the row itself, so the lock's wait returns them as the last holder committed them. The database
-- keeps them, in the transaction of every change of a place (a trigger), so no path that confirms, cancels or
-- promotes can forget them; every such path holds the session's row lock already.
alter table training_session add column confirmed integer not null default 0;
-- confirmed places by agency code: {"NHS-NORTH": 3, …}
alter table training_session add column agency_confirmed jsonb not null default '{}';

update training_session s
   set confirmed = coalesce((select count(*) from booking b where b.session_id = s.id and b.status = 'CONFIRMED'), 0),
       agency_confirmed = coalesce((select jsonb_object_agg(agency_code, n)
                                      from (select b.agency_code, count(*) as n from booking b
                                             where b.session_id = s.id and b.status = 'CONFIRMED'
                                             group by b.agency_code) counts), '{}');

create function booking_counts() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status = 'CONFIRMED'
            and not (tg_op = 'UPDATE' and new.status = 'CONFIRMED' and new.session_id = old.session_id
                     and new.agency_code = old.agency_code) then
        update training_session
           set confirmed = confirmed - 1,
               agency_confirmed = jsonb_set(agency_confirmed, array[old.agency_code],
                                            to_jsonb((agency_confirmed ->> old.agency_code)::integer - 1))
         where id = old.session_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status = 'CONFIRMED'
            and not (tg_op = 'UPDATE' and old.status = 'CONFIRMED' and new.session_id = old.session_id
                     and new.agency_code = old.agency_code) then
        update training_session
           set confirmed = confirmed + 1,
               agency_confirmed = jsonb_set(agency_confirmed, array[new.agency_code],
                                            to_jsonb(coalesce((agency_confirmed ->> new.agency_code)::integer, 0) + 1))
         where id = new.session_id;
    end if;
    return null;
end $$;

create trigger booking_counts after insert or update of status, session_id, agency_code or delete on booking
    for each row execute function booking_counts();
