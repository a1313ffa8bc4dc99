import Testing
@testable import EventLog

@Suite("wevtutil qe /f:text")
struct WevtutilTextReaderTests {
    typealias NT4 = TextExportTesting.NT4

    @Test func win7SampleEveryField() {
        let result = TextExportTesting.readSample("wevtutil-text/nt4-system-on-win7.txt")
        #expect(result.report.format == .wevtutilText)
        #expect(result.report.problemCount == 0)
        let notFound = "The description for Event ID 7036 from source Service Control Manager cannot be found. Either the component that raises this event is not installed on your local computer or the installation is corrupted. You can install or repair the component on the local computer.⏎⏎If the event originated on another computer, the display information had to be saved with the event.⏎⏎The following information was included with the event:⏎⏎DHCP Server⏎running"
        #expect(result.rows == [
            "1999-05-13T00:00:02 | EventLog | 6006 | - | information | None | System | NTSRV01 | - | - | - |  | The Event log service was stopped. | 1",
            "1999-05-13T23:47:05 | Srv | 2020 | - | error | None | System | NTSRV01 | - | - | - |  | \(NT4.srv2020) | 16",
            "1999-05-14T10:02:11 | EventLog | 6005 | - | information | None | System | NTSRV01 | - | - | - |  | The Event log service was started. | 31",
            "1999-05-14T10:02:11 | EventLog | 6009 | - | information | None | System | NTSRV01 | - | - | - | 4.0¦1381¦Service Pack 3¦Uniprocessor Free | Microsoft (R) Windows (R) 4.0 1381 Service Pack 3 Uniprocessor Free. | 46",
            "1999-05-14T10:02:54 | Save Dump | 1001 | - | information | None | System | NTSRV01 | - | - | - | \(NT4.saveDumpStrings) | \(NT4.saveDump) | 61",
            "1999-05-14T10:03:25 | Service Control Manager | 7035 | - | information | None | System | NTSRV01 | NTSRV01\\Administrator | S-1-5-21-1004336348-1177238915-682003330-500 | - | DHCP Server¦start | The DHCP Server service was successfully sent a start control. | 76",
            "1999-05-14T10:03:27 | Service Control Manager | 7036 | - | information | None | System | NTSRV01 | - | - | - | DHCP Server¦running | \(notFound) | 91",
        ])
    }

    @Test func win11SampleWithUTCDatesNoColonsAndNULs() {
        let result = TextExportTesting.readSample("wevtutil-text/nt4-system-on-win11-utc.txt")
        #expect(result.report.format == .wevtutilText)
        #expect(result.rows == [
            "1999-05-14T08:02:11Z | EventLog | 6005 | - | information | None | System | NTSRV01 | - | - | - |  | The Event log service was started. | 1",
            "1999-05-14T08:02:11Z | EventLog | 6009 | - | information | None | System | NTSRV01 | - | - | - | 4.0¦1381¦Service Pack 3¦Uniprocessor Free | Microsoft (R) Windows (R) 4.0 1381 Service Pack 3 Uniprocessor Free. | 16",
            "1999-05-13T21:47:05Z | Srv | 2020 | - | error | None | System | NTSRV01 | - | - | - |  | \(NT4.srv2020) | 31",
        ])
    }

    @Test func trimmedBlocksAuditsAndBlankLinesInMessages() throws {
        let text = """
            Event[0]:
              Log Name: Security
              Source: Microsoft-Windows-Security-Auditing
              Date: 2016-05-15T17:00:51.526
              Event ID: 4624
              Level: Information
              Keyword: Audit Success
              Description: An account was successfully logged on.

            Subject:
            \tSecurity ID:\t\tSYSTEM

            Event[1]:
              Source: EventLog
              Event ID: 6005
              Description:
            The Event log service was started.
            """
        let result = try TextExportTesting.read(text + "\n")
        #expect(result.rows == [
            "2016-05-15T17:00:51.526 | Microsoft-Windows-Security-Auditing | 4624 | - | success_audit | - | Security | - | - | - | - |  | An account was successfully logged on.⏎⏎Subject:⏎\tSecurity ID:\t\tSYSTEM | 1",
            "- | EventLog | 6005 | - | information | - | - | - | - | - | - |  | The Event log service was started. | 13",
        ])
    }

    @Test func damagedBlocksAreReportedAndTheRestIsRead() throws {
        let text = [
            "wevtutil output follows",   // 1: outside any block
            "Event[0]:",                 // 2
            "  Source: EventLog",        // 3
            "  Event ID: 6005",          // 4
            "  what is this line",       // 5: not a field
            "Event[1]",                  // 6: no Event ID
            "  Source: EventLog",        // 7
            "Event[2]:",                 // 8: bad date
            "  Date: yesterday",         // 9
            "  Event ID: 6006",          // 10
            "Event[3]:",                 // 11: bad ID
            "  Event ID: lots",          // 12
            "Event[4]:",                 // 13
            "  Event ID: 6009",          // 14
        ].joined(separator: "\n") + "\n"
        let result = try TextExportTesting.read(text)
        #expect(result.events.map(\.id) == [6005, 6009])
        #expect(result.problems == [
            "1: not part of an Event[n] block",
            "5: expected a \"Name: value\" field of the event block; line ignored",
            "6: the event block has no Event ID",
            "8: cannot read the date \"yesterday\" on line 9",
            "11: the Event ID \"lots\" on line 12 is not a number",
        ])
        #expect(result.report.skipped == 4)
    }
}
