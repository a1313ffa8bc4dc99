import Testing
@testable import EventLog

@Suite("Log Parser 2.2 CSV and TSV output of the EVT input format")
struct LogParserCSVReaderTests {
    typealias NT4 = TextExportTesting.NT4

    @Test func allFieldsSampleEveryField() {
        let result = TextExportTesting.readSample("logparser-csv/nt4-system-logparser.csv")
        #expect(result.report.format == .logParserCSV)
        #expect(result.report.details["date order"] == nil)
        #expect(result.report.problemCount == 0)
        let log = "C:\\Evidence\\SysEvent.Evt"
        #expect(result.rows == [
            "1999-05-13T00:00:02 | EventLog | 6006 | - | information | None | \(log) | NTSRV01 | - | - | 1412 |  | The Event log service was stopped. | 2",
            "1999-05-13T18:15:33 | Print | 10 | - | information | None | \(log) | NTSRV01 | NTSRV01\\Jürgen | - | 1413 | 12¦Überweisung.doc¦Jürgen¦HP LaserJet 4¦LPT1:¦48213¦2 | \(NT4.print10) | 3",
            "1999-05-13T23:47:05 | Srv | 2020 | - | error | None | \(log) | NTSRV01 | - | - | 1414 | \\Device\\LanmanServer | \(NT4.srv2020) | 4",
            "1999-05-14T10:02:11 | EventLog | 6005 | - | information | None | \(log) | NTSRV01 | - | - | 1415 |  | The Event log service was started. | 5",
            "1999-05-14T10:02:11 | EventLog | 6009 | - | information | None | \(log) | NTSRV01 | - | - | 1416 | 4.0¦1381¦Service Pack 3¦Uniprocessor Free | Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 3 Uniprocessor Free. | 6",
            "1999-05-14T10:02:54 | Save Dump | 1001 | - | information | None | \(log) | NTSRV01 | - | - | 1417 | \(NT4.saveDumpStrings) | \(NT4.saveDump) | 7",
            "1999-05-14T10:03:25 | Service Control Manager | 7035 | - | information | None | \(log) | NTSRV01 | NTSRV01\\Administrator | - | 1418 | DHCP Server¦start | The DHCP Server service was successfully sent a start control. | 8",
            "1999-05-14T10:03:27 | Service Control Manager | 7036 | - | information | None | \(log) | NTSRV01 | - | - | 1419 | DHCP Server¦running | The DHCP Server service entered the running state. | 9",
        ])
        #expect(result.events[2].data.count == 36)
        #expect(result.events[2].data.prefix(4) == [0, 0, 0, 0])
        #expect(result.events.map(\.timeWritten) == result.events.map(\.timeGenerated))
    }

    @Test func tsvSubsetWithFullEventIDsEveryField() {
        let result = TextExportTesting.readSample("logparser-csv/nt4-system-logparser-select.tsv")
        #expect(result.report.format == .logParserCSV)
        #expect(result.rows == [
            "1999-05-14T10:02:11 | EventLog | 6005 | 0x80001775 | information | - | - | - | - | - | - |  | The Event log service was started. | 2",
            "1999-05-14T10:02:11 | EventLog | 6009 | 0x80001779 | information | - | - | - | - | - | - | 4.0¦1381¦Service Pack 3¦Uniprocessor Free | Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 3 Uniprocessor Free. | 3",
            "1999-05-14T10:02:54 | Save Dump | 1001 | - | information | - | - | - | - | - | - | \(NT4.saveDumpStrings) | \(NT4.saveDump) | 4",
            "1999-05-13T23:47:05 | Srv | 2020 | 0xC00007E4 | error | - | - | - | - | - | - | \\Device\\LanmanServer | \(NT4.srv2020) | 5",
            "1999-05-14T10:03:27 | Service Control Manager | 7036 | 0x40001B7C | information | - | - | - | - | - | - | DHCP Server¦running | The DHCP Server service entered the running state. | 6",
        ])
    }

    @Test func unquotedCommasInTheMessageAndComputedColumns() throws {
        let text = "TimeGenerated,EventID,EventType,SourceName,Strings0,Message\n"
            + "2004-04-18 17:43:34,7036,4,Service Control Manager,DHCP Server,The DHCP Server service entered the running state, really, truly.\n"
        let result = try TextExportTesting.read(text)
        #expect(result.report.format == .logParserCSV)
        #expect(result.events.first?.message == "The DHCP Server service entered the running state, really, truly.")
        #expect(result.events.first?.type == .information)
    }

    @Test func noHeaderOnlyWhenAsked() throws {
        let row = "System,1,2004-04-18 17:43:34,2004-04-18 17:43:34,6005,4,Information event,0,None,EventLog,,PC,,The Event log service was started.,\n"
        let sniffed = try TextExportTesting.read(row)
        #expect(sniffed.report.format != .logParserCSV)
        let forced = try TextExportTesting.read(row, options: ReadOptions(format: .logParserCSV))
        #expect(forced.events.map(\.id) == [6005])
        #expect(forced.events.first?.recordNumber == 1)
        #expect(forced.report.details["columns"] == "no header; assumed all 15 EVT fields in their default order")
    }

    @Test func stringsSplitAtEveryBar() {
        func split(_ text: String) -> [String] {
            Array(text.utf8).withUnsafeBufferPointer { TabularEventBuilder.pipeSeparated($0) }
        }
        #expect(split("a||b|") == ["a", "", "b", ""])
        #expect(split("Jürgen|Überweisung.doc") == ["Jürgen", "Überweisung.doc"])
        #expect(split("|") == ["", ""])
        #expect(split("0x0000000a (0x00000000, 0x00000002)") == ["0x0000000a (0x00000000, 0x00000002)"])
    }
}
