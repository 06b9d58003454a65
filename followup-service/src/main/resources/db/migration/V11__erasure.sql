-- Erasures booking-service asked for (POST /erasures), by the sender's event id: a redelivery answers what the
-- first did and erases nothing new. Ids and counts only: no personal data.
CREATE TABLE erasure_event (
    event_id      varchar(200) PRIMARY KEY,
    person_id     varchar(100) NOT NULL,
    cases         int          NOT NULL,
    calls         int          NOT NULL,
    reminders     int          NOT NULL,
    closed_cases  int          NOT NULL,
    received_at   timestamptz  NOT NULL
);
CREATE INDEX erasure_event_person ON erasure_event (person_id);

-- When the case's personal data was erased: it stays erased, whatever booking-service later sends of the person.
ALTER TABLE followup_case ADD COLUMN erased_at timestamptz;
