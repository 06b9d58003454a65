"""Bench data through the API: 10 agencies, 100,000 people (ten imports of 10,000; BENCH_PEOPLE, a multiple of
10,000, sets another number: bench/booking-vs-pgbench loads 60,000), 100 sessions of 10,000
seats with maxAgencyShare 1.0 (nothing fills during a run), and one 20-seat session (default policy) for
the contention run. Writes the session ids as Lua for book.lua. Agencies and people are sent with the hr-system
token in BENCH_HR_TOKEN, sessions with the coordinator's in BENCH_COORDINATOR_TOKEN (both set by run.sh)."""
import json
import os
import sys
import time
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

base, session_file, contention_file = sys.argv[1], sys.argv[2], sys.argv[3]
HR_TOKEN, COORDINATOR_TOKEN = os.environ["BENCH_HR_TOKEN"], os.environ["BENCH_COORDINATOR_TOKEN"]
PEOPLE = int(os.environ.get("BENCH_PEOPLE", "100000"))
SECTORS = ["HEALTH", "EDUCATION", "SOCIAL_CARE", "POLICE", "YOUTH", "EARLY_YEARS", "VOLUNTARY", "HOUSING", "PROBATION", "OTHER"]


def call(method, path, body, token, content_type="application/json"):
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    # one key for the call and its retries: a retried POST /sessions replays its first answer, never makes a second
    headers = {"Content-Type": content_type, "Authorization": "Bearer " + token, "Idempotency-Key": str(uuid.uuid4())}
    for attempt in range(10):
        req = urllib.request.Request(base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=600) as resp:
                return json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as e:
            # a busy machine: the catalogue or the database asked unavailable for a moment; again after Retry-After
            if e.code != 503 or attempt == 9:
                raise
            time.sleep(int(e.headers.get("Retry-After") or 1))


for i, sector in enumerate(SECTORS):
    call("PUT", f"/agencies/bench-a-{i}", {"name": f"Bench agency {i}", "sector": sector}, HR_TOKEN)

started = time.time()
for chunk in range(PEOPLE // 10000):
    rows = [{"hrId": f"bench-p-{n}", "givenName": "Bench", "familyName": f"Person {n}", "agencyCode": f"bench-a-{n % 10}",
             "audience": "PRACTITIONER", "email": f"p{n}@example.org"} for n in range(chunk * 10000, (chunk + 1) * 10000)]
    result = call("POST", "/people/import", rows, HR_TOKEN)
    assert result["rejected"] == 0, result["rows"][:3]
print(f"  imported {PEOPLE:,} people in {time.time() - started:.1f} s ({PEOPLE // 10000} imports of 10,000 rows)")

start = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=60)
ids = []
for i in range(100):
    s = start + timedelta(hours=4 * i)
    view = call("POST", "/sessions", {"title": f"Bench {i}", "venue": "Bench", "moduleRefs": ["IW01"], "capacity": 10000,
                                      "startsAt": s.isoformat(), "endsAt": (s + timedelta(hours=1)).isoformat(),
                                      "mixPolicy": {"maxAgencyShare": 1.0}}, COORDINATOR_TOKEN)
    ids.append(view["id"])
with open(session_file, "w") as f:
    f.write("session_ids = {" + ",".join(f'"{i}"' for i in ids) + "}\n")
s = start - timedelta(days=20)
small = call("POST", "/sessions", {"title": "Contention", "venue": "Bench", "moduleRefs": ["IW01"], "capacity": 20,
                                   "startsAt": s.isoformat(), "endsAt": (s + timedelta(hours=1)).isoformat()},
             COORDINATOR_TOKEN)
with open(contention_file, "w") as f:
    f.write(small["id"])
