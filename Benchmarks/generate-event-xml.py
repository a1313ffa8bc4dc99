#!/usr/bin/env python3
"""Writes a large, realistic Event Viewer "Save as XML" export (System log, classic NT events
with RenderingInfo, ~600-1000 bytes each) for the XML reader benchmarks.

    python3 Benchmarks/generate-event-xml.py OUT.xml SIZE_MB [NOISE]

By default every event is one the rules look at (boots, versions, service changes, Srv 2020,
popups): the worst case for `analyze`. NOISE (0 to 1) is the share of events no rule names
(NETLOGON, W32Time, LSASRV, Cdrom, Kerberos), as in a real System log.
"""
import random
import sys

NS = "http://schemas.microsoft.com/win/2004/08/events/event"
TEMPLATES = [
    ("Service Control Manager", 7036, 16384, 4, ["{svc}", "{state}"], "The {0} service entered the {1} state."),
    ("Service Control Manager", 7035, 16384, 4, ["{svc}", "start"], "The {0} service was successfully sent a {1} control."),
    ("EventLog", 6005, 32768, 4, [], "The Event log service was started."),
    ("EventLog", 6009, 32768, 4, ["4.0", "1381", "Service Pack {sp}", "Uniprocessor Free"], "Microsoft (R) Windows NT (R) {0} {1} {2} {3}."),
    ("Srv", 2020, 49152, 2, ["\\Device\\LanmanServer"], "The server was unable to allocate from the system paged pool because the pool was empty."),
    ("Application Popup", 26, 16384, 4, ["Windows NT - Delayed Write Failed", "Data for {svc} could not be written, &quot;retry&quot;.&#xD;&#xA;&#9;Details follow."],
     "Application popup: {0} : {1}&#xD;&#xA;"),
]
NOISE = [
    ("NETLOGON", 5719, 49152, 2, ["CORP"], "No Windows NT Domain Controller is available for domain {0} for the following reason:&#xD;&#xA;There are currently no logon servers available to service the logon request."),
    ("W32Time", 35, 16384, 4, ["ntsrv02.corp.example"], "The time service is now synchronizing the system time with the time source {0}."),
    ("LSASRV", 40960, 32768, 3, ["CORP\\NTSRV01$"], "The Security System detected an authentication error for the server {0}."),
    ("Cdrom", 51, 32768, 3, ["\\Device\\CdRom0"], "An error was detected on device {0} during a paging operation."),
    ("Kerberos", 4, 49152, 2, ["host/ntsrv01"], "The kerberos client received a KRB_AP_ERR_MODIFIED error from the server {0}."),
]
SERVICES = ["DHCP Server", "Spooler", "Messenger", "Computer Browser", "Remote Access Server", "Zürich Backup Agent"]
STATES = ["running", "stopped", "paused"]


def event(record, rng, noise=0.0):
    # (No draw when there is no noise: the worst-case file stays byte for byte what it was.)
    source, eid, qual, level, strings, message = rng.choice(NOISE if noise and rng.random() < noise else TEMPLATES)
    values = {"svc": rng.choice(SERVICES), "state": rng.choice(STATES), "sp": rng.randint(1, 6)}
    strings = [s.format(**values) for s in strings]
    seconds = 925_000_000 + record * 7
    time = "1999-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}.000000000Z".format(
        5 + seconds // 2_600_000 % 6, 1 + seconds // 86400 % 28, seconds // 3600 % 24, seconds // 60 % 60, seconds % 60)
    data = "".join(f"<Data>{s}</Data>" for s in strings)
    binary = "<Binary>0000040000002C0000000000E40700C0000000009A0000C0</Binary>" if eid == 2020 else ""
    return (f"<Event xmlns='{NS}'><System><Provider Name='{source}'/><EventID Qualifiers='{qual}'>{eid}</EventID>"
            f"<Level>{level}</Level><Task>0</Task><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='{time}'/>"
            f"<EventRecordID>{record}</EventRecordID><Channel>System</Channel><Computer>NTSRV01.corp.example</Computer><Security/></System>"
            f"<EventData>{data}{binary}</EventData><RenderingInfo Culture='en-US'><Message>{message.format(*strings)}</Message>"
            f"<Level>{'Error' if level == 2 else 'Information'}</Level><Task>None</Task><Opcode></Opcode><Channel>System</Channel>"
            f"<Provider>{source}</Provider><Keywords><Keyword>Classic</Keyword></Keywords></RenderingInfo></Event>")


def main():
    path, megabytes = sys.argv[1], float(sys.argv[2])
    noise = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    target = int(megabytes * 1_000_000)
    rng = random.Random(1381)
    written, record = 0, 1
    with open(path, "w", encoding="utf-8", newline="") as out:
        head = '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\r\n<Events>'
        out.write(head)
        written += len(head)
        batch = []
        while written < target:
            text = event(record, rng, noise)
            batch.append(text)
            written += len(text.encode("utf-8"))
            record += 1
            if len(batch) == 2000:
                out.write("".join(batch))
                batch = []
        out.write("".join(batch) + "</Events>")
    print(f"{path}: {record - 1} events, {written / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
