import Foundation
import Testing
@testable import EventLog

@Suite("Log Parser XML reader")
struct LogParserXMLReaderTests {
    typealias X = XMLTestInputs
    static let header = "<?xml version=\"1.0\" encoding=\"ISO-10646-UCS-2\" standalone=\"yes\" ?>\r\n"
        + "<!DOCTYPE ROOT[\r\n <!ATTLIST ROOT DATE_CREATED CDATA #REQUIRED>\r\n <!ATTLIST ROOT CREATED_BY CDATA #REQUIRED>\r\n"
        + " <!ELEMENT SourceName (#PCDATA)>\r\n <!ATTLIST SourceName TYPE CDATA #FIXED \"STRING\">\r\n <!ELEMENT ROW (SourceName)>\r\n <!ELEMENT ROOT (ROW*)>\r\n]>\r\n"
        + "<ROOT DATE_CREATED=\"2004-11-08 17:36:44\" CREATED_BY=\"Microsoft Log Parser V2.2\">\r\n"

    @Test func sampleEveryField() throws {
        let path = TemporaryFiles.sampleLogs.appendingPathComponent("formats/xml/logparser-evt-utf16.xml").path
        let (events, report) = X.read(path)
        #expect(report.format == .logParserXML && report.encoding == .utf16LE)
        #expect(report.problemCount == 0 && report.skipped == 0)
        #expect(events.map(\.id) == [6005, 6009, 1001, 2020, 7035, 26])
        #expect(events.map(\.origin.line) == [24, 68, 113, 158, 204, 250])

        let started = try #require(events.first)
        #expect(started.log == "System" && started.recordNumber == 1203)
        #expect(started.timeGenerated == EventTime(year: 1999, month: 5, day: 14, hour: 12, minute: 2, second: 11, isUTC: false))
        #expect(started.timeWritten?.iso8601 == "1999-05-14T12:02:11")
        #expect(started.fullID == nil && started.type == .information)
        #expect(started.categoryNumber == 0 && started.categoryName == "None")
        #expect(started.source == "EventLog" && started.computer == "NTSRV01")
        #expect(started.strings.isEmpty && started.userSID == nil && started.userName == nil)
        #expect(started.message == "The Event log service was started.")
        #expect(started.data.isEmpty)

        #expect(events[1].strings == ["4.0", "1381", "Service Pack 3", "Uniprocessor Free"])
        #expect(events[2].strings == ["0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000000)", "Microsoft Windows NT [v15.1381]", #"C:\WINNT\MEMORY.DMP"#])
        #expect(events[3].type == .error && events[3].data.count == 44)
        #expect(events[4].userSID == "S-1-5-21-1004336348-1177238915-682003330-500" && events[4].userName == nil)
        #expect(events[5].userName == #"NT AUTHORITY\SYSTEM"# && events[5].userSID == nil)
        #expect(events[5].timeWritten?.iso8601 == "1999-05-14T19:31:59")
        #expect(events[5].strings[1] == "Windows was unable to save all the data for the file \\Device\\Harddisk0\\Partition1\\Büro\\Bericht, \"Q3\".doc.\n\tError: the network path Zürich-02 was lost, data may be gone.")
    }

    @Test func structuresAndCompactLayouts() throws {
        // -structure:1 compact, -structure:2 (TYPE attributes), FIELD elements with NAME, and fields as ROW attributes.
        let rows = [
            "<ROW><EventLog>System</EventLog><RecordNumber>1</RecordNumber><TimeGenerated>1999-05-14 12:02:11</TimeGenerated><EventID>6005</EventID><EventType>4</EventType><SourceName>EventLog</SourceName></ROW>",
            "<ROW><RecordNumber TYPE=\"INTEGER\">2</RecordNumber><EventID TYPE=\"INTEGER\">2019</EventID><EventType TYPE=\"INTEGER\">1</EventType><SourceName TYPE=\"STRING\">Srv</SourceName><Strings TYPE=\"STRING\">a||c|</Strings></ROW>",
            "<ROW><FIELD NAME=\"RecordNumber\" TYPE=\"INTEGER\">3</FIELD><FIELD NAME=\"EventID\">7036</FIELD><FIELD NAME=\"SourceName\">Service Control Manager</FIELD><FIELD NAME=\"EventTypeName\">Warning event</FIELD></ROW>",
            "<ROW RecordNumber=\"4\" EventID=\"3221227492\" SourceName=\"Srv\" EventTypeName=\"Error event\" TimeWritten=\"1999-05-14 12:02:12\"/>",
        ]
        let (events, report) = try X.read(text: Self.header + rows.joined(separator: "\r\n") + "\r\n</ROOT>\r\n")
        #expect(report.format == .logParserXML && report.problemCount == 0)
        #expect(events.map(\.recordNumber) == [1, 2, 3, 4])
        #expect(events.map(\.id) == [6005, 2019, 7036, 0x07E4])
        #expect(events.map(\.fullID) == [nil, nil, nil, 0xC000_07E4])
        #expect(events.map(\.type) == [.information, .error, .warning, .error])
        #expect(events.map(\.source) == ["EventLog", "Srv", "Service Control Manager", "Srv"])
        #expect(events[1].strings == ["a", "", "c", ""])
        #expect(events[3].timeWritten?.iso8601 == "1999-05-14T12:02:12" && events[3].timeGenerated == nil)
    }

    @Test func damagedRowsAreSkippedAndTheRestRead() throws {
        let good = { (n: Int) in "<ROW><RecordNumber>\(n)</RecordNumber><EventID>6005</EventID><SourceName>EventLog</SourceName></ROW>" }
        let rows = [good(1), "<ROW><RecordNumber>2</Record></ROW>", good(3), "<ROW><RecordNumber>4</RecordNumber>", good(5), "<ROW><EventType>4</EventType></ROW>",
                    "<ROW><EventID>x</EventID><SourceName>S</SourceName><TimeGenerated>14/05/1999</TimeGenerated></ROW>", good(8)]
        let (events, report) = try X.read(text: Self.header + rows.joined(separator: "\n") + "\n</ROOT>\n")
        #expect(events.map(\.recordNumber) == [1, 3, 5, nil, 8])
        #expect(report.skipped == 3)
        #expect(report.problems.map(\.description) == [
            "12:30: malformed XML: Opening and ending tag mismatch: RecordNumber line 12 and Record; the <ROW> that starts at line 12 is skipped; reading resumes at the next <ROW>",
            "15:5: the <ROW> that starts at line 14 is not closed before the next <ROW> begins; it is skipped",
            "16:36: the <ROW> that starts at line 16 has neither EventID nor SourceName; it is skipped",
            "17:26: EventID \"x\" is not valid; the field is left empty",
            "17:93: TimeGenerated \"14/05/1999\" is not valid; the field is left empty",
            "19:8: malformed XML: Opening and ending tag mismatch: ROW line 14 and ROOT; reading resumes at the next <ROW>",
        ])
    }

    @Test func sniffing() {
        func recognised(_ text: String) -> Bool {
            LogParserXMLReader.recognizes(FileSample(bytes: Array(text.utf8), isWholeFile: true))
        }
        #expect(recognised(Self.header))
        #expect(recognised("<ROOT><ROW><EventLog>System</EventLog></ROW></ROOT>"))
        #expect(recognised("<ROOT>\n<ROW SourceName=\"Srv\" EventID=\"2019\"/>"))
        #expect(!recognised("<ROOT><ROW><date>2011-06-01</date></ROW></ROOT>"))
        #expect(!recognised(XMLTestInputs.event()))
        let utf16 = TemporaryFiles.utf16LE(Self.header)
        #expect(EventLogReaders.sniff(FileSample(bytes: utf16, isWholeFile: false)) == LogParserXMLReader.self)
    }

    @Test func emptyOutputIsNotedNotFailed() throws {
        let (events, report) = try X.read(text: Self.header + "</ROOT>\r\n")
        #expect(events.isEmpty && !report.failed && report.problemCount == 0)
        #expect(report.details["note"] == "no <ROW> elements in the file")
    }
}
