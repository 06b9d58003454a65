-- A person's data erased on request (POST /people/{hrId}/erasure) or by the retention of leavers: names read as
-- the erasure marker, contact details and the manager are gone, consent is off; bookings, attendance and
-- completions stay with the person's id, so the training counts hold. A later HR upsert brings back what HR sends.
alter table person add column erased_at timestamptz;
-- The retention job reads leavers by when they left.
create index person_left_idx on person (left_at, hr_id) where left_at is not null;
