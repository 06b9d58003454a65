-- Agencies and people arrive from the local authority's HR system, keyed by its own ids.
create table agency (
    code        text primary key,
    name        text not null,
    sector      text not null,
    version     bigint not null default 0
);

create table person (
    hr_id                  text primary key,
    given_name             text not null,
    family_name            text not null,
    email                  text,
    phone                  text,
    agency_code            text not null references agency (code),
    audience               text not null,
    manager_hr_id          text,
    share_contact_consent  boolean not null default false,
    left_at                timestamptz,
    version                bigint not null default 0
);
create index person_agency_idx on person (agency_code, hr_id);
create index person_audience_idx on person (audience, hr_id);

create table waiver (
    id           text primary key,
    person_id    text not null references person (hr_id),
    module_ref   text not null,
    reason       text not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null,
    unique (person_id, module_ref)
);

-- Sessions: one delivery of a course or of modules, in one or more parts.
create table training_session (
    id                text primary key,
    title             text not null,
    venue             text,
    course_id         text,
    process           text not null,
    audience          text,
    capacity          integer not null check (capacity > 0),
    max_agency_share  numeric(5, 4) not null,
    min_agencies      integer not null,
    min_sectors       integer not null,
    caps_lift_at      timestamptz not null,
    caps_lifted       boolean not null default false,
    -- first part's start and last part's end, kept beside the parts for filters and ordering
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    status            text not null,
    version           bigint not null default 0
);
create index training_session_start_idx on training_session (starts_at, id);
create index training_session_caps_idx on training_session (caps_lift_at) where not caps_lifted;

create table session_part (
    session_id  text not null references training_session (id),
    part_no     integer not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    primary key (session_id, part_no)
);

create table session_module (
    session_id  text not null references training_session (id),
    position    integer not null,
    module_ref  text not null,
    primary key (session_id, position)
);
create index session_module_ref_idx on session_module (module_ref);

create table session_trainer (
    session_id  text not null references training_session (id),
    position    integer not null,
    hr_id       text not null,
    primary key (session_id, position)
);
create index session_trainer_idx on session_trainer (hr_id);

-- seq orders places first come first served; agency_code is the person's agency when they booked.
create table booking (
    id                    text primary key,
    seq                   bigint generated always as identity,
    session_id            text not null references training_session (id),
    person_id             text not null references person (hr_id),
    agency_code           text not null,
    status                text not null,
    reason                text,
    override_reason       text,
    prerequisite_at_risk  boolean not null default false,
    created_at            timestamptz not null,
    updated_at            timestamptz not null
);
create unique index booking_seq_idx on booking (seq);
-- the database itself refuses a second live place of one person on one session
create unique index booking_live_once_idx on booking (session_id, person_id) where status in ('CONFIRMED', 'WAITLISTED');
create index booking_session_idx on booking (session_id, status, seq);
create index booking_person_idx on booking (person_id, status);

create table attendance (
    session_id   text not null references training_session (id),
    person_id    text not null references person (hr_id),
    status       text not null,
    parts        text not null,
    recorded_at  timestamptz not null,
    primary key (session_id, person_id)
);

create table completion (
    id            text primary key,
    person_id     text not null references person (hr_id),
    module_ref    text not null,
    completed_on  date not null,
    source        text not null,
    session_id    text references training_session (id),
    recorded_at   timestamptz not null
);
create index completion_person_idx on completion (person_id);
create unique index completion_session_once_idx on completion (person_id, session_id, module_ref) where session_id is not null;

-- Idempotency-Key records: the first response of a POST, replayed for 24 hours.
create table idempotency_record (
    idem_key      text not null,
    scope         text not null,
    request_hash  text not null,
    status        integer,
    body          text,
    location      text,
    created_at    timestamptz not null,
    primary key (idem_key, scope)
);
