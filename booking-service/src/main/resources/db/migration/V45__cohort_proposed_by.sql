-- Who proposed a cohort (the token's subject): an agency lead sees, confirms and drops only their own proposals.
alter table cohort add column proposed_by text;
