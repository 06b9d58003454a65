-- The framework's floor beside a booking (run.sh floor): GET PATH with the token in BENCH_READ_TOKEN, or none; with
-- SESSION_FILE set, PATH is /sessions/{id} over its ids round-robin (a read of one session: the token checked, one
-- read-only transaction, the view as JSON).
local token = os.getenv("BENCH_READ_TOKEN")
local n = 0

function init(args)
  if os.getenv("SESSION_FILE") then
    dofile(os.getenv("SESSION_FILE"))
  end
end

function request()
  n = n + 1
  local headers = token and {["Authorization"] = "Bearer " .. token} or {}
  local path = session_ids and ("/sessions/" .. session_ids[(n % #session_ids) + 1]) or os.getenv("READ_PATH")
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("  answered %.1f/s, p50 %.1f ms, p99 %.1f ms, %d not 2xx or failed\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed))
end
