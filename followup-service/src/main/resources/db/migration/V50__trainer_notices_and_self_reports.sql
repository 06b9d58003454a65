-- Trainer notices (a reminder of kind TRAINER_NOTICE, one per case and call, 2 working days before the call is due)
-- and the trainers' self-reports they link to.
-- NB for whoever merges another new reminder kind: this CHECK must list every kind; the last migration wins.
ALTER TABLE reminder DROP CONSTRAINT reminder_kind_check;
ALTER TABLE reminder ADD CONSTRAINT reminder_kind_check CHECK (kind IN ('DIGEST', 'ESCALATION', 'TRAINER_NOTICE'));

-- The self-report links' secrets (SecretTokens: random, only their SHA-256 kept), one per notice sent; each is
-- valid while its case is open.
CREATE TABLE self_report_token (
    token_hash char(64)    PRIMARY KEY,
    case_id    varchar(64) NOT NULL REFERENCES followup_case (id),
    issued_at  timestamptz NOT NULL
);
CREATE INDEX self_report_token_case ON self_report_token (case_id);

-- What a trainer reported through the link (SELF_REPORTED): no call, the first-call obligation stands.
CREATE TABLE self_report (
    id          varchar(64) PRIMARY KEY,
    case_id     varchar(64) NOT NULL REFERENCES followup_case (id),
    reported_at timestamptz NOT NULL,
    started     boolean     NOT NULL,
    started_on  date,
    attendees   int CHECK (attendees BETWEEN 0 AND 10000),
    agencies    text        NOT NULL DEFAULT ''
);
CREATE INDEX self_report_case ON self_report (case_id, reported_at, id);
