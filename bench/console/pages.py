#!/usr/bin/env python3
"""Loads 500 sessions and 5,000 people into the services, signs in to the console through the provider's login form,
then times each page: pages.py CONSOLE BOOKING FOLLOWUP REQUESTS WARMUP [FIGURES_FILE]."""
import datetime
import http.client
import http.cookiejar
import json
import os
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

console, booking, followup, requests, warmup = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
figures = sys.argv[6] if len(sys.argv) > 6 else ""
HR = os.environ["BENCH_HR_TOKEN"]
COORDINATOR = os.environ["BENCH_COORDINATOR_TOKEN"]
SUBJECT = "bench-console"  # the signed-in coordinator, who is also the caller of the cases below
AIM_MS = 300


def api(method, url, token, body=None, expect=(200, 201)):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request) as response:
        assert response.status in expect, (url, response.status)
        return json.loads(response.read() or b"null")


# --- data: 10 agencies, 5,000 people, 500 sessions (the first 50 with 10 places booked), a cohort, 300 due calls
print("== loading 10 agencies, 5,000 people, 500 sessions", flush=True)
sectors = ["HEALTH", "EDUCATION", "SOCIAL_CARE", "POLICE", "YOUTH", "EARLY_YEARS", "VOLUNTARY", "HOUSING", "HEALTH",
           "EDUCATION"]
agencies = ["AG-%02d" % a for a in range(10)]
for code, sector in zip(agencies, sectors):
    api("POST", booking + "/agencies", HR, {"code": code, "name": "Agency " + code, "sector": sector})
names = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Khan"]
people = [{"hrId": "P%05d" % p, "givenName": "Person%d" % p, "familyName": names[p % 10], "agencyCode": agencies[p % 10],
           "audience": "PRACTITIONER", "email": "p%05d@example.org" % p} for p in range(5000)]
api("POST", booking + "/people/import", HR, people)
start = datetime.datetime.now(datetime.timezone.utc).replace(hour=9, minute=0, second=0, microsecond=0) \
    + datetime.timedelta(days=14)
sessions = []
for s in range(500):
    at = start + datetime.timedelta(days=s // 2, hours=4 * (s % 2))
    sessions.append(api("POST", booking + "/sessions", COORDINATOR, {
        "title": "IW01 session %d" % (s + 1), "venue": "Civic Centre", "moduleRefs": ["IW01"], "capacity": 20,
        "startsAt": at.isoformat(), "endsAt": (at + datetime.timedelta(hours=3)).isoformat()})["id"])
person = 0
for sid in sessions[:50]:
    for _ in range(10):
        api("POST", booking + "/sessions/%s/bookings" % sid, COORDINATOR, {"personId": "P%05d" % person})
        person += 1
cohort = api("POST", booking + "/cohorts", COORDINATOR, {
    "name": "Bench cohort", "nominees": ["P%05d" % p for p in range(1000, 1200)], "sessions": sessions[100:110]})["id"]
caller = api("POST", followup + "/callers", COORDINATOR, {"subject": SUBJECT, "name": "Bench Caller",
                                                          "email": "caller@la.example"})["id"]
ended = (datetime.date.today() - datetime.timedelta(days=21)).isoformat()
cases = [api("POST", followup + "/followups", COORDINATOR, {
    "personId": "P%05d" % p, "name": "Trainer %d" % p, "email": "p%05d@example.org" % p, "phone": "01632 960000",
    "agencyCode": agencies[p % 10], "moduleRef": "IW05", "process": "IW", "sessionId": "bench-iw05",
    "trainingEndedOn": ended, "callerId": caller})["id"] for p in range(2000, 2300)]

# --- sign in through the provider's login form, as a person does
jar = http.cookiejar.CookieJar()
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
with browser.open(console + "/") as page:
    login_url, login = page.geturl(), page.read().decode()
assert 'name="username"' in login, "the console did not send us to the provider's login form: " + login_url
action = re.search(r'<form[^>]*action="([^"]*)"', login)
target = urllib.parse.urljoin(login_url, action.group(1)) if action and action.group(1) else login_url
form = urllib.parse.urlencode({"username": SUBJECT, "claims": json.dumps({"roles": "coordinator"})}).encode()
with browser.open(target, data=form) as page:
    assert page.geturl().startswith(console), "sign-in did not return to the console: " + page.geturl()
host = urllib.parse.urlsplit(console)
cookie = "; ".join("%s=%s" % (c.name, c.value) for c in jar if c.domain.lstrip(".") in (host.hostname, host.hostname + ".local"))
assert cookie, "no session cookie from the console"

pages = [
    ("catalogue", "/catalogue"),
    ("catalogue plan", "/catalogue/plan"),
    ("sessions", "/sessions"),
    ("sessions filtered", "/sessions?process=IW&hasSpace=true"),
    ("session", "/sessions/" + sessions[0]),
    ("people search", "/people?q=Smith"),
    ("person", "/people/P00001"),
    ("cohort form", "/cohorts"),
    ("cohort proposal", "/cohorts/" + cohort),
    ("my calls", "/calls"),
    ("call case", "/calls/cases/" + cases[0]),
    ("figures", "/figures"),
]

connection = http.client.HTTPConnection(host.hostname, host.port)


def get(path):
    began = time.perf_counter()
    connection.request("GET", path, headers={"Cookie": cookie, "Accept": "text/html"})
    response = connection.getresponse()
    body = response.read()
    took = (time.perf_counter() - began) * 1000
    if response.status != 200:
        raise SystemExit("%s answered %d: %s" % (path, response.status, body[:300]))
    return took


print("== %d requests per page after %d to warm up, one at a time" % (requests, warmup), flush=True)
print("%-20s %8s %8s %8s" % ("page", "p50 ms", "p99 ms", "max ms"))
worst = 0.0
for name, path in pages:
    for _ in range(warmup):
        get(path)
    times = sorted(get(path) for _ in range(requests))
    p50 = statistics.median(times)
    p99 = times[min(len(times) - 1, int(round(0.99 * len(times))) - 1)]
    worst = max(worst, p99)
    print("%-20s %8.1f %8.1f %8.1f" % (name, p50, p99, times[-1]), flush=True)
    if figures:
        with open(figures, "a") as out:
            slug = name.replace(" ", "-")
            out.write("console %s p50\t%.1f\tms\t\n" % (slug, p50))
            out.write("console %s p99\t%.1f\tms\t< %d\n" % (slug, p99, AIM_MS))
print("worst p99: %.1f ms (aim: every page under %d ms)" % (worst, AIM_MS))
