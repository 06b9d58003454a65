-- Every request carries the bearer token in BENCH_TOKEN (set by run.sh).
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or error("BENCH_TOKEN is not set"))
