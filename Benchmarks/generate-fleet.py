#!/usr/bin/env python3
"""Writes folders of NT 4.0 event log exports from several machines, for `ntdiag audit`.

  generate-fleet.py samples DIR                    the sample fleet of SampleLogs/fleet (deterministic)
  generate-fleet.py big DIR [--mb 1000] [--hosts 40]
                                                   about MB megabytes in 100 files of HOSTS machines,
                                                   in mixed formats (event XML and .evt), some of
                                                   them overlapping exports of the same log

The content is made up to look like the System and Application logs of NT 4.0 servers; nothing
is copied from a real log. The .evt files are laid out by generate-evt.py's writer.
"""
import importlib.util
import os
import struct
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("generate_evt", os.path.join(HERE, "generate-evt.py"))
evt = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(evt)

NS = "http://schemas.microsoft.com/win/2004/08/events/event"
INFO, WARNING, ERROR = 4, 2, 1
LEVELS = {INFO: (4, "Information"), WARNING: (3, "Warning"), ERROR: (2, "Error")}
QUALIFIERS = {INFO: 16384, WARNING: 32768, ERROR: 49152}
DAY = 86_400


def iso(seconds):
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000000000Z")


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")


class Event:
    """One event as both writers need it: the 16-bit ID, type, source, strings and message."""

    def __init__(self, when, source, event_id, etype, strings=(), message="", qualifiers=None, data=b""):
        self.when, self.source, self.id, self.type = when, source, event_id, etype
        self.strings, self.message, self.data = list(strings), message, data
        self.qualifiers = QUALIFIERS[etype] if qualifiers is None else qualifiers

    def full_id(self):
        return (self.qualifiers << 16) | self.id

    def xml(self, record, computer, channel):
        level, level_name = LEVELS[self.type]
        data = "".join("<Data>%s</Data>" % escape(s) for s in self.strings)
        if self.data:
            data += "<Binary>%s</Binary>" % self.data.hex().upper()
        computer_xml = "<Computer>%s</Computer>" % escape(computer) if computer else ""
        return ("<Event xmlns='%s'><System><Provider Name='%s'/><EventID Qualifiers='%d'>%d</EventID><Level>%d</Level>"
                "<Task>0</Task><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='%s'/><EventRecordID>%d</EventRecordID>"
                "<Channel>%s</Channel>%s<Security/></System><EventData>%s</EventData><RenderingInfo Culture='en-US'>"
                "<Message>%s</Message><Level>%s</Level><Task></Task><Opcode></Opcode><Channel></Channel><Provider></Provider>"
                "<Keywords><Keyword>Classic</Keyword></Keywords></RenderingInfo></Event>"
                % (NS, escape(self.source), self.qualifiers, self.id, level, iso(self.when), record, channel, computer_xml, data,
                   escape(self.message), level_name))

    def evt(self, record, computer):
        return evt.record(record, self.when, self.full_id(), self.type, self.source, computer, self.strings, data=self.data)


# The events of NT 4.0 that the samples are made of.

def boot(when, csd=None, kernel="Uniprocessor Free"):
    events = [Event(when, "EventLog", 6005, INFO, message="The Event log service was started.", qualifiers=32768)]
    if csd is not None:  # 6009 first appeared in Service Pack 4
        events.append(Event(when + 1, "EventLog", 6009, INFO, ["4.0", "1381", csd, kernel],
                            "Microsoft (R) Windows NT (R) 4.0 1381 %s %s." % (csd, kernel), qualifiers=32768))
    return events


def shutdown(when):
    return [Event(when, "EventLog", 6006, INFO, message="The Event log service was stopped.", qualifiers=32768)]


def unexpected(when, previous):
    stamp = datetime.fromtimestamp(previous, timezone.utc)
    clock, date = stamp.strftime("%H:%M:%S"), "%d/%d/%s" % (stamp.month, stamp.day, stamp.strftime("%y"))
    return [Event(when, "EventLog", 6008, ERROR, [clock, date],
                  "The previous system shutdown at %s on %s was unexpected." % (clock, date), qualifiers=32768)]


def service(when, name, state):
    return [Event(when, "Service Control Manager", 7036, INFO, [name, state], "The %s service entered the %s state." % (name, state))]


def control(when, name, verb):
    return [Event(when, "Service Control Manager", 7035, INFO, [name, verb],
                  "The %s service was successfully sent a %s control." % (name, verb))]


def restart(when, name):
    return control(when, name, "stop") + service(when + 2, name, "stopped") + control(when + 20, name, "start") + service(when + 21, name, "running")


def crash(when, bugcheck):
    text = "The computer has rebooted from a bugcheck.  The bugcheck was: %s. Microsoft Windows NT [v15.1381]. A dump was saved in: C:\\WINNT\\MEMORY.DMP." % bugcheck
    return [Event(when, "Save Dump", 1001, INFO, [bugcheck, "Microsoft Windows NT [v15.1381]", "C:\\WINNT\\MEMORY.DMP"], text, qualifiers=0)]


def srv(when, event_id, message):
    return [Event(when, "Srv", event_id, ERROR, ["\\Device\\LanmanServer"], message, data=evt.srv_pool_data(0xC0000000 | event_id))]


def disk_full(when, drive):
    return [Event(when, "Srv", 2013, WARNING, ["\\Device\\LanmanServer", drive],
                  "The %s disk is at or near capacity.  You may need to delete some files." % drive)]


# The sample fleet.

T0 = 917_827_200  # 1999-02-01T00:00:00Z


def fileserver():
    """FILESRV1, Service Pack 3: rebooted weekly, until a two-week run in March during which Srv
    runs out of paged pool (before SP4, NT logs neither 6006 nor 6008 nor 6009)."""
    events = []
    for day in [0, 7, 14, 21, 28, 35, 49, 56, 63]:
        start = T0 + day * DAY + 8 * 3600
        events += boot(start)
        events += service(start + 40, "Server", "running") + service(start + 41, "Spooler", "running")
        events += disk_full(start + 2 * DAY + 3 * 3600, "D:")
    for day, hour in [(44, 9), (44, 15), (45, 11), (46, 8)]:
        events += srv(T0 + day * DAY + hour * 3600 + 1207, 2020,
                      "The server was unable to allocate from the system paged pool because the pool was empty.")
    return sorted(events, key=lambda e: e.when)


def print_server():
    """PRINT01, Service Pack 5: the LPR port monitor leaks with each event 2004."""
    events = []
    for week in range(6):
        start = T0 + 14 * DAY + week * 7 * DAY + 7 * 3600
        events += boot(start, "Service Pack 5")
        events += service(start + 35, "Spooler", "running") + service(start + 36, "TCP/IP Print Server", "running")
        for day in range(1, 6):
            if (week + day) % 2 == 0:
                events.append(Event(start + day * DAY + 5 * 3600, "LPR Print Monitor", 2004, WARNING, ["PRN-3RD-FLOOR"],
                                    "The printer PRN-3RD-FLOOR on the LPD server did not accept the job; the port will retry."))
        events += shutdown(start + 6 * DAY + 9 * 3600)
    return sorted(events, key=lambda e: e.when)


def dhcp_alpha():
    """DHCP01, an Alpha DHCP server on Service Pack 3: restarts of DHCP Server, then STOP 0xC000021A."""
    events = []
    start = T0 + 20 * DAY + 6 * 3600
    events += boot(start) + service(start + 45, "DHCP Server", "running")
    for n in range(6):
        events += restart(start + (3 + n * 4) * DAY + 17 * 3600, "DHCP Server")
    events += crash(start + 27 * DAY + 300, "0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000000)")
    events += boot(start + 27 * DAY + 100) + service(start + 27 * DAY + 150, "DHCP Server", "running")
    return sorted(events, key=lambda e: e.when)


def mq_server():
    """MQ01, Service Pack 6 (or 6a): MQSeries channels fail (Application log) and Messenger dies."""
    system, application = [], []
    for week in range(5):
        start = T0 + 21 * DAY + week * 7 * DAY + 6 * 3600
        system += boot(start, "Service Pack 6") + service(start + 30, "Messenger", "running")
        system += service(start + 31, "MQSeries", "running")
        if week == 3:
            system.append(Event(start + 2 * DAY, "Service Control Manager", 7023, ERROR, ["Messenger", "The process terminated unexpectedly."],
                                "The Messenger service terminated with the following error: The process terminated unexpectedly."))
            system += restart(start + 2 * DAY + 600, "Messenger")
        application.append(Event(start + 3 * DAY + 3600, "MQSeries", 9213, ERROR, ["TO.QM.HQ", "10.1.4.20"],
                                 "A communications error for TCP/IP occurred on channel TO.QM.HQ to 10.1.4.20: setsockopt SO_KEEPALIVE failed."))
        system += shutdown(start + 6 * DAY + 8 * 3600)
    return sorted(system, key=lambda e: e.when), sorted(application, key=lambda e: e.when)


def workstation():
    """WS07, an NT 4.0 Workstation on Service Pack 3: a service that talks to the desktop does not
    start in time after some boots (the export names no computer: the folder does)."""
    events = []
    for day in range(0, 40, 3):
        start = T0 + 30 * DAY + day * DAY + 7 * 3600 + 1800
        events += boot(start) + service(start + 60, "Messenger", "running")
        if day % 9 == 0:
            events.append(Event(start + 95, "Service Control Manager", 7000, ERROR, ["Barcode Scanner Agent", "%%1053"],
                                "The Barcode Scanner Agent service failed to start due to the following error: "
                                "The service did not respond to the start or control request in a timely fashion."))
    return sorted(events, key=lambda e: e.when)


def print_server_application():
    """PRINT01's Application log: the spooler's process fails now and then."""
    events = []
    for n, day in enumerate([16, 23, 31, 38, 45, 52]):
        events.append(Event(T0 + day * DAY + 14 * 3600 + 321, "Dr. Watson", 4097, INFO, ["spoolss.exe", "c0000005"],
                            "The application, spoolss.exe, generated an application error. The error occurred on %d/%d/1999 "
                            "@ 14:05:21.321. The exception generated was c0000005 at address 77F6C2E1 (RtlFreeHeap)."
                            % (3 if day > 27 else 2, day - 27 if day > 27 else day + 1)))
        if n % 2 == 0:
            events.append(Event(T0 + day * DAY + 9 * 3600, "Perflib", 1000, WARNING, ["RemoteAccess"],
                                "The Open Procedure for service \"RemoteAccess\" in DLL \"rasctrs.dll\" failed. "
                                "Performance data for this service will not be available."))
    return sorted(events, key=lambda e: e.when)


def sql_server():
    """SQL01, Service Pack 6a and quiet: nothing to install."""
    events = []
    for week in range(8):
        start = T0 + week * 7 * DAY + 5 * 3600
        events += boot(start, "Service Pack 6") + service(start + 50, "MSSQLServer", "running")
        events += shutdown(start + 6 * DAY + 23 * 3600)
    return sorted(events, key=lambda e: e.when)


TYPE_NAMES = {INFO: "Information", WARNING: "Warning", ERROR: "Error"}


def local_stamp(seconds, offset_hours):
    """M/d/yy and h:mm:ss AM/PM, as a US-English NT 4.0 Event Viewer writes local times."""
    stamp = datetime.fromtimestamp(seconds + offset_hours * 3600, timezone.utc)
    hour = stamp.hour % 12 or 12
    return ("%d/%d/%s" % (stamp.month, stamp.day, stamp.strftime("%y")),
            "%d:%02d:%02d %s" % (hour, stamp.minute, stamp.second, "AM" if stamp.hour < 12 else "PM"))


def write_eventviewer(path, computer, events, offset_hours, separator):
    """NT 4.0 Event Viewer "Save As" text (tab-delimited) or comma-delimited text: Windows-1252,
    CR LF, newest first, no header; the machine's local time."""
    lines = []
    for event in sorted(events, key=lambda e: e.when, reverse=True):
        date, clock = local_stamp(event.when, offset_hours)
        fields = [date, clock, event.source, TYPE_NAMES[event.type], "None", str(event.id), "N/A", computer]
        lines.append(separator.join(fields) + separator + event.message + (" " if separator == "\t" else ""))
    with open(path, "wb") as out:
        out.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def write_logparser_select(path, events, offset_hours):
    """`LogParser -i:EVT -o:TSV -fullEventCode:ON "SELECT TimeGenerated, SourceName, EventID,
    EventTypeName, Strings, Message FROM …"`: no computer name, local times, full event codes."""
    rows = ["TimeGenerated\tSourceName\tEventID\tEventTypeName\tStrings\tMessage"]
    for event in events:
        stamp = datetime.fromtimestamp(event.when + offset_hours * 3600, timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
        rows.append("\t".join([stamp, event.source, str(event.full_id()), TYPE_NAMES[event.type] + " event", "|".join(event.strings), event.message]))
    with open(path, "w", encoding="utf-8", newline="\r\n") as out:
        out.write("\n".join(rows) + "\n")


def write_xml(path, computer, events, channel="System", first_record=1, keep=None):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\r\n<Events>')
        for number, event in enumerate(events, start=first_record):
            if keep is None or keep(number, event):
                out.write(event.xml(number, computer, channel))
        out.write("</Events>")


def evt_bytes(computer, events):
    records = [event.evt(number, computer) for number, event in enumerate(events, start=1)]
    buffer = evt.Buffer(0x30 + sum(len(r) for r in records) + 40)
    ring = evt.Ring(buffer, len(buffer.data), 0x30)
    for number, data in enumerate(records, start=1):
        ring.append(number, data)
    ring.finish(0)
    return bytearray(buffer.data), records


def samples(root):
    def path(*parts):
        full = os.path.join(root, *parts)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        return full

    events = fileserver()
    # Two exports of FILESRV1's System log, the second taken five weeks after the first: they
    # share the records of mid-February to mid-March.
    cut_first, cut_second = T0 + 47 * DAY, T0 + 18 * DAY
    write_xml(path("filesrv1", "System-1999-03.xml"), "FILESRV1", events, keep=lambda n, e: e.when < cut_first)
    write_xml(path("filesrv1", "System-1999-04.xml"), "FILESRV1", events, keep=lambda n, e: e.when >= cut_second)
    # PRINT01's logs were saved from Event Viewer on the machine itself (Central European time).
    write_eventviewer(path("print01", "System.txt"), "PRINT01", print_server(), 1, "\t")
    write_eventviewer(path("print01", "Application.csv"), "PRINT01", print_server_application(), 1, ",")
    write_logparser_select(path("site-b", "ws07", "System-query.tsv"), workstation(), 1)
    data, _ = evt_bytes("DHCP01", dhcp_alpha())
    with open(path("site-b", "dhcp01", "SysEvent.Evt"), "wb") as out:
        out.write(data)
    system, application = mq_server()
    data, records = evt_bytes("MQ01", system)
    # Damage: a disk error wiped part of one record in the middle of the log.
    offset = 0x30 + sum(len(r) for r in records[:20]) + 4
    data[offset:offset + 12] = b"\xde\xad\xbe\xef" * 3
    with open(path("site-b", "mq01", "SysEvent.Evt"), "wb") as out:
        out.write(data)
    write_xml(path("site-b", "mq01", "Application.xml"), "MQ01", application, channel="Application")
    write_xml(path("sql01", "System.xml"), "sql01.corp.example", sql_server())
    with open(path("inventory.yaml"), "w", encoding="utf-8", newline="\n") as out:
        out.write(INVENTORY)
    with open(path("README.txt"), "w", encoding="utf-8", newline="\n") as out:
        out.write("Event logs exported from the NT 4.0 servers of the plant, February to April 1999.\n"
                  "One folder per machine; site-b is the warehouse. inventory.yaml holds what the logs cannot say.\n")


INVENTORY = """# What the administrators know about the machines that their event logs cannot say:
# the user database (User Manager), the hardware, and a service pack the logs cannot tell apart.
defaults:
  architecture: x86
hosts:
  FILESRV1:
    users: 450
    groups_per_user: 14
  DHCP01:
    architecture: alpha
    processors: uniprocessor
  SQL01:
    service_pack: 6a
"""


# The big fleet for the benchmark.

def big(root, megabytes, hosts):
    """100 files of about megabytes/100 MB each: per machine a System log (event XML or .evt,
    alternately) and an Application log (event XML); every fifth machine also has a second,
    overlapping export of its System log."""
    files = []
    for index in range(hosts):
        files.append((index, "System", "xml" if index % 2 == 0 else "evt", 0))
        files.append((index, "Application", "xml", 0))
        if index % 5 == 0:
            files.append((index, "System", "xml" if index % 2 == 0 else "evt", 1))
    while len(files) < 100:
        files.append((len(files) % hosts, "Application", "xml", len(files)))
    files = files[:100]
    size = megabytes * 1_000_000 // len(files)
    last = {}
    for index, log, kind, copy in files:
        computer = "NTSRV%03d" % (index + 1)
        folder = os.path.join(root, "site-%d" % (index % 4), computer.lower())
        os.makedirs(folder, exist_ok=True)
        name = "%s%s.%s" % (log, "-%d" % copy if copy else "", kind)
        # A second export of a log starts halfway through the first: they share half their records.
        first = last.get((index, log), 0) // 2 + 1 if copy else 1
        stream = big_events(index, log, first)
        if kind == "xml":
            last[(index, log)] = write_big_xml(os.path.join(folder, name), computer, log, stream, size)
        else:
            last[(index, log)] = write_big_evt(os.path.join(folder, name), computer, stream, size)
    print("%s: %d files" % (root, len(files)))


def big_events(host, log, first):
    """An endless stream of (record, event) for one log from record `first` on, one event every
    43 seconds (so two exports of one log agree on every record they share)."""
    services = ["Spooler", "DHCP Server", "Messenger", "Alerter", "Computer Browser", "Server", "Workstation", "Net Logon"]
    number = first
    t = T0 + (first - 1) * 43
    while True:
        kind = number % 40
        if log == "Application":
            event = Event(t, "MSSQLServer" if kind % 3 else "Dr. Watson", 17055 if kind % 3 else 4097, INFO,
                          ["Backup of database ACCOUNTS finished: %d pages dumped." % (number % 9000)],
                          "Backup of database ACCOUNTS finished: %d pages dumped." % (number % 9000))
        elif kind == 0:
            event = boot(t, "Service Pack %d" % (3 + host % 4) if host % 4 else None)[0]
        elif kind == 1 and host % 3 == 0:
            event = srv(t, 2020, "The server was unable to allocate from the system paged pool because the pool was empty.")[0]
        elif kind == 2:
            event = disk_full(t, "D:")[0]
        else:
            name = services[number % len(services)]
            event = service(t, name, "running" if kind % 2 else "stopped")[0]
        yield number, event
        number += 1
        t += 43


def write_big_xml(path, computer, log, stream, size):
    with open(path, "w", encoding="utf-8", newline="") as out:
        written = out.write('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\r\n<Events>')
        batch = []
        for number, event in stream:
            text = event.xml(number, computer, log)
            batch.append(text)
            written += len(text)
            if len(batch) == 2000:
                out.write("".join(batch))
                batch = []
            if written >= size:
                break
        out.write("".join(batch) + "</Events>")
    return number


def write_big_evt(path, computer, stream, size):
    size = max(0x10000, size // 4 * 4)
    with open(path, "wb") as out:
        out.truncate(size)
        ring = evt.Ring(out, size, 0x30)
        written = last = 0
        for number, event in stream:
            data = event.evt(number, computer)
            if written + ring.room_for(len(data)) + 40 > size - 0x30:
                break
            written += ring.room_for(len(data))
            ring.append(number, data)
            last = number
        ring.finish(0)
    return last


def main(argv):
    if len(argv) >= 3 and argv[1] == "samples":
        samples(argv[2])
    elif len(argv) >= 3 and argv[1] == "big":
        megabytes = int(argv[argv.index("--mb") + 1]) if "--mb" in argv else 1000
        hosts = int(argv[argv.index("--hosts") + 1]) if "--hosts" in argv else 40
        big(argv[2], megabytes, hosts)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
