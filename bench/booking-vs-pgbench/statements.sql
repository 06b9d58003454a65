-- run.sh statements: what booking-service sent its database during the counted run, per booking made (every
-- statement counted: the bookings', the outbox dispatcher's and the scheduled jobs' alike; BEGIN and COMMIT too)
\set QUIET on
select count(*) - :before as bookings from booking \gset
select sum(calls) as statements from pg_stat_statements s join pg_database d on d.oid = s.dbid
 where d.datname = :'db' and s.query not like '%pg_stat_statements%' \gset
select xact_commit + xact_rollback - :xacts as transactions from pg_stat_database where datname = :'db' \gset
select round(:statements::numeric / :bookings, 1) as per_booking, round(:transactions::numeric / :bookings, 1) as tx_per_booking \gset
\echo bookings made: :bookings
\echo statements per booking: :per_booking
\echo transactions per booking: :tx_per_booking
\echo the statements, by calls per booking:
select round(calls::numeric / :bookings, 2) as per_booking, round(mean_exec_time::numeric, 3) as mean_ms,
       left(regexp_replace(query, '\s+', ' ', 'g'), 150) as statement
  from pg_stat_statements s join pg_database d on d.oid = s.dbid
 where d.datname = :'db' and s.query not like '%pg_stat_statements%'
 order by calls desc limit 40;
