#!/usr/bin/env python3
"""Writes large synthetic text exports for throughput benchmarks of ntdiag's text readers.

    generate.py FORMAT SIZE_MB OUTPUT

FORMAT is eventviewer-text (NT 4.0 Event Viewer "Save As" text: tab-delimited, M/d/yy,
Windows-1252, CRLF, some descriptions over several lines) or powershell-csv (Windows
PowerShell 5.1 `Get-WinEvent | Export-Csv`: #TYPE line, all 27 columns quoted, en-US times).
The content cycles through a few NT 4.0 System-log events with advancing times; it is
deterministic, so runs can be compared.
"""
import sys
from datetime import datetime, timedelta

NT_EVENTS = [
    ("EventLog", "Information", "None", 6005, "N/A", "The Event log service was started."),
    ("EventLog", "Information", "None", 6009, "N/A", "Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 3 Uniprocessor Free."),
    ("Service Control Manager", "Information", "None", 7035, "NTSRV01\\Administrator", "The DHCP Server service was successfully sent a start control."),
    ("Service Control Manager", "Information", "None", 7036, "N/A", "The DHCP Server service entered the running state."),
    ("Srv", "Error", "None", 2020, "N/A", "The server was unable to allocate from the system paged pool because the pool was empty."),
    ("Save Dump", "Information", "None", 1001, "N/A", "The computer has rebooted from a bugcheck.  The bugcheck was: 0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000000). Microsoft Windows NT [v15.1381]. A dump was saved in: C:\\WINNT\\MEMORY.DMP."),
    ("Application Popup", "Information", "None", 26, "N/A", "Application popup: winlogon.exe - Application Error : The instruction at \"0x77f6c2e1\" referenced memory at \"0x00000000\". The memory could not be \"read\".\r\n\r\nClick on OK to terminate the application"),
    ("Print", "Information", "None", 10, "NTSRV01\\J\u00fcrgen", "Document 12, \u00dcberweisung.doc owned by J\u00fcrgen was printed on HP LaserJet 4 via port LPT1:.  Size in bytes: 48213; pages printed: 2"),
]

def nt_time(t):
    hour = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t.year % 100:02d}", f"{hour}:{t.minute:02d}:{t.second:02d} {'PM' if t.hour >= 12 else 'AM'}"

def eventviewer_text(out, limit):
    t = datetime(1999, 5, 1, 8, 0, 0)
    written = 0
    i = 0
    while written < limit:
        source, kind, category, event, user, text = NT_EVENTS[i % len(NT_EVENTS)]
        date, clock = nt_time(t)
        line = f"{date}\t{clock}\t{source}\t{kind}\t{category}\t{event}\t{user}\tNTSRV01\t{text}\r\n".encode("cp1252")
        out.write(line)
        written += len(line)
        t += timedelta(seconds=37)
        i += 1

PS_HEADER = '"Message","Id","Version","Qualifiers","Level","Task","Opcode","Keywords","RecordId","ProviderName","ProviderId","LogName","ProcessId","ThreadId","MachineName","UserId","TimeCreated","ActivityId","RelatedActivityId","ContainerLog","MatchedQueryIds","Bookmark","LevelDisplayName","OpcodeDisplayName","TaskDisplayName","KeywordsDisplayNames","Properties"'

QUALIFIERS = {6005: 32768, 6009: 32768, 7035: 16384, 7036: 16384, 2020: 49152, 1001: 0, 26: 0, 10: 0}
LEVELS = {"Information": 4, "Error": 2, "Warning": 3}

def powershell_csv(out, limit):
    t = datetime(1999, 5, 1, 8, 0, 0)
    head = ("#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord\r\n" + PS_HEADER + "\r\n").encode("ascii")
    out.write(head)
    written = len(head)
    i = 0
    while written < limit:
        source, kind, category, event, user, text = NT_EVENTS[i % len(NT_EVENTS)]
        hour = t.hour % 12 or 12
        when = f"{t.month}/{t.day}/{t.year} {hour}:{t.minute:02d}:{t.second:02d} {'PM' if t.hour >= 12 else 'AM'}"
        message = text.replace('"', '""').encode("ascii", "replace").decode("ascii")
        sid = "S-1-5-21-1004336348-1177238915-682003330-500" if "\\" in user else ""
        fields = [message, str(event), "", str(QUALIFIERS[event]), str(LEVELS[kind]), "0", "", "36028797018963968", str(i + 1),
                  source, "", "System", "0", "0", "NTSRV01", sid, when, "", "", "C:\\logs\\SysEvent.Evt", "",
                  "System.Diagnostics.Eventing.Reader.EventBookmark", kind, "", "", "System.Collections.ObjectModel.ReadOnlyCollection`1[System.String]",
                  "System.Collections.Generic.List`1[System.Diagnostics.Eventing.Reader.EventProperty]"]
        line = (",".join('"' + f + '"' for f in fields) + "\r\n").encode("ascii")
        out.write(line)
        written += len(line)
        t += timedelta(seconds=37)
        i += 1

if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    kind, size, path = sys.argv[1], int(sys.argv[2]) * 1_000_000, sys.argv[3]
    with open(path, "wb") as out:
        {"eventviewer-text": eventviewer_text, "powershell-csv": powershell_csv}[kind](out, size)
