-- issue 13 (coordinator's week): people from many sources, access needs, trainer accreditations, venues and rooms,
-- a session's room, the reasons that overrode its checks and its computed entry requirements.

-- HR: the authority's HR system; PARTNER: registered by a partner agency's lead or a coordinator (ids P-<AGENCY>-…).
alter table person add column source text not null default 'HR';
alter table person add column access_step_free boolean not null default false;
alter table person add column access_hearing_loop boolean not null default false;
alter table person add column access_other boolean not null default false;
alter table person add column access_notes text;
create index person_source_idx on person (source, agency_code) where left_at is null;

-- A coordinator's record that a person may train a process without (or before) its train-the-trainer module.
create table trainer_accreditation (
    id           text primary key,
    person_id    text not null references person (hr_id),
    process      text not null,
    reason       text not null,
    recorded_by  text,
    recorded_at  timestamptz not null,
    unique (person_id, process)
);

create table venue (
    id       text primary key,
    name     text not null,
    address  text,
    version  bigint not null default 0
);

create table room (
    id            text primary key,
    venue_id      text not null references venue (id),
    position      integer not null,
    name          text not null,
    seats         integer not null check (seats > 0),
    step_free     boolean not null default false,
    hearing_loop  boolean not null default false,
    notes         text,
    retired       boolean not null default false
);
create index room_venue_idx on room (venue_id, position);

alter table training_session add column room_id text references room (id);
alter table training_session add column trainer_override_reason text;
alter table training_session add column rules_override_reason text;
create index training_session_room_idx on training_session (room_id) where room_id is not null;

-- what the session's modules need that its earlier modules do not give (the catalogue's canonical expression text)
alter table training_session add column entry_requirements text;
