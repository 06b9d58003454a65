-- The number of the case's last escalated call. The reminder row's unique key stays the guarantee that a
-- call is escalated once; this marker only lets the daily scan skip calls already escalated, through a
-- partial index that holds just the open calls not yet escalated.
ALTER TABLE followup_case ADD COLUMN escalated_call_number int NOT NULL DEFAULT 0;
CREATE INDEX followup_case_unescalated ON followup_case (next_call_due, caller_id)
    WHERE status = 'OPEN' AND escalated_call_number < call_number;
