-- Cohort proposals: a coordinator's nominees shared out over candidate sessions, stored until confirmed
-- or dropped. The proposal itself (placements, unplaced with reasons, per-session mix) is one JSON
-- document: it is written once, read whole, and its placements are booked in one transaction on confirm.
create table cohort (
    id              text primary key,
    name            text not null,
    strategy        text not null check (strategy in ('PACK', 'SPREAD')),
    status          text not null check (status in ('PROPOSED', 'CONFIRMED')),
    placed          integer not null,
    sum_of_squares  bigint not null,
    compute_millis  bigint not null,
    proposal        text not null,
    created_at      timestamptz not null,
    confirmed_at    timestamptz,
    version         bigint not null default 0
);
create index cohort_created_idx on cohort (created_at, id);
