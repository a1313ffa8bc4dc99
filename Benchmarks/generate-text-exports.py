#!/usr/bin/env python3
"""Writes the text-export samples of SampleLogs/formats and large text exports for benchmarks.

  generate-text-exports.py samples DIR                   the hand-made samples (deterministic)
  generate-text-exports.py big FORMAT SIZE_MB OUTPUT     a large export, FORMAT one of
                                                         eventviewer-text, powershell-csv

The samples imitate what the tools write (docs: FORMATS.md section 4): NT 4.0 and Windows 2000
Event Viewer text, dumpel, Vista+ Event Viewer text and CSV (an NT 4.0 log opened on Windows 7),
wevtutil, PowerShell and Log Parser, with their encodings (Windows-1252, UTF-8 with and without
a BOM, UTF-16LE), line endings (CR LF, LF) and date formats (US month-first, UK and German
day-first). Their content is made up to look like an NT 4.0 Server's System log; nothing is
copied from a real log.

The big exports cycle through a few NT 4.0 System events with advancing times (deterministic):
eventviewer-text is NT 4.0 Event Viewer "Save As" text (tab-delimited, M/d/yy, Windows-1252,
CR LF, some descriptions over several lines); powershell-csv is Windows PowerShell 5.1's
`Get-WinEvent | Export-Csv` (#TYPE line, all 27 columns quoted, en-US times).
"""
import os
import sys
from datetime import datetime, timedelta

ROOT = "."


def write(rel, text, encoding="cp1252", newline="\r\n", bom=False):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    body = text.replace("\r\n", "\n").replace("\n", newline)
    data = body.encode(encoding)
    if bom:
        data = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe"}[encoding] + data
    with open(path, "wb") as f:
        f.write(data)


def samples():
    """The hand-made samples, one block per file."""
    T = "\t"
    BUGCHECK = "0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000000)"
    SAVEDUMP = f"The computer has rebooted from a bugcheck.  The bugcheck was: {BUGCHECK}. Microsoft Windows NT [v15.1381]. A dump was saved in: C:\\WINNT\\MEMORY.DMP."
    SRV2020 = "The server was unable to allocate from the system paged pool because the pool was empty."
    POPUP = ('Application popup: winlogon.exe - Application Error : The instruction at "0x77f6c2e1" referenced memory at "0x00000000". The memory could not be "read".\n'
             '\n'
             'Click on OK to terminate the application')
    PRINT10 = "Document 12, Überweisung.doc owned by Jürgen was printed on HP LaserJet 4 via port LPT1:.  Size in bytes: 48213; pages printed: 2"

    # 1. NT 4.0 Event Viewer, Save As text: tab-delimited, Windows-1252, CRLF, M/d/yy, newest first.
    rows = [
        ("5/14/99", "10:03:27 AM", "Service Control Manager", "Information", "None", "7036", "N/A", "The DHCP Server service entered the running state."),
        ("5/14/99", "10:03:25 AM", "Service Control Manager", "Information", "None", "7035", "NTSRV01\\Administrator", "The DHCP Server service was successfully sent a start control."),
        ("5/14/99", "10:02:54 AM", "Save Dump", "Information", "None", "1001", "N/A", SAVEDUMP),
        ("5/14/99", "10:02:11 AM", "EventLog", "Information", "None", "6009", "N/A", "Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 3 Uniprocessor Free."),
        ("5/14/99", "10:02:11 AM", "EventLog", "Information", "None", "6005", "N/A", "The Event log service was started."),
        ("5/14/99", "9:58:40 AM", "Application Popup", "Information", "None", "26", "N/A", POPUP),
        ("5/13/99", "11:47:05 PM", "Srv", "Error", "None", "2020", "N/A", SRV2020),
        ("5/13/99", "6:15:33 PM", "Print", "Information", "None", "10", "NTSRV01\\Jürgen", PRINT10),
        ("5/13/99", "12:00:02 AM", "EventLog", "Information", "None", "6006", "N/A", "The Event log service was stopped."),
    ]
    write("eventviewer-text/nt4-sp3-system.txt",
          "".join(T.join(r[:7] + ("NTSRV01", r[7] + " ")) + "\n" for r in rows))

    # 2. Windows 2000 Event Viewer, Save Log File As text: UTF-16LE with BOM, CRLF, en-GB dd/MM/yyyy 24-hour.
    sec = [
        ("14/05/2000", "10:15:42", "Success Audit", "Logon/Logoff", "528", "NTSRV01\\Jürgen",
         "Successful Logon:\n \tUser Name:\tJürgen\n \tDomain:\t\tNTSRV01\n \tLogon ID:\t\t(0x0,0x3E7A2)\n \tLogon Type:\t2\n \tLogon Process:\tUser32  \n \tAuthentication Package:\tNegotiate\n \tWorkstation Name:\tNTSRV01"),
        ("14/05/2000", "10:14:58", "Failure Audit", "Logon/Logoff", "529", "NT AUTHORITY\\SYSTEM",
         "Logon Failure:\n \tReason:\t\tUnknown user name or bad password\n \tUser Name:\tjurgen\n \tDomain:\t\tNTSRV01\n \tLogon Type:\t2\n \tLogon Process:\tUser32  \n \tAuthentication Package:\tNegotiate\n \tWorkstation Name:\tNTSRV01"),
        ("13/05/2000", "18:02:10", "Success Audit", "Logon/Logoff", "538", "NTSRV01\\Administrator",
         "User Logoff:\n \tUser Name:\tAdministrator\n \tDomain:\t\tNTSRV01\n \tLogon ID:\t\t(0x0,0x1F3C4)\n \tLogon Type:\t2"),
        ("09/05/2000", "08:00:01", "Success Audit", "System Event", "517", "NT AUTHORITY\\SYSTEM",
         "The audit log was cleared\n \tPrimary User Name:\tSYSTEM\n \tPrimary Domain:\tNT AUTHORITY\n \tPrimary Logon ID:\t(0x0,0x3E7)\n \tClient User Name:\tAdministrator\n \tClient Domain:\tNTSRV01\n \tClient Logon ID:\t(0x0,0x1F3C4)"),
    ]
    write("eventviewer-text/w2k-security-en-gb.txt",
          "".join(T.join((d, t, "Security", k, c, i, u, "NTSRV01", m)) + "\n" for d, t, k, c, i, u, m in sec),
          encoding="utf-16-le", bom=True)

    # 3. NT 4.0 SP6a Event Viewer, Save As comma-delimited text: en-GB dd/MM/yy 24-hour, LF (copied through
    #    a Unix box), Windows-1252; commas inside descriptions are not escaped; one description is quoted.
    csv_rows = [
        ("15/05/99", "8:01:14", "Service Control Manager", "Information", "None", "7036", "N/A", "The DHCP Server service entered the running state."),
        ("15/05/99", "8:01:12", "Service Control Manager", "Information", "None", "7035", "NTSRV02\\Administrator", "The DHCP Server service was successfully sent a start control."),
        ("15/05/99", "8:00:40", "Save Dump", "Information", "None", "1001", "N/A", SAVEDUMP),
        ("15/05/99", "7:59:58", "EventLog", "Error", "None", "6008", "N/A", "The previous system shutdown at 22:14:02 on 14/05/99 was unexpected."),
        ("15/05/99", "7:59:58", "EventLog", "Information", "None", "6009", "N/A", "Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 6 Uniprocessor Free."),
        ("15/05/99", "7:59:58", "EventLog", "Information", "None", "6005", "N/A", "The Event log service was started."),
        ("14/05/99", "22:13:51", "Application Popup", "Information", "None", "26", "N/A",
         '"Application popup: Microsoft Word : The document ""Angebot, Müller.doc"" could not be saved, the disk is full.\n\nFree some space and try again."'),
        ("14/05/99", "22:10:07", "Srv", "Error", "None", "2020", "N/A", SRV2020),
        ("14/05/99", "9:30:00", "EventLog", "Information", "None", "6006", "N/A", "The Event log service was stopped."),
    ]
    write("eventviewer-csv/nt4-sp6a-system-en-gb.csv",
          "".join(",".join(r[:7] + ("NTSRV02", r[7])) + "\n" for r in csv_rows), newline="\n")

    # 4. Resource Kit dumpel (dumpel -l system -f file): tab-separated fields, strings separated by spaces
    #    (no -t), M/d/yy, Windows-1252, CRLF, user before source.
    dumpel = [
        ("5/14/99", "10:03:27 AM", "4", "0", "7036", "N/A", "Service Control Manager", "DHCP Server running"),
        ("5/14/99", "10:03:25 AM", "4", "0", "7035", "NTSRV01\\Administrator", "Service Control Manager", "DHCP Server start"),
        ("5/14/99", "10:02:54 AM", "4", "0", "1001", "N/A", "Save Dump", BUGCHECK + " Microsoft Windows NT [v15.1381] C:\\WINNT\\MEMORY.DMP"),
        ("5/14/99", "10:02:11 AM", "4", "0", "6009", "N/A", "EventLog", "4.0 1381 Service Pack 3 Uniprocessor Free"),
        ("5/14/99", "10:02:11 AM", "4", "0", "6005", "N/A", "EventLog", ""),
        ("5/13/99", "11:47:05 PM", "1", "0", "2020", "N/A", "Srv", "\\Device\\LanmanServer"),
        ("5/13/99", "11:40:13 PM", "1", "0", "1016", "N/A", "DhcpServer", "%%20013"),
        ("5/13/99", "6:15:33 PM", "4", "0", "10", "NTSRV01\\Jürgen", "Print", "12 Überweisung.doc Jürgen HP LaserJet 4 LPT1: 48213 2"),
        ("5/13/99", "12:00:02 AM", "4", "0", "6006", "N/A", "EventLog", ""),
    ]
    write("dumpel/nt4-system-dumpel.txt",
          "".join(T.join(r[:7] + ("NTSRV01", r[7])) + "\n" for r in dumpel))

    # 5. Windows 2000 Resource Kit dumpel -c -t: comma-separated fields and strings, source before user,
    #    en-GB dd/MM/yyyy 24-hour, LF.
    dumpel_c = [
        ("15/05/2000", "08:01:14", "4", "0", "7036", "Service Control Manager", "N/A", "DHCP Server,running"),
        ("15/05/2000", "08:01:12", "4", "0", "7035", "Service Control Manager", "NTSRV02\\Administrator", "DHCP Server,start"),
        ("15/05/2000", "08:00:40", "4", "0", "1001", "Save Dump", "N/A", BUGCHECK + ",Microsoft Windows NT [v15.1381],C:\\WINNT\\MEMORY.DMP"),
        ("15/05/2000", "07:59:58", "1", "0", "6008", "EventLog", "N/A", "22:14:02,14/05/2000"),
        ("15/05/2000", "07:59:58", "4", "0", "6009", "EventLog", "N/A", "4.0,1381,Service Pack 6,Uniprocessor Free"),
        ("15/05/2000", "07:59:58", "4", "0", "6005", "EventLog", "N/A", ""),
        ("14/05/2000", "22:10:07", "1", "0", "2020", "Srv", "N/A", "\\Device\\LanmanServer"),
    ]
    write("dumpel/w2k-system-dumpel-c.csv",
          "".join(",".join(r[:7] + ("NTSRV02",) + ((r[7],) if r[7] else ())) + "\n" for r in dumpel_c), newline="\n")

    # 6. Windows 7 Event Viewer, an NT 4.0 SysEvent.Evt opened and saved as Text (Tab delimited):
    #    UTF-16LE with BOM, CRLF, en-US M/d/yyyy, descriptions quoted (Windows 7's own message texts).
    def q(text):
        return '"' + text.replace('"', '""') + '"'
    vista = [
        ("Information", "5/14/1999 10:03:27 AM", "Service Control Manager", "7036", "None", "The DHCP Server service entered the running state."),
        ("Information", "5/14/1999 10:03:25 AM", "Service Control Manager", "7035", "None", "The DHCP Server service was successfully sent a start control."),
        ("Information", "5/14/1999 10:02:54 AM", "Save Dump", "1001", "None", SAVEDUMP),
        ("Information", "5/14/1999 10:02:11 AM", "EventLog", "6009", "None", "Microsoft (R) Windows (R) 4.0 1381 Service Pack 3 Uniprocessor Free."),
        ("Information", "5/14/1999 10:02:11 AM", "EventLog", "6005", "None", "The Event log service was started."),
        ("Information", "5/14/1999 9:58:40 AM", "Application Popup", "26", "None", POPUP.replace("Error : ", "Error :\t")),
        ("Error", "5/13/1999 11:47:05 PM", "Srv", "2020", "None", SRV2020),
        ("Information", "5/13/1999 6:15:33 PM", "Print", "10", "(1)", PRINT10),
        ("Information", "5/13/1999 12:00:02 AM", "EventLog", "6006", "None", "The Event log service was stopped."),
    ]
    write("vista-text/nt4-system-opened-on-win7.txt",
          "Level\tDate and Time\tSource\tEvent ID\tTask Category\n" +
          "".join(T.join(r[:5] + (q(r[5]),)) + "\n" for r in vista), encoding="utf-16-le", bom=True)

    # 7. German Windows 7 Event Viewer, Save As CSV: UTF-8 with BOM, CRLF, dd.MM.yyyy HH:mm:ss.
    vista_de = [
        ("Informationen", "15.05.1999 08:01:14", "Service Control Manager", "7036", "Keine", 'Der Dienst "DHCP-Server" befindet sich jetzt im Status "Ausgeführt".'),
        ("Informationen", "15.05.1999 08:01:12", "Service Control Manager", "7035", "Keine", 'An den Dienst "DHCP-Server" wurde die Steuerung "Starten" erfolgreich gesendet.'),
        ("Fehler", "15.05.1999 07:59:58", "EventLog", "6008", "Keine", "Das System wurde zuvor am ‎14.‎05.‎1999 um 22:14:02 unerwartet heruntergefahren."),
        ("Informationen", "15.05.1999 07:59:58", "EventLog", "6009", "Keine", "Microsoft (R) Windows (R) 4.0 1381 Service Pack 6 Uniprocessor Free."),
        ("Informationen", "15.05.1999 07:59:58", "EventLog", "6005", "Keine", "Der Ereignisprotokolldienst wurde gestartet."),
        ("Fehler", "14.05.1999 22:10:07", "Srv", "2020", "Keine", "Der Server konnte keinen Speicher aus dem ausgelagerten Pool reservieren, da der Pool leer war."),
        ("Warnung", "14.05.1999 21:55:31", "Srv", "2013", "Keine", "Der Datenträger C: ist fast voll,\nes sind nur noch 2 % frei.\n\nLöschen Sie nicht benötigte Dateien."),
    ]
    write("vista-csv/nt4-system-opened-on-win7-de.csv",
          "Ebene,Datum und Uhrzeit,Quelle,Ereignis-ID,Aufgabenkategorie\n" +
          "".join(",".join(r[:5] + (q(r[5]),)) + "\n" for r in vista_de), encoding="utf-8", bom=True)

    # 8. wevtutil qe SysEvent.Evt /lf:true /f:text on Windows 7: local times, UTF-8, LF.
    def wevt(n, source, date, eid, level, user, username, description, task="None", keyword="Classic", colon=":"):
        return (f"Event[{n}]{colon}\n  Log Name: System\n  Source: {source}\n  Date: {date}\n  Event ID: {eid}\n  Task: {task}\n"
                f"  Level: {level}\n  Opcode: Info\n  Keyword: {keyword}\n  User: {user}\n  User Name: {username}\n  Computer: NTSRV01\n"
                f"  Description: \n{description}\n\n")
    wevt_text = "".join([
        wevt(0, "EventLog", "1999-05-13T00:00:02.000", 6006, "Information", "N/A", "N/A", "The Event log service was stopped."),
        wevt(1, "Srv", "1999-05-13T23:47:05.000", 2020, "Error", "N/A", "N/A", SRV2020),
        wevt(2, "EventLog", "1999-05-14T10:02:11.000", 6005, "Information", "N/A", "N/A", "The Event log service was started."),
        wevt(3, "EventLog", "1999-05-14T10:02:11.000", 6009, "Information", "N/A", "N/A", "Microsoft (R) Windows (R) 4.0 1381 Service Pack 3 Uniprocessor Free."),
        wevt(4, "Save Dump", "1999-05-14T10:02:54.000", 1001, "Information", "N/A", "N/A", SAVEDUMP),
        wevt(5, "Service Control Manager", "1999-05-14T10:03:25.000", 7035, "Information", "S-1-5-21-1004336348-1177238915-682003330-500",
             "NTSRV01\\Administrator", "The DHCP Server service was successfully sent a start control."),
        wevt(6, "Service Control Manager", "1999-05-14T10:03:27.000", 7036, "Information", "N/A", "N/A",
             "The description for Event ID 7036 from source Service Control Manager cannot be found. Either the component that raises this event is not installed on your local computer or the installation is corrupted. You can install or repair the component on the local computer.\n\n"
             "If the event originated on another computer, the display information had to be saved with the event.\n\n"
             "The following information was included with the event: \n\nDHCP Server\nrunning\n"),
    ])
    write("wevtutil-text/nt4-system-on-win7.txt", wevt_text, encoding="utf-8", newline="\n")

    # 9. wevtutil on Windows 11 (blocks without the colon, UTC dates with 7 digits, NULs after some values), CRLF.
    w11 = (wevt(0, "EventLog", "1999-05-14T08:02:11.0000000Z", 6005, "Information", "N/A", "N/A", "The Event log service was started.", task="None\0", colon="") +
           wevt(1, "EventLog", "1999-05-14T08:02:11.0000000Z", 6009, "Information", "N/A", "N/A",
                "Microsoft (R) Windows (R) 4.0 1381 Service Pack 3 Uniprocessor Free.", colon="") +
           wevt(2, "Srv", "1999-05-13T21:47:05.0000000Z", 2020, "Error", "N/A", "N/A", SRV2020, colon=""))
    write("wevtutil-text/nt4-system-on-win11-utc.txt", w11, encoding="utf-8")

    # 10. Windows PowerShell 5.1: Get-WinEvent -Path SysEvent.Evt | Export-Csv (all 27 columns, #TYPE line,
    #     ASCII encoding: non-ASCII became '?'), en-US times, CRLF.
    ps_cols = ["Message","Id","Version","Qualifiers","Level","Task","Opcode","Keywords","RecordId","ProviderName","ProviderId","LogName","ProcessId","ThreadId","MachineName","UserId","TimeCreated","ActivityId","RelatedActivityId","ContainerLog","MatchedQueryIds","Bookmark","LevelDisplayName","OpcodeDisplayName","TaskDisplayName","KeywordsDisplayNames","Properties"]
    def ps_row(message, eid, qualifiers, level, record, source, sid, time, levelname, task="0", taskname="None"):
        values = [message, eid, "", qualifiers, level, task, "", "36028797018963968", record, source, "", "System", "", "", "NTSRV01", sid, time,
                  "", "", "C:\\Evidence\\SysEvent.Evt", "System.UInt32[]", "System.Diagnostics.Eventing.Reader.EventBookmark", levelname, "Info", taskname,
                  "System.Collections.ObjectModel.ReadOnlyCollection`1[System.String]",
                  "System.Collections.Generic.List`1[System.Diagnostics.Eventing.Reader.EventProperty]"]
        return ",".join(q(v) for v in values) + "\n"
    ps = ("#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord\n" + ",".join(q(c) for c in ps_cols) + "\n" +
          ps_row("The Event log service was stopped.", "6006", "32768", "4", "1412", "EventLog", "", "5/13/1999 12:00:02 AM", "Information") +
          ps_row(PRINT10.replace("ü", "?").replace("Ü", "?"), "10", "0", "4", "1413", "Print", "S-1-5-21-1004336348-1177238915-682003330-1003", "5/13/1999 6:15:33 PM", "Information", "1", "(1)") +
          ps_row(SRV2020, "2020", "49152", "2", "1414", "Srv", "", "5/13/1999 11:47:05 PM", "Error") +
          ps_row(POPUP, "26", "0", "4", "1415", "Application Popup", "", "5/14/1999 9:58:40 AM", "Information") +
          ps_row("The Event log service was started.", "6005", "32768", "4", "1416", "EventLog", "", "5/14/1999 10:02:11 AM", "Information") +
          ps_row("Microsoft (R) Windows (R) 4.0 1381 Service Pack 3 Uniprocessor Free.", "6009", "32768", "4", "1417", "EventLog", "", "5/14/1999 10:02:11 AM", "Information") +
          ps_row(SAVEDUMP, "1001", "0", "4", "1418", "Save Dump", "", "5/14/1999 10:02:54 AM", "Information") +
          ps_row("The DHCP Server service was successfully sent a start control.", "7035", "16384", "4", "1419", "Service Control Manager",
                 "S-1-5-21-1004336348-1177238915-682003330-500", "5/14/1999 10:03:25 AM", "Information") +
          ps_row("The DHCP Server service entered the running state.", "7036", "16384", "4", "1420", "Service Control Manager", "", "5/14/1999 10:03:27 AM", "Information"))
    write("powershell-csv/nt4-system-get-winevent.csv", ps, encoding="ascii")

    # 11. Windows PowerShell 5.1 on a German machine: Get-EventLog System | Export-Csv -UseCulture
    #     -NoTypeInformation -Encoding UTF8 (semicolons, UTF-8 with BOM), dd.MM.yyyy HH:mm:ss, CRLF.
    gel_cols = ["EventID","MachineName","Data","Index","Category","CategoryNumber","EntryType","Message","Source","ReplacementStrings","InstanceId","TimeGenerated","TimeWritten","UserName","Site","Container"]
    def gel_row(eid, index, entry, message, source, instance, time, user=""):
        values = [eid, "NTSRV02", "System.Byte[]", index, "(0)", "0", entry, message, source, "System.String[]", instance, time, time, user, "", ""]
        return ";".join(q(v) for v in values) + "\n"
    gel = (";".join(q(c) for c in gel_cols) + "\n" +
           gel_row("7036", "2211", "Information", 'Der Dienst "DHCP-Server" befindet sich jetzt im Status "Ausgeführt".', "Service Control Manager", "1073748860", "15.05.1999 08:01:14") +
           gel_row("7035", "2210", "Information", 'An den Dienst "DHCP-Server" wurde die Steuerung "Starten" erfolgreich gesendet.', "Service Control Manager", "1073748859", "15.05.1999 08:01:12", "NTSRV02\\Administrator") +
           gel_row("1001", "2209", "Information", "Der Computer wurde nach einem schwerwiegenden Fehler neu gestartet. Der Fehler war: " + BUGCHECK + ".\nEin Speicherabbild wurde gespeichert in: C:\\WINNT\\MEMORY.DMP.", "Save Dump", "1001", "15.05.1999 08:00:40") +
           gel_row("6008", "2208", "Error", "Das System wurde zuvor am 14.05.1999 um 22:14:02 unerwartet heruntergefahren.", "EventLog", "2147489656", "15.05.1999 07:59:58") +
           gel_row("6009", "2207", "Information", "Microsoft (R) Windows (R) 4.0 1381 Service Pack 6 Uniprocessor Free.", "EventLog", "2147489657", "15.05.1999 07:59:58") +
           gel_row("6005", "2206", "Information", "Der Ereignisprotokolldienst wurde gestartet.", "EventLog", "2147489653", "15.05.1999 07:59:58") +
           gel_row("2020", "2205", "Error", "Der Server konnte keinen Speicher aus dem ausgelagerten Pool reservieren, da der Pool leer war.", "Srv", "3221227492", "14.05.1999 22:10:07"))
    write("powershell-csv/nt4-system-get-eventlog-de.csv", gel, encoding="utf-8", bom=True)

    # 12. Log Parser 2.2: LogParser -i:EVT -o:CSV "SELECT * FROM SysEvent.Evt" > file (default: no quotes,
    #     yyyy-MM-dd hh:mm:ss local times, Strings joined with |, statistics at the end), CRLF, Windows-1252.
    lp_cols = "EventLog,RecordNumber,TimeGenerated,TimeWritten,EventID,EventType,EventTypeName,EventCategory,EventCategoryName,SourceName,Strings,ComputerName,SID,Message,Data"
    def lp(rec, time, eid, etype, tname, source, strings, message, sid="", data=""):
        values = ["C:\\Evidence\\SysEvent.Evt", rec, time, time, eid, etype, tname, "0", "None", source, strings, "NTSRV01", sid, message, data]
        return ",".join(q(v) if "," in v or '"' in v else v for v in values) + "\n"
    lp_text = (lp_cols + "\n" +
        lp("1412", "1999-05-13 00:00:02", "6006", "4", "Information event", "EventLog", "", "The Event log service was stopped.") +
        lp("1413", "1999-05-13 18:15:33", "10", "4", "Information event", "Print", "12|Überweisung.doc|Jürgen|HP LaserJet 4|LPT1:|48213|2", PRINT10,
           sid="NTSRV01\\Jürgen") +
        lp("1414", "1999-05-13 23:47:05", "2020", "1", "Error event", "Srv", "\\Device\\LanmanServer", SRV2020,
           data="000000000100540000000000E40700C0000000009A0000C0000000000000000000000000") +
        lp("1415", "1999-05-14 10:02:11", "6005", "4", "Information event", "EventLog", "", "The Event log service was started.") +
        lp("1416", "1999-05-14 10:02:11", "6009", "4", "Information event", "EventLog", "4.0|1381|Service Pack 3|Uniprocessor Free",
           "Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 3 Uniprocessor Free.") +
        lp("1417", "1999-05-14 10:02:54", "1001", "4", "Information event", "Save Dump",
           BUGCHECK + "|Microsoft Windows NT [v15.1381]|C:\\WINNT\\MEMORY.DMP", SAVEDUMP) +
        lp("1418", "1999-05-14 10:03:25", "7035", "4", "Information event", "Service Control Manager", "DHCP Server|start",
           "The DHCP Server service was successfully sent a start control.", sid="NTSRV01\\Administrator") +
        lp("1419", "1999-05-14 10:03:27", "7036", "4", "Information event", "Service Control Manager", "DHCP Server|running",
           "The DHCP Server service entered the running state.") +
        "\nStatistics:\n-----------\nElements processed: 8\nElements output:    8\nExecution time:     0.03 seconds\n\n")
    write("logparser-csv/nt4-system-logparser.csv", lp_text)

    # 13. Log Parser -o:TSV with a SELECT of some fields (full 32-bit IDs with -fullEventCode:ON), UTF-8, LF.
    tsv = ("TimeGenerated\tSourceName\tEventID\tEventTypeName\tStrings\tMessage\n" +
        "1999-05-14 10:02:11\tEventLog\t2147489653\tInformation event\t\tThe Event log service was started.\n" +
        "1999-05-14 10:02:11\tEventLog\t2147489657\tInformation event\t4.0|1381|Service Pack 3|Uniprocessor Free\tMicrosoft (R) Windows NT (R) 4.0 1381 Service Pack 3 Uniprocessor Free.\n" +
        "1999-05-14 10:02:54\tSave Dump\t1001\tInformation event\t" + BUGCHECK + "|Microsoft Windows NT [v15.1381]|C:\\WINNT\\MEMORY.DMP\t" + SAVEDUMP + "\n" +
        "1999-05-13 23:47:05\tSrv\t3221227492\tError event\t\\Device\\LanmanServer\t" + SRV2020 + "\n" +
        "1999-05-14 10:03:27\tService Control Manager\t1073748860\tInformation event\tDHCP Server|running\tThe DHCP Server service entered the running state.\n")
    write("logparser-csv/nt4-system-logparser-select.tsv", tsv, encoding="utf-8", newline="\n")


# Large exports for benchmarks.

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


def main(argv):
    global ROOT
    if len(argv) == 3 and argv[1] == "samples":
        ROOT = argv[2]
        samples()
    elif len(argv) == 5 and argv[1] == "big":
        kind, size, path = argv[2], int(argv[3]) * 1_000_000, argv[4]
        with open(path, "wb") as out:
            {"eventviewer-text": eventviewer_text, "powershell-csv": powershell_csv}[kind](out, size)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
