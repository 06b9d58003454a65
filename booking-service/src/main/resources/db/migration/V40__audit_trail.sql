-- The audit trail (suite-conventions' AuditTrail writes it; GET /audit reads it): one row a request that
-- changed something or read people's data. Never a request body: ids, not personal fields.
create table audit_event (
    id          bigserial primary key,
    request_id  uuid        not null unique,
    at          timestamptz not null,
    subject     text,
    roles       text[]      not null default '{}',
    client_id   text,
    operation   text        not null,
    change      boolean     not null,
    record_kind text,
    record_id   text,
    person_ids  text[]      not null default '{}',
    outcome     integer
);
create index audit_event_by_time on audit_event (at, id);
create index audit_event_by_subject on audit_event (subject, at, id);
create index audit_event_by_person on audit_event using gin (person_ids);
