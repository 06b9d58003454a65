-- cascade.started now needs a session's recorded attendance (booking.cascade.min-attendees besides the trainers),
-- no longer its start: the sessions the old job marked when they started are judged again, by attendance. The
-- (trainer, session) rows of cascade_event stay, so nothing already published goes out twice.
DELETE FROM cascade_checked_session;
COMMENT ON TABLE cascade_checked_session IS
    'Sessions with attendance recorded that the cascade rule has judged (the job skips them; recording attendance judges again)';
