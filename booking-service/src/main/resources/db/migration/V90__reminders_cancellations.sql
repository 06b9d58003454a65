-- Issue 13: cancellations with a reason, who cancelled and whether it was late; a session's joining
-- instructions; reminders and practitioner-network lists each claimed once across instances.
alter table booking add column cancel_reason text;
alter table booking add column cancel_note text;
alter table booking add column cancelled_by text;
alter table booking add column cancelled_at timestamptz;
alter table booking add column late_cancellation boolean not null default false;

alter table training_session add column joining_instructions text;
alter table training_session add column cancel_reason text;
alter table training_session add column cancel_note text;
alter table training_session add column cancelled_by text;
alter table training_session add column cancelled_at timestamptz;

-- One row per reminded booking: the claim (insert ... on conflict do nothing) makes each reminder once.
create table booking_reminder (
    booking_id   text primary key references booking (id),
    reminded_at  timestamptz not null
);

-- One row per session whose consenting attendees were sent each other's contacts.
create table session_network (
    session_id  text primary key references training_session (id),
    sent_at     timestamptz not null
);

-- The reports: completions by period, attendance per session.
create index completion_completed_on_idx on completion (completed_on, module_ref, person_id);
