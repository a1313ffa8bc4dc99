import Testing
@testable import EventLog

@Suite("dumpel output")
struct DumpelReaderTests {
    typealias NT4 = TextExportTesting.NT4

    @Test func nt4TabSeparatedSampleEveryField() {
        let result = TextExportTesting.readSample("dumpel/nt4-system-dumpel.txt")
        #expect(result.report.format == .dumpel)
        #expect(result.report.details["date order"] == "month-first (from dates with a second number above 12)")
        #expect(result.report.details["strings"] == "space-separated (dumpel without -t): split only for known NT events, else kept as one string")
        #expect(result.report.details["columns"] == nil)
        #expect(result.report.problemCount == 0)
        #expect(result.rows == [
            "1999-05-14T10:03:27 | Service Control Manager | 7036 | - | information | 0 | - | NTSRV01 | - | - | - | DHCP Server¦running | The DHCP Server service entered the running state. | 1",
            "1999-05-14T10:03:25 | Service Control Manager | 7035 | - | information | 0 | - | NTSRV01 | NTSRV01\\Administrator | - | - | DHCP Server¦start | The DHCP Server service was successfully sent a start control. | 2",
            "1999-05-14T10:02:54 | Save Dump | 1001 | - | information | 0 | - | NTSRV01 | - | - | - | \(NT4.saveDumpStrings) | \(NT4.saveDump) | 3",
            "1999-05-14T10:02:11 | EventLog | 6009 | - | information | 0 | - | NTSRV01 | - | - | - | 4.0¦1381¦Service Pack 3¦Uniprocessor Free | Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 3 Uniprocessor Free. | 4",
            "1999-05-14T10:02:11 | EventLog | 6005 | - | information | 0 | - | NTSRV01 | - | - | - |  | The Event log service was started. | 5",
            "1999-05-13T23:47:05 | Srv | 2020 | - | error | 0 | - | NTSRV01 | - | - | - | \\Device\\LanmanServer | \(NT4.srv2020) | 6",
            "1999-05-13T23:40:13 | DhcpServer | 1016 | - | error | 0 | - | NTSRV01 | - | - | - | %%20013 | Backing up the DHCP database failed: %%20013 | 7",
            "1999-05-13T18:15:33 | Print | 10 | - | information | 0 | - | NTSRV01 | NTSRV01\\Jürgen | - | - | 12 Überweisung.doc Jürgen HP LaserJet 4 LPT1: 48213 2 | - | 8",
            "1999-05-13T00:00:02 | EventLog | 6006 | - | information | 0 | - | NTSRV01 | - | - | - |  | The Event log service was stopped. | 9",
        ])
    }

    @Test func commaSeparatedSourceFirstSampleEveryField() {
        let result = TextExportTesting.readSample("dumpel/w2k-system-dumpel-c.csv")
        #expect(result.report.format == .dumpel)
        #expect(result.report.details["columns"] == "source before user")
        #expect(result.report.details["date order"] == "day-first (from dates with a first number above 12)")
        #expect(result.rows == [
            "2000-05-15T08:01:14 | Service Control Manager | 7036 | - | information | 0 | - | NTSRV02 | - | - | - | DHCP Server¦running | The DHCP Server service entered the running state. | 1",
            "2000-05-15T08:01:12 | Service Control Manager | 7035 | - | information | 0 | - | NTSRV02 | NTSRV02\\Administrator | - | - | DHCP Server¦start | The DHCP Server service was successfully sent a start control. | 2",
            "2000-05-15T08:00:40 | Save Dump | 1001 | - | information | 0 | - | NTSRV02 | - | - | - | \(NT4.saveDumpStrings) | \(NT4.saveDump) | 3",
            "2000-05-15T07:59:58 | EventLog | 6008 | - | error | 0 | - | NTSRV02 | - | - | - | 22:14:02¦14/05/2000 | The previous system shutdown at 22:14:02 on 14/05/2000 was unexpected. | 4",
            "2000-05-15T07:59:58 | EventLog | 6009 | - | information | 0 | - | NTSRV02 | - | - | - | 4.0¦1381¦Service Pack 6¦Uniprocessor Free | Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 6 Uniprocessor Free. | 5",
            "2000-05-15T07:59:58 | EventLog | 6005 | - | information | 0 | - | NTSRV02 | - | - | - |  | The Event log service was started. | 6",
            "2000-05-14T22:10:07 | Srv | 2020 | - | error | 0 | - | NTSRV02 | - | - | - | \\Device\\LanmanServer | \(NT4.srv2020) | 7",
        ])
    }

    @Test func tabSeparatedStringsWithT() throws {
        let result = try TextExportTesting.read("5/14/99\t10:03:27 AM\t4\t0\t7036\tN/A\tService Control Manager\tNTSRV01\tDHCP Server\trunning\t\r\n")
        #expect(result.events.first?.strings == ["DHCP Server", "running"])
        #expect(result.report.details["strings"] == nil)
    }

    @Test func spaceSeparatedFieldsAsTheKBPrintsThem() throws {
        let text = """
            4/11/95 4:58:39 AM  1   0   1016    N/A DhcpServer  REDIPSRVP2  %%20013
            4/11/95 4:59:02 AM  4   0   7036    N/A Service Control Manager  REDIPSRVP2  DHCP Server running
            4/11/95 5:00:00 a. m.  2   3   11    REDMOND\\jdoe Cdrom  REDIPSRVP2
            """
        let result = try TextExportTesting.read(text + "\n")
        #expect(result.report.format == .dumpel)
        #expect(result.rows == [
            "1995-04-11T04:58:39 | DhcpServer | 1016 | - | error | 0 | - | REDIPSRVP2 | - | - | - | %%20013 | Backing up the DHCP database failed: %%20013 | 1",
            "1995-04-11T04:59:02 | Service Control Manager | 7036 | - | information | 0 | - | REDIPSRVP2 | - | - | - | DHCP Server¦running | The DHCP Server service entered the running state. | 2",
            "1995-04-11T05:00:00 | Cdrom | 11 | - | warning | 3 | - | REDIPSRVP2 | REDMOND\\jdoe | - | - |  | - | 3",
        ])
    }

    @Test func sourceBeforeUserWithSpaces() throws {
        let text = "4/11/95 4:59:02 AM 4 0 7036 Service Control Manager N/A REDIPSRVP2 DHCP Server running\n"
            + "4/11/95 4:59:03 AM 4 0 6005 EventLog N/A REDIPSRVP2\n"
        let result = try TextExportTesting.read(text)
        #expect(result.report.details["columns"] == "source before user")
        #expect(result.events.map(\.source) == ["Service Control Manager", "EventLog"])
        #expect(result.events.first?.strings == ["DHCP Server", "running"])
    }

    @Test func stringsRunningOverLinesAndDamage() throws {
        let text = [
            "garbage before the first record",                                       // 1
            "5/14/99\t10:00:00 AM\t4\t0\t26\tN/A\tApplication Popup\tPC\tfirst line", // 2
            "second line of the string",                                             // 3
            "5/14/99\t10:01:00 AM\t4\tnone\t6005\tN/A\tEventLog\tPC",                 // 4: not a record (category)
            "5/14/99\t10:02:00 AM\t4\t0\t6005\tN/A\tEventLog\tPC",                    // 5
            "\u{1}\u{2}",                                                            // 6: binary
            "2/31/99\t10:03:00 AM\t4\t0\t6005\tN/A\tEventLog\tPC",                    // 7: no such day
            "its continuation goes with it",                                         // 8
        ].joined(separator: "\n") + "\n"
        let result = try TextExportTesting.read(text)
        #expect(result.events.map { $0.origin.line ?? 0 } == [2, 5])
        #expect(result.events.first?.strings == ["first line\nsecond line of the string\n5/14/99\t10:01:00 AM\t4\tnone\t6005\tN/A\tEventLog\tPC"])
        #expect(result.problemLines == [1, 6, 7])
        #expect(result.report.skipped == 3)
    }
}
