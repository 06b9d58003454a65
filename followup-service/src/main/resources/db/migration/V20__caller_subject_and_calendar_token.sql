-- A caller is found by the subject (`sub`) of their person's token; no two callers share one. Callers added before
-- this have none until a coordinator gives them one (the default caller's comes from configuration).
ALTER TABLE caller ADD COLUMN subject varchar(255);
CREATE UNIQUE INDEX caller_subject ON caller (subject);

-- The caller's calendar feed takes a secret token in its URL (calendar clients send no bearer token): only its
-- SHA-256 hash is kept. None until the caller (or a coordinator) asks for one; a new one replaces the old at once.
ALTER TABLE caller ADD COLUMN calendar_token_hash varchar(64);
