import Testing
@testable import EventLog

@Suite("NT 4.0 / 2000 / XP Event Viewer text (tab-delimited)")
struct EventViewerTextReaderTests {
    typealias NT4 = TextExportTesting.NT4

    @Test func nt4SystemSampleEveryField() {
        let result = TextExportTesting.readSample("eventviewer-text/nt4-sp3-system.txt")
        #expect(result.report.format == .eventViewerText)
        #expect(result.report.encoding == .windows1252)
        #expect(result.report.details["date order"] == "month-first (from dates with a second number above 12)")
        #expect(result.report.problemCount == 0 && result.report.skipped == 0)
        #expect(result.rows == [
            "1999-05-14T10:03:27 | Service Control Manager | 7036 | - | information | None | - | NTSRV01 | - | - | - | DHCP Server¦running | The DHCP Server service entered the running state. | 1",
            "1999-05-14T10:03:25 | Service Control Manager | 7035 | - | information | None | - | NTSRV01 | NTSRV01\\Administrator | - | - | DHCP Server¦start | The DHCP Server service was successfully sent a start control. | 2",
            "1999-05-14T10:02:54 | Save Dump | 1001 | - | information | None | - | NTSRV01 | - | - | - | \(NT4.saveDumpStrings) | \(NT4.saveDump) | 3",
            "1999-05-14T10:02:11 | EventLog | 6009 | - | information | None | - | NTSRV01 | - | - | - | 4.0¦1381¦Service Pack 3¦Uniprocessor Free | Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 3 Uniprocessor Free. | 4",
            "1999-05-14T10:02:11 | EventLog | 6005 | - | information | None | - | NTSRV01 | - | - | - |  | The Event log service was started. | 5",
            "1999-05-14T09:58:40 | Application Popup | 26 | - | information | None | - | NTSRV01 | - | - | - | \(NT4.popupStrings) | \(NT4.popup) | 6",
            "1999-05-13T23:47:05 | Srv | 2020 | - | error | None | - | NTSRV01 | - | - | - |  | \(NT4.srv2020) | 9",
            "1999-05-13T18:15:33 | Print | 10 | - | information | None | - | NTSRV01 | NTSRV01\\Jürgen | - | - |  | \(NT4.print10) | 10",
            "1999-05-13T00:00:02 | EventLog | 6006 | - | information | None | - | NTSRV01 | - | - | - |  | The Event log service was stopped. | 11",
        ])
    }

    @Test func windows2000SecuritySampleInUTF16EveryField() {
        let result = TextExportTesting.readSample("eventviewer-text/w2k-security-en-gb.txt")
        #expect(result.report.format == .eventViewerText)
        #expect(result.report.encoding == .utf16LE)
        #expect(result.report.details["date order"] == "day-first (from dates with a first number above 12)")
        #expect(result.rows == [
            "2000-05-14T10:15:42 | Security | 528 | - | success_audit | Logon/Logoff | - | NTSRV01 | NTSRV01\\Jürgen | - | - |  | Successful Logon:⏎ \tUser Name:\tJürgen⏎ \tDomain:\t\tNTSRV01⏎ \tLogon ID:\t\t(0x0,0x3E7A2)⏎ \tLogon Type:\t2⏎ \tLogon Process:\tUser32⏎ \tAuthentication Package:\tNegotiate⏎ \tWorkstation Name:\tNTSRV01 | 1",
            "2000-05-14T10:14:58 | Security | 529 | - | failure_audit | Logon/Logoff | - | NTSRV01 | NT AUTHORITY\\SYSTEM | - | - |  | Logon Failure:⏎ \tReason:\t\tUnknown user name or bad password⏎ \tUser Name:\tjurgen⏎ \tDomain:\t\tNTSRV01⏎ \tLogon Type:\t2⏎ \tLogon Process:\tUser32⏎ \tAuthentication Package:\tNegotiate⏎ \tWorkstation Name:\tNTSRV01 | 9",
            "2000-05-13T18:02:10 | Security | 538 | - | success_audit | Logon/Logoff | - | NTSRV01 | NTSRV01\\Administrator | - | - |  | User Logoff:⏎ \tUser Name:\tAdministrator⏎ \tDomain:\t\tNTSRV01⏎ \tLogon ID:\t\t(0x0,0x1F3C4)⏎ \tLogon Type:\t2 | 17",
            "2000-05-09T08:00:01 | Security | 517 | - | success_audit | System Event | - | NTSRV01 | NT AUTHORITY\\SYSTEM | - | - |  | The audit log was cleared⏎ \tPrimary User Name:\tSYSTEM⏎ \tPrimary Domain:\tNT AUTHORITY⏎ \tPrimary Logon ID:\t(0x0,0x3E7)⏎ \tClient User Name:\tAdministrator⏎ \tClient Domain:\tNTSRV01⏎ \tClient Logon ID:\t(0x0,0x1F3C4) | 22",
        ])
    }

    @Test func lineEndingsNULsAndLocalisedTypes() throws {
        let text = "14.05.1999\t10:02:11\tEventLog\tInformationen\tKeine\t6005\tN/A\tNTSRV01\tDer Ereignisprotokolldienst wurde gestartet.\r"
            + "14.05.1999\t10:03:00\tSrv\tFehler\tKeine\t2020\tN/A\tNTSRV01\tZeile eins\n\nZeile\u{0}drei\r\n"
            + "15.05.1999\t08:00:00\tSrv\tWarnung\t(3)\t2013\tN/A\tNTSRV01\t\n"
        let result = try TextExportTesting.read(text)
        #expect(result.report.details["date order"] == "day-first (from dates with a first number above 12)")
        #expect(result.rows == [
            "1999-05-14T10:02:11 | EventLog | 6005 | - | information | Keine | - | NTSRV01 | - | - | - |  | Der Ereignisprotokolldienst wurde gestartet. | 1",
            "1999-05-14T10:03:00 | Srv | 2020 | - | error | Keine | - | NTSRV01 | - | - | - |  | Zeile eins⏎⏎Zeiledrei | 2",
            "1999-05-15T08:00:00 | Srv | 2013 | - | warning | 3 | - | NTSRV01 | - | - | - |  | - | 5",
        ])
    }

    @Test func dottedDatesWithoutEvidenceAreDayFirst() throws {
        let result = try TextExportTesting.read("01.02.99\t10:00:00\tEventLog\tInformation\tNone\t6005\tN/A\tPC\tok\n")
        #expect(result.events.first?.timeGenerated?.iso8601 == "1999-02-01T10:00:00")
        #expect(result.report.details["date order"]?.hasPrefix("day-first (dotted") == true)
    }

    @Test func dateOrderOptionWins() throws {
        let text = "01/02/99\t10:00:00 AM\tEventLog\tInformation\tNone\t6005\tN/A\tPC\tok\n"
        #expect(try TextExportTesting.read(text).events.first?.timeGenerated?.iso8601 == "1999-01-02T10:00:00")
        let forced = try TextExportTesting.read(text, options: ReadOptions(dateOrder: .dayMonthYear))
        #expect(forced.events.first?.timeGenerated?.iso8601 == "1999-02-01T10:00:00")
        #expect(forced.report.details["date order"] == "day-first (--date-order)")
    }

    @Test func damagedLinesAreReportedAndTheRestIsRead() throws {
        let good = "\tEventLog\tInformation\tNone\t6005\tN/A\tPC\tThe Event log service was started."
        let text = [
            "Exported by a script on Friday",                                   // 1: not a record
            "5/14/99\t10:00:00 AM" + good,                                       // 2
            "5/14/99\t10:01:00 AM\tEventLog\tInformation",                       // 3: too few fields
            "continuation of the skipped record",                               // 4: dropped with it
            "2/30/99\t10:02:00 AM" + good,                                       // 5: no such date
            "5/14/99\t10:03:00 AM\tEventLog\tInformation\tNone\tsix\tN/A\tPC\tx", // 6: ID not a number
            "5/14/99\t10:04:00 AM" + good,                                       // 7
            "\u{1}\u{2}\u{3}binary\u{7}junk",                                  // 8: unreadable
            "14/5/99\t10:05:00 AM" + good,                                       // 9: day-first in a month-first file
            "5/15/99\t10:06:00 AM\tEventLog\tPuzzling\tNone\t6005\tN/A\tPC\tx",  // 10: unknown type
        ].joined(separator: "\r\n") + "\r\n"
        let result = try TextExportTesting.read(text)
        #expect(result.events.map { $0.origin.line ?? 0 } == [2, 7, 9, 10])
        #expect(result.report.skipped == 5)
        #expect(result.problemLines == [1, 3, 5, 6, 8, 9, 10])
        #expect(result.problems[1] == "3: the record has 4 of the 8 fields before the description")
        #expect(result.problems[2] == "5: cannot read the date \"2/30/99 10:02:00 AM\"")
        #expect(result.problems[3] == "6: the event ID \"six\" is not a number")
        #expect(result.problems[5].hasPrefix("9: the date \"14/5/99\" is not month-first as chosen for this file"))
        #expect(result.problems[6] == "10: unknown event type \"Puzzling\" (reported once); read as information")
        #expect(result.events[1].message == "The Event log service was started.")
        #expect(result.events[2].timeGenerated?.iso8601 == "1999-05-14T10:05:00")
    }

    @Test func aHugeDescriptionCostsItsRecordOnly() throws {
        let line = String(repeating: "x", count: 1 << 20)
        var text = "5/14/99\t10:00:00 AM\tEventLog\tInformation\tNone\t6005\tN/A\tPC\tstart\n"
        for _ in 0..<5 { text += line + "\n" }
        text += "5/14/99\t10:01:00 AM\tEventLog\tInformation\tNone\t6006\tN/A\tPC\tnext\n"
        let result = try TextExportTesting.read(text)
        #expect(result.events.map(\.id) == [6006])
        #expect(result.problems == ["1: the description runs past 4 MiB; record skipped"])
    }

    @Test func summaryReadsCountTheSameWithoutMessages() throws {
        let full = TextExportTesting.readSample("eventviewer-text/nt4-sp3-system.txt")
        let summary = TextExportTesting.readSample("eventviewer-text/nt4-sp3-system.txt", options: ReadOptions(detail: .summary))
        #expect(summary.events.count == full.events.count)
        #expect(summary.events.allSatisfy { $0.message == nil && $0.strings.isEmpty })
        #expect(summary.events.map(\.timeGenerated) == full.events.map(\.timeGenerated))
    }

    @Test func aFirstLineLongerThanTheSampleAndTheLineLimit() throws {
        let fixed = "5/14/99\t10:00:00 AM\tEventLog\tInformation\tNone\t6005\tN/A\tPC\t"
        let text = fixed + String(repeating: "y", count: 5_000_000)
            + "\n5/14/99\t10:00:01 AM\tEventLog\tInformation\tNone\t6006\tN/A\tPC\tok\n"
        let result = try TextExportTesting.read(text)
        #expect(result.report.format == .eventViewerText)
        #expect(result.events.map(\.id) == [6005, 6006])
        #expect(result.events.first?.message?.utf8.count == TextExportLines.recordLimit - fixed.utf8.count)
        #expect(result.problems == ["1: the line is longer than 4 MiB; the rest of it was dropped"])
    }
}
