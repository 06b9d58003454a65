-- One booking per request, each by a person who has not booked yet, so every request is a real booking.
-- People are bench-p-<FIRST_PERSON + thread * SLICE + n>; sessions are the ids listed in SESSION_FILE
-- (written by run.sh), taken round-robin; SESSIONS=1 puts everyone on the first one. Each request carries the
-- coordinator's token from BENCH_COORDINATOR_TOKEN (set by run.sh), and with IDEMPOTENCY_KEYS=1 an Idempotency-Key of its
-- own (as a client that retries would send; booking-service then stores the answer with the place).
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("BENCH_COORDINATOR_TOKEN") or error("BENCH_COORDINATOR_TOKEN is not set"))
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  first = tonumber(os.getenv("FIRST_PERSON") or "0") + id * tonumber(os.getenv("SLICE") or "25000")
  dofile(os.getenv("SESSION_FILE"))
  sessions = math.min(tonumber(os.getenv("SESSIONS") or "100"), #session_ids)
  keys = os.getenv("IDEMPOTENCY_KEYS") == "1"
  statuses = {}
end

function request()
  local n = first + counter
  counter = counter + 1
  local person = "bench-p-" .. tostring(n)
  local session = session_ids[(n % sessions) + 1]
  local headers = {["Content-Type"] = "application/json", ["Authorization"] = wrk.headers["Authorization"]}
  if keys then
    headers["Idempotency-Key"] = person .. "@" .. session
  end
  return wrk.format("POST", "/sessions/" .. session .. "/bookings", headers, '{"personId":"' .. person .. '"}')
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local created = 0
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    if s then
      for code, n in pairs(s) do
        io.write(string.format("  HTTP %s: %d\n", code, n))
        if code == 201 then created = created + n end
      end
    end
  end
  io.write(string.format("  p50 %.1f ms, p99 %.1f ms, %.0f requests/s\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
  -- read by bench/booking-vs-pgbench/run.sh
  io.write(string.format("  created in all %d\n", created))
  io.write(string.format("  created %.1f/s, p50 %.1f ms, p99 %.1f ms\n", created / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
