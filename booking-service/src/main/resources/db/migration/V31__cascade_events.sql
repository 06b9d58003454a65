-- cascade.started goes out once per (trainer, session), whichever of the session's start and its attendance
-- comes first, also with several instances: the primary key decides.
CREATE TABLE cascade_event (
    session_id   text         NOT NULL,
    trainer_id   text         NOT NULL,
    published_at timestamptz  NOT NULL,
    PRIMARY KEY (session_id, trainer_id)
);

-- Sessions whose start the cascade job has already looked at, so it does not scan every past session again.
CREATE TABLE cascade_checked_session (
    session_id text PRIMARY KEY,
    checked_at timestamptz NOT NULL
);
