-- Transactional outbox: every event is written in the transaction of the change it reports, then delivered
-- by the dispatcher. A webhook delivery is its own row (one per subscription and event), so each receiver
-- retries, fails and is retried by an operator on its own.
CREATE TABLE outbox_event (
    id              varchar(36)  PRIMARY KEY,
    type            varchar(40)  NOT NULL,
    event_key       text         NOT NULL,
    event_id        varchar(36)  NOT NULL,
    webhook_id      varchar(36),
    payload         text         NOT NULL,
    status          varchar(12)  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    last_error      text,
    created_at      timestamptz  NOT NULL,
    next_attempt_at timestamptz  NOT NULL,
    retry_until     timestamptz  NOT NULL,
    delivered_at    timestamptz,
    CONSTRAINT outbox_event_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED'))
);
-- The dispatcher's claim query reads only due PENDING rows.
CREATE INDEX outbox_event_due ON outbox_event (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX outbox_event_status_created ON outbox_event (status, created_at, id);
CREATE INDEX outbox_event_webhook ON outbox_event (webhook_id, created_at, id) WHERE webhook_id IS NOT NULL;

CREATE TABLE webhook (
    id              varchar(36)   PRIMARY KEY,
    url             varchar(2000) NOT NULL,
    events          text          NOT NULL,
    secret          varchar(100)  NOT NULL,
    active          boolean       NOT NULL,
    disabled_reason varchar(500),
    created_at      timestamptz   NOT NULL
);

-- One calendar entry per booking: its SEQUENCE grows with each change sent to the attendee.
CREATE TABLE notice_calendar (
    booking_id text PRIMARY KEY,
    sequence   integer      NOT NULL
);
