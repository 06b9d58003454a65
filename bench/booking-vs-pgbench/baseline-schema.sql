-- The issue's baseline schema (issue 14): the least a booking must keep. 100 sessions, nothing fills during a run.
create table session (id bigint primary key, capacity int, cap int, confirmed int);
create table booking (id bigserial primary key, session_id bigint, person_id text, agency text, status text,
                      created_at timestamptz default now(), unique (session_id, person_id));
create index on booking (session_id, agency) where status = 'CONFIRMED';
create table idem (key text primary key, response text, created_at timestamptz default now());
insert into session select s, 10000, 10000, 0 from generate_series(1, 100) s;
