-- followup-service: train-the-trainer follow-up cases, their calls, callers, reminders, bank-holiday overrides.

-- One-off changes to the computed England and Wales bank holidays: a day ADDED (a state funeral) or a
-- statutory day REMOVED (the early May holiday moved for VE day's anniversary).
CREATE TABLE bank_holiday_override (
    day      date PRIMARY KEY,
    kind     varchar(16)  NOT NULL CHECK (kind IN ('ADDED', 'REMOVED')),
    name     varchar(200) NOT NULL,
    version  bigint       NOT NULL DEFAULT 0
);

CREATE TABLE caller (
    id            varchar(64)  PRIMARY KEY,
    name          varchar(200) NOT NULL,
    email         varchar(320) NOT NULL,
    manager_email varchar(320),
    created_at    timestamptz  NOT NULL
);

CREATE TABLE followup_case (
    id                 varchar(64)  PRIMARY KEY,
    status             varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    person_id          varchar(100) NOT NULL,
    name               varchar(200) NOT NULL,
    email              varchar(320),
    phone              varchar(50),
    agency_code        varchar(100) NOT NULL,
    module_ref         varchar(20)  NOT NULL,
    process            varchar(10)  NOT NULL,
    session_id         varchar(100) NOT NULL,
    training_ended_on  date         NOT NULL,
    caller_id          varchar(64)  NOT NULL REFERENCES caller (id),
    next_call_due      date,
    -- the number of the next call: completed calls + 1 (a NO_CONTACT attempt does not count)
    call_number        int          NOT NULL DEFAULT 1,
    -- the iCalendar SEQUENCE of the case's next-call event: bumped whenever its date or status changes
    schedule_sequence  int          NOT NULL DEFAULT 0,
    cascade_started_on date,
    closed_reason      varchar(32),
    closed_at          timestamptz,
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    version            bigint       NOT NULL DEFAULT 0,
    CONSTRAINT followup_case_natural_key UNIQUE (person_id, module_ref, session_id),
    CONSTRAINT followup_case_open_has_due CHECK ((status = 'OPEN') = (next_call_due IS NOT NULL))
);
-- A caller's queue (due and overdue, oldest first) and the reminder scan read only open cases.
CREATE INDEX followup_case_queue ON followup_case (caller_id, next_call_due, id) WHERE status = 'OPEN';
CREATE INDEX followup_case_due ON followup_case (next_call_due, caller_id) WHERE status = 'OPEN';
CREATE INDEX followup_case_person ON followup_case (person_id, process);
CREATE INDEX followup_case_closed ON followup_case (caller_id, closed_at) WHERE status = 'CLOSED';

CREATE TABLE followup_call (
    id                 varchar(64) PRIMARY KEY,
    case_id            varchar(64) NOT NULL REFERENCES followup_case (id),
    number             int         NOT NULL,
    outcome            varchar(20) NOT NULL CHECK (outcome IN ('CASCADE_STARTED', 'NOT_STARTED', 'NO_CONTACT')),
    called_at          timestamptz NOT NULL,
    notes              text,
    materials_feedback text,
    cascade_started_on date,
    recorded_at        timestamptz NOT NULL
);
CREATE INDEX followup_call_case ON followup_call (case_id, called_at, id);

-- Person events already applied, by the sender's event id, with the summary a replay answers.
CREATE TABLE person_event (
    event_id      varchar(200) PRIMARY KEY,
    person_id     varchar(100) NOT NULL,
    type          varchar(32)  NOT NULL,
    closed_cases  int          NOT NULL,
    updated_cases int          NOT NULL,
    received_at   timestamptz  NOT NULL
);

-- Cascade events already applied: one per (person, process, session).
CREATE TABLE cascade_event (
    person_id    varchar(100) NOT NULL,
    process      varchar(10)  NOT NULL,
    session_id   varchar(100) NOT NULL,
    starts_on    date         NOT NULL,
    closed_cases int          NOT NULL,
    received_at  timestamptz  NOT NULL,
    PRIMARY KEY (person_id, process, session_id)
);

-- A reminder is claimed by inserting its row (reminder_key is unique: DIGEST:<caller>:<date>,
-- ESCALATION:<case>:<call number>), so whichever instance inserts it first is the only one that sends it.
CREATE TABLE reminder (
    id           varchar(64)  PRIMARY KEY,
    reminder_key varchar(200) NOT NULL UNIQUE,
    kind         varchar(16)  NOT NULL CHECK (kind IN ('DIGEST', 'ESCALATION')),
    caller_id    varchar(64)  NOT NULL REFERENCES caller (id),
    for_date     date         NOT NULL,
    recipient    varchar(320) NOT NULL,
    subject      varchar(300) NOT NULL,
    body         text         NOT NULL,
    status       varchar(16)  NOT NULL CHECK (status IN ('SENDING', 'SENT', 'FAILED')),
    attempts     int          NOT NULL DEFAULT 0,
    last_error   varchar(1000),
    claimed_at   timestamptz  NOT NULL,
    sent_at      timestamptz,
    created_at   timestamptz  NOT NULL
);
CREATE INDEX reminder_caller ON reminder (caller_id, created_at, id);
CREATE INDEX reminder_unsent ON reminder (claimed_at) WHERE status <> 'SENT';

-- The cases a reminder is about: one for an escalation, every listed call for a digest.
CREATE TABLE reminder_case (
    reminder_id varchar(64) NOT NULL REFERENCES reminder (id),
    case_id     varchar(64) NOT NULL REFERENCES followup_case (id),
    PRIMARY KEY (case_id, reminder_id)
);
