-- An Idempotency-Key replay repeats the first response's Content-Type (with its charset) and ETag too.
alter table idempotency_record add column content_type text;
alter table idempotency_record add column etag text;
