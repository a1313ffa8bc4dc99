import Testing
@testable import EventLog

@Suite("PowerShell Export-Csv of Get-WinEvent and Get-EventLog")
struct PowerShellCSVReaderTests {
    typealias NT4 = TextExportTesting.NT4

    @Test func getWinEventSampleAllColumnsEveryField() {
        let result = TextExportTesting.readSample("powershell-csv/nt4-system-get-winevent.csv")
        #expect(result.report.format == .powerShellCSV)
        #expect(result.report.details["date order"] == "month-first (from dates with a second number above 12)")
        #expect(result.report.problemCount == 0)
        let sid500 = "S-1-5-21-1004336348-1177238915-682003330-500"
        #expect(result.rows == [
            "1999-05-13T00:00:02 | EventLog | 6006 | 0x80001776 | information | None | System | NTSRV01 | - | - | 1412 |  | The Event log service was stopped. | 3",
            "1999-05-13T18:15:33 | Print | 10 | 0x0000000A | information | 1 | System | NTSRV01 | - | S-1-5-21-1004336348-1177238915-682003330-1003 | 1413 |  | \(NT4.print10.replacingOccurrences(of: "ü", with: "?").replacingOccurrences(of: "Ü", with: "?")) | 4",
            "1999-05-13T23:47:05 | Srv | 2020 | 0xC00007E4 | error | None | System | NTSRV01 | - | - | 1414 |  | \(NT4.srv2020) | 5",
            "1999-05-14T09:58:40 | Application Popup | 26 | 0x0000001A | information | None | System | NTSRV01 | - | - | 1415 | \(NT4.popupStrings) | \(NT4.popup) | 6",
            "1999-05-14T10:02:11 | EventLog | 6005 | 0x80001775 | information | None | System | NTSRV01 | - | - | 1416 |  | The Event log service was started. | 9",
            "1999-05-14T10:02:11 | EventLog | 6009 | 0x80001779 | information | None | System | NTSRV01 | - | - | 1417 | 4.0¦1381¦Service Pack 3¦Uniprocessor Free | Microsoft (R) Windows (R) 4.0 1381 Service Pack 3 Uniprocessor Free. | 10",
            "1999-05-14T10:02:54 | Save Dump | 1001 | 0x000003E9 | information | None | System | NTSRV01 | - | - | 1418 | \(NT4.saveDumpStrings) | \(NT4.saveDump) | 11",
            "1999-05-14T10:03:25 | Service Control Manager | 7035 | 0x40001B7B | information | None | System | NTSRV01 | - | \(sid500) | 1419 | DHCP Server¦start | The DHCP Server service was successfully sent a start control. | 12",
            "1999-05-14T10:03:27 | Service Control Manager | 7036 | 0x40001B7C | information | None | System | NTSRV01 | - | - | 1420 | DHCP Server¦running | The DHCP Server service entered the running state. | 13",
        ])
        #expect(result.events[0].categoryNumber == 0 && result.events[0].categoryName == "None")
    }

    @Test func getEventLogSampleWithSemicolonsEveryField() {
        let result = TextExportTesting.readSample("powershell-csv/nt4-system-get-eventlog-de.csv")
        #expect(result.report.format == .powerShellCSV)
        #expect(result.report.encoding == .utf8)
        #expect(result.report.details["date order"] == "day-first (from dates with a first number above 12)")
        let saveDump = "Der Computer wurde nach einem schwerwiegenden Fehler neu gestartet. Der Fehler war: \(NT4.bugcheck).⏎Ein Speicherabbild wurde gespeichert in: C:\\WINNT\\MEMORY.DMP."
        #expect(result.rows == [
            "1999-05-15T08:01:14 | Service Control Manager | 7036 | 0x40001B7C | information | 0 | - | NTSRV02 | - | - | 2211 |  | Der Dienst \"DHCP-Server\" befindet sich jetzt im Status \"Ausgeführt\". | 2",
            "1999-05-15T08:01:12 | Service Control Manager | 7035 | 0x40001B7B | information | 0 | - | NTSRV02 | NTSRV02\\Administrator | - | 2210 |  | An den Dienst \"DHCP-Server\" wurde die Steuerung \"Starten\" erfolgreich gesendet. | 3",
            "1999-05-15T08:00:40 | Save Dump | 1001 | 0x000003E9 | information | 0 | - | NTSRV02 | - | - | 2209 |  | \(saveDump) | 4",
            "1999-05-15T07:59:58 | EventLog | 6008 | 0x80001778 | error | 0 | - | NTSRV02 | - | - | 2208 |  | Das System wurde zuvor am 14.05.1999 um 22:14:02 unerwartet heruntergefahren. | 6",
            "1999-05-15T07:59:58 | EventLog | 6009 | 0x80001779 | information | 0 | - | NTSRV02 | - | - | 2207 | 4.0¦1381¦Service Pack 6¦Uniprocessor Free | Microsoft (R) Windows (R) 4.0 1381 Service Pack 6 Uniprocessor Free. | 7",
            "1999-05-15T07:59:58 | EventLog | 6005 | 0x80001775 | information | 0 | - | NTSRV02 | - | - | 2206 |  | Der Ereignisprotokolldienst wurde gestartet. | 8",
            "1999-05-14T22:10:07 | Srv | 2020 | 0xC00007E4 | error | 0 | - | NTSRV02 | - | - | 2205 |  | Der Server konnte keinen Speicher aus dem ausgelagerten Pool reservieren, da der Pool leer war. | 9",
        ])
        #expect(result.events.allSatisfy { $0.timeWritten == $0.timeGenerated })
    }

    @Test func selectObjectSubsetWithDayFirstDatesAndEmptyLevels() throws {
        let text = """
            "TimeCreated","Id","LevelDisplayName","Message"
            "04-07-2024 21:43:41","16384","Information","Successfully scheduled Software Protection service for re-start."
            "04-07-2024 20:45:22","0",,
            "03-07-2024 17:44:03","10001","Warning","Ending session 1.

            Reason: shutdown"
            """
        let result = try TextExportTesting.read(text + "\n")
        #expect(result.report.format == .powerShellCSV)
        #expect(result.report.details["date order"] == "day-first (from the day-to-day sequence of the dates)")
        #expect(result.rows == [
            "2024-07-04T21:43:41 |  | 16384 | - | information | - | - | - | - | - | - |  | Successfully scheduled Software Protection service for re-start. | 2",
            "2024-07-04T20:45:22 |  | 0 | - | information | - | - | - | - | - | - |  | - | 3",
            "2024-07-03T17:44:03 |  | 10001 | - | warning | - | - | - | - | - | - |  | Ending session 1.⏎⏎Reason: shutdown | 4",
        ])
    }

    @Test func levelsKeywordsAndEntryTypes() throws {
        let winEvent = """
            "Id","Level","Keywords","LevelDisplayName","TimeCreated"
            "4624","0","-9214364837600034816","Information","5/31/2026 8:36:21 PM"
            "4625","0","-9218868437227405312","Information","5/31/2026 8:36:22 PM"
            "41","1","-9223372036854775806","","5/31/2026 8:36:23 PM"
            "7000","2","36028797018963968","Fehler","5/31/2026 8:36:24 PM"
            """
        let result = try TextExportTesting.read(winEvent + "\n")
        #expect(result.events.map(\.type) == [.successAudit, .failureAudit, .critical, .error])
        let eventLog = """
            #TYPE System.Diagnostics.EventLogEntry#System/Security/4624
            "EventID","EntryType","InstanceId","TimeGenerated","UserName"
            "528","SuccessAudit","528","5/31/2004 8:36:21 PM","NTSRV01\\Administrator"
            "529","FailureAudit","529","5/31/2004 8:36:22 PM",""
            "7036","0","1073748860","5/31/2004 8:36:23 PM",""
            """
        let classic = try TextExportTesting.read(eventLog + "\n")
        #expect(classic.report.format == .powerShellCSV)
        #expect(classic.events.map(\.type) == [.successAudit, .failureAudit, .success])
        #expect(classic.events.map(\.fullID) == [528, 529, 0x4000_1B7C])
        #expect(classic.events.first?.userName == "NTSRV01\\Administrator")
    }

    @Test func headerOnlyAndDamage() throws {
        let header = "\"TimeCreated\",\"Id\",\"LevelDisplayName\",\"Message\"\n"
        let empty = try TextExportTesting.read(header)
        #expect(empty.report.format == .powerShellCSV && empty.events.isEmpty && !empty.report.failed && empty.report.problemCount == 0)
        let text = header + [
            "\"04-07-2024 21:43:41\",\"16384\",\"Information\",\"ok\"",   // 2
            "\"04-07-2024 21:43:42\",\"16384\"",                          // 3: too few fields
            "\"31-02-2024 21:43:43\",\"16384\",\"Information\",\"x\"",    // 4: no such day
            "\"05-07-2024 21:43:44\",\"\",\"Information\",\"x\"",         // 5: no ID
            "\"05-07-2024 21:43:45\",\"7036\",\"Information\",\"cut off", // 6: quote open at the end
        ].joined(separator: "\n")
        let result = try TextExportTesting.read(text)
        #expect(result.events.map { $0.origin.line ?? 0 } == [2, 6])
        #expect(result.problems == [
            "3: the row has 2 fields, expected 4",
            "4: cannot read the time \"31-02-2024 21:43:43\"",
            "5: the event ID \"\" is not a number",
            "6: a quote opened on line 6 is never closed; its field runs to the next row or the end of the file",
        ])
        #expect(result.events.last?.message == "cut off")
    }

    @Test func aLineCutAtTheLimitLeavesItsQuoteOpen() throws {
        let text = "\"TimeCreated\",\"Id\",\"LevelDisplayName\",\"Message\"\n"
            + "\"04-07-2024 21:43:41\",\"1\",\"Information\",\"" + String(repeating: "x", count: 5_000_000) + "\"\n"
            + "\"04-07-2024 21:43:42\",\"2\",\"Information\",\"ok\"\n"
        let result = try TextExportTesting.read(text)
        #expect(result.events.map(\.id) == [1, 2])
        #expect(result.problems == [
            "2: the line is longer than 4 MiB; the rest of it was dropped",
            "2: a quote opened on line 2 is never closed; its field runs to the next row or the end of the file",
        ])
    }

    @Test func missingDescriptionsGiveTheirQuotedStrings() throws {
        let text = "\"EventID\",\"Source\",\"TimeGenerated\",\"Message\"\n"
            + "\"7036\",\"Fancy Service\",\"5/31/2004 8:36:21 PM\",\"The description for Event ID '7036' in Source 'Fancy Service' "
            + "cannot be found.  The local computer may not have the necessary registry information or message DLL files to display "
            + "the message, or you may not have permission to access them.  The following information is part of the event:'DHCP Server', 'running'\"\n"
        let result = try TextExportTesting.read(text)
        #expect(result.events.first?.strings == ["DHCP Server", "running"])
    }
}
