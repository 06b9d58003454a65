-- A person's live places (confirmed or waiting), read for every judgement: one booking's, or a cohort's thousands
-- of nominees at once (BookingFacts). Without it the planner reads them through booking_live_once_idx, whose
-- predicate matches but whose leading column is the session: a scan of the whole index per person (0.17 ms each
-- at 5,000 places, 0.9 s of a 5,000-nominee cohort), chosen whenever the table has no statistics yet.
create index booking_live_person_idx on booking (person_id) where status in ('CONFIRMED', 'WAITLISTED');
