-- issue 12: the follow-up cycle. An open case has a phase; a cascade (a delivered session booking-service reported,
-- one a caller recorded, or one the trainer self-reported) is kept on its own and linked to the cases it applies to.

-- The trainer's own line manager (booking-service sends it), who receives the one escalation of a stalled case.
ALTER TABLE followup_case ADD COLUMN manager_name varchar(200);
ALTER TABLE followup_case ADD COLUMN manager_email varchar(320);
-- AWAITING_FIRST_CALL, NOT_STARTED or STALLED while open; null once closed.
ALTER TABLE followup_case ADD COLUMN phase varchar(24);
UPDATE followup_case SET phase = CASE WHEN call_number > 1 THEN 'NOT_STARTED' ELSE 'AWAITING_FIRST_CALL' END
    WHERE status = 'OPEN';
ALTER TABLE followup_case ADD CONSTRAINT followup_case_open_has_phase CHECK ((status = 'OPEN') = (phase IS NOT NULL));
ALTER TABLE followup_case ADD CONSTRAINT followup_case_phase
    CHECK (phase IS NULL OR phase IN ('AWAITING_FIRST_CALL', 'NOT_STARTED', 'STALLED'));
-- The date of the earliest cascade detected on the case (booking-service, a caller's record, a self-report).
ALTER TABLE followup_case ADD COLUMN cascade_detected_on date;
-- Counters of the stall rule: NOT_STARTED calls made, NO_CONTACT attempts in a row.
ALTER TABLE followup_case ADD COLUMN not_started_calls int NOT NULL DEFAULT 0;
ALTER TABLE followup_case ADD COLUMN no_contact_streak int NOT NULL DEFAULT 0;
ALTER TABLE followup_case ADD COLUMN stalled_on date;
-- The stall escalation's marker (the reminder row's unique key is the guarantee; this lets the scan skip it).
-- Left out of the entity, as escalated_call_number is.
ALTER TABLE followup_case ADD COLUMN stall_escalated boolean NOT NULL DEFAULT false;
-- A coordinator's target for the trainer, and the colleagues the case's cascades have reached so far.
ALTER TABLE followup_case ADD COLUMN target_colleagues int;
ALTER TABLE followup_case ADD COLUMN target_by date;
ALTER TABLE followup_case ADD COLUMN colleagues_reached int NOT NULL DEFAULT 0;
CREATE INDEX followup_case_stalled ON followup_case (next_call_due) WHERE status = 'OPEN' AND phase = 'STALLED'
    AND manager_email IS NOT NULL AND NOT stall_escalated;

-- Calls record structure: how the materials are received, what stands in the way, support asked, a planned date.
ALTER TABLE followup_call ADD COLUMN materials_reception varchar(20)
    CHECK (materials_reception IN ('WORKING_WELL', 'NEEDS_CHANGES', 'NOT_USED'));
ALTER TABLE followup_call ADD COLUMN barriers jsonb;
ALTER TABLE followup_call ADD COLUMN support_requested text;
ALTER TABLE followup_call ADD COLUMN planned_cascade_on date;

-- Every cascade: a session booking-service reported (source BOOKING, one per person, process and session), or one
-- delivered outside the suite that a caller (CALLER) or the trainer (SELF_REPORT) recorded. Kept whether or not a
-- case matched it: a case opened later for the trainer and process applies it at once.
CREATE TABLE cascade (
    id           varchar(64)  PRIMARY KEY,
    person_id    varchar(100) NOT NULL,
    process      varchar(10)  NOT NULL,
    source       varchar(16)  NOT NULL CHECK (source IN ('BOOKING', 'CALLER', 'SELF_REPORT')),
    session_id   varchar(100),
    held_on      date         NOT NULL,
    -- colleagues trained (the trainers left out); null when unknown
    attendees    int CHECK (attendees >= 0),
    by_agency    jsonb        NOT NULL DEFAULT '{}',
    by_sector    jsonb        NOT NULL DEFAULT '{}',
    recorded_at  timestamptz  NOT NULL
);
CREATE UNIQUE INDEX cascade_booking_session ON cascade (person_id, process, session_id) WHERE source = 'BOOKING';
CREATE INDEX cascade_person ON cascade (person_id, process, held_on);

CREATE TABLE case_cascade (
    case_id    varchar(64) NOT NULL REFERENCES followup_case (id),
    cascade_id varchar(64) NOT NULL REFERENCES cascade (id),
    PRIMARY KEY (case_id, cascade_id)
);
CREATE INDEX case_cascade_cascade ON case_cascade (cascade_id);

-- Call-less updates on a case (SELF_REPORTED: what the trainer said through the self-report link).
CREATE TABLE case_update (
    id          varchar(64) PRIMARY KEY,
    case_id     varchar(64) NOT NULL REFERENCES followup_case (id),
    kind        varchar(20) NOT NULL CHECK (kind IN ('SELF_REPORTED')),
    started     boolean     NOT NULL,
    started_on  date,
    attendees   int,
    by_agency   jsonb       NOT NULL DEFAULT '{}',
    notes       text,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX case_update_case ON case_update (case_id, recorded_at);

-- Callers by rule: the agencies and processes a caller covers (none: covers nothing by rule).
ALTER TABLE caller ADD COLUMN agencies jsonb NOT NULL DEFAULT '[]';
ALTER TABLE caller ADD COLUMN processes jsonb NOT NULL DEFAULT '[]';

-- Every assignment of a case to a caller, oldest first: the history a reassignment keeps, and how the old caller's
-- calendar feed knows to cancel the moved case's event.
CREATE TABLE case_assignment (
    id          bigserial   PRIMARY KEY,
    case_id     varchar(64) NOT NULL REFERENCES followup_case (id),
    caller_id   varchar(64) NOT NULL REFERENCES caller (id),
    assigned_at timestamptz NOT NULL,
    -- the case's schedule sequence when it moved away from this caller; null while it is this caller's
    ended_at    timestamptz,
    ended_sequence int
);
CREATE INDEX case_assignment_case ON case_assignment (case_id, id);
CREATE INDEX case_assignment_moved ON case_assignment (caller_id, ended_at) WHERE ended_at IS NOT NULL;
INSERT INTO case_assignment (case_id, caller_id, assigned_at) SELECT id, caller_id, created_at FROM followup_case;

-- A cascade event's replay answers the cases it recorded on (open, first call still due) as well as those it closed.
ALTER TABLE cascade_event ADD COLUMN recorded_cases int NOT NULL DEFAULT 0;
