#!/usr/bin/env python3
"""Writes the sample data of the README's weekly routine (SampleLogs/history/): four weekly
NT 4.0 Event Viewer text exports of one file server, FILESRV2, and a Performance Monitor log
(PDH CSV) of its memory over the same four weeks.

Made-up data, deterministic (fixed seed): the server's paged pool leaks slowly (Q196745), and
Srv 2020 shows up more often every week (1, 2, 4 and 7 times). Each export covers one week plus
the day before it (exports overlap), and none holds a boot, so no single export can time the
uptime before a 2020: alone each one leaves Q196745 likely; together, through the history, the
weekly counts rise and the finding is confirmed.

    python3 Benchmarks/generate-history-samples.py SampleLogs/history
"""
import datetime
import random
import sys

HOST = "FILESRV2"
START = datetime.datetime(1999, 3, 1, 6, 0, 0)  # a Monday
WEEKLY_2020 = [1, 2, 4, 7]


def nt4_time(t):
    hour = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t.year % 100:02d}\t{hour}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'}"


def events():
    rng = random.Random(1999)
    out = []
    for day in range(29):
        base = START.replace(hour=0) + datetime.timedelta(days=day)
        for _ in range(rng.randint(3, 6)):
            t = base + datetime.timedelta(hours=rng.randint(7, 18), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
            user = rng.choice(["maria", "jbauer", "kwong", "admin"])
            doc = rng.choice(["Budget.xls", "Minutes.doc", "Invoice 4411.doc", "Plan.vsd"])
            out.append((t, "Print", "Information", "None", 10, f"{HOST}\\{user}",
                        f"Document {rng.randint(2, 90)}, {doc} owned by {user} was printed on LASER1 via port 10.1.1.20. Size in bytes: {rng.randint(9000, 400000)}; pages printed: {rng.randint(1, 12)}"))
        if day % 3 == 0:
            t = base + datetime.timedelta(hours=3, minutes=12)
            out.append((t, "BROWSER", "Information", "None", 8015, "N/A",
                        "The browser has forced an election on network \\Device\\NetBT_E100B1 because a master browser was stopped."))
    for week, count in enumerate(WEEKLY_2020):
        tuesday = START.replace(hour=0) + datetime.timedelta(days=7 * week + 1)
        for i in range(count):
            t = tuesday + datetime.timedelta(hours=10 + (i * 13) % 72, minutes=17 * i % 60)
            out.append((t, "Srv", "Error", "None", 2020, "N/A",
                        "The server was unable to allocate from the system paged pool because the pool was empty."))
    return sorted(out, key=lambda e: e[0])


def write_exports(folder):
    all_events = events()
    for week in range(4):
        begin = START + datetime.timedelta(days=7 * week - (1 if week else 0))
        end = START + datetime.timedelta(days=7 * (week + 1), hours=2)
        chosen = [e for e in all_events if begin <= e[0] < end]
        lines = []
        for t, source, kind, category, event_id, user, text in reversed(chosen):
            lines.append("\t".join([nt4_time(t), source, kind, category, str(event_id), user, HOST, text + " "]))
        name = f"{folder}/{HOST}-System-1999-03-{(7 * week + 8):02d}.txt"
        with open(name, "wb") as f:
            f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def write_perfmon(folder):
    rng = random.Random(4)
    columns = ["Memory\\Pool Paged Bytes", "Memory\\Pool Nonpaged Bytes", "Memory\\Available Bytes", "System\\% Registry Quota In Use"]
    rows = ['"(PDH-CSV 4.0) (W. Europe Standard Time)(-60)",' + ",".join(f'"\\\\{HOST}\\{c}"' for c in columns)]
    t = START + datetime.timedelta(hours=2)
    step = datetime.timedelta(minutes=15)
    for i in range(28 * 96):
        days = i / 96
        hour = (t.hour + t.minute / 60)
        office = 1 if 8 <= hour < 18 and t.weekday() < 5 else 0
        paged = 22 * 2**20 + days * 0.6 * 2**20 + office * 1.2 * 2**20 + rng.gauss(0, 0.5 * 2**20)
        nonpaged = 5.5 * 2**20 + office * 0.4 * 2**20 + rng.gauss(0, 0.2 * 2**20)
        available = 41 * 2**20 - office * 6 * 2**20 + rng.gauss(0, 2**20)
        quota = 31.0 + rng.gauss(0, 0.05)
        stamp = t.strftime("%m/%d/%Y %H:%M:%S") + f".{rng.randint(0, 999):03d}"
        values = [f"{paged:.0f}", f"{nonpaged:.0f}", f"{available:.0f}", f"{quota:.6f}"]
        rows.append(f'"{stamp}",' + ",".join(f'"{v}"' for v in values))
        t += step
    with open(f"{folder}/{HOST}-memory.csv", "w", newline="") as f:
        f.write("\r\n".join(rows) + "\r\n")


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "SampleLogs/history"
    write_exports(target)
    write_perfmon(target)
