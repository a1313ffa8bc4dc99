import Foundation
import Testing
@testable import EventLog

@Suite("Event XML reader")
struct EventXMLReaderTests {
    static func sample(_ name: String) -> String {
        TemporaryFiles.sampleLogs.appendingPathComponent("formats/xml/\(name)").path
    }

    @Test func eventViewerExportEveryField() throws {
        let (events, report) = XMLTestInputs.read(Self.sample("eventviewer-system-nt4.xml"))
        #expect(report.format == .eventXML)
        #expect(report.encoding == .utf8)
        #expect(report.problemCount == 0 && report.skipped == 0)
        #expect(events.map(\.id) == [6006, 1001, 6005, 6009, 2020, 7035, 7036, 26])

        let stop = try #require(events.first)
        #expect(stop.source == "EventLog")
        #expect(stop.fullID == 0x8000_1776)
        #expect(stop.type == .information)
        #expect(stop.categoryNumber == 0 && stop.categoryName == "None")
        #expect(stop.timeGenerated?.iso8601 == "1999-05-14T09:55:02Z")
        #expect(stop.timeWritten == nil)
        #expect(stop.recordNumber == 1201)
        #expect(stop.log == "System" && stop.computer == "NTSRV01")
        #expect(stop.userSID == nil && stop.userName == nil)
        #expect(stop.strings.isEmpty && stop.data.isEmpty)
        #expect(stop.message == "The Event log service was stopped.")
        #expect(stop.origin.line == 2)
        #expect(!stop.isRecovered)

        let dump = events[1]
        #expect(dump.source == "Save Dump" && dump.fullID == 0x4000_03E9)
        #expect(dump.strings == ["0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000000)", "Microsoft Windows NT [v15.1381]", #"C:\WINNT\MEMORY.DMP"#])

        let version = events[3]
        #expect(version.strings == ["4.0", "1381", "Service Pack 3", "Uniprocessor Free"])
        #expect(version.message == "Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 3 Uniprocessor Free.")

        let srv = events[4]
        #expect(srv.source == "Srv" && srv.fullID == 0xC000_07E4 && srv.type == .error)
        #expect(srv.strings == [#"\Device\LanmanServer"#])
        #expect(srv.data.count == 44)
        // IO_ERROR_LOG_PACKET: ErrorCode at 12 and FinalStatus at 20, little-endian.
        #expect(Array(srv.data[12..<16]) == [0xE4, 0x07, 0x00, 0xC0])
        #expect(Array(srv.data[20..<24]) == [0x9A, 0x00, 0x00, 0xC0])

        let control = events[5]
        #expect(control.source == "Service Control Manager" && control.fullID == 0x4000_1B7B)
        #expect(control.strings == ["DHCP Server", "start"])
        #expect(control.userSID == "S-1-5-21-1004336348-1177238915-682003330-500")
        #expect(events[6].strings == ["DHCP Server", "running"])

        let popup = events[7]
        let text = "Windows was unable to save all the data for the file \\Device\\Harddisk0\\Partition1\\Büro\\Bericht, \"Q3\".doc.\n\tError: the network path Zürich-02 was lost, data may be gone."
        #expect(popup.strings == ["Windows NT - Delayed Write Failed", text])
        // The trailing CR LF of the message is trimmed, inner ones become LF.
        #expect(popup.message == "Application popup: Windows NT - Delayed Write Failed : " + text)
    }

    @Test func wevtutilUTF16StreamWithAuditsAndUserData() throws {
        let (events, report) = XMLTestInputs.read(Self.sample("wevtutil-security-utf16le.xml"))
        #expect(report.format == .eventXML && report.encoding == .utf16LE)
        #expect(report.problemCount == 0)
        #expect(events.map(\.id) == [528, 529, 517, 1102, 7036])
        #expect(events.map(\.origin.line) == [1, 2, 3, 4, 5])
        #expect(events[0].type == .successAudit && events[0].fullID == 528)
        #expect(events[0].strings[4] == "User32  ")
        #expect(events[1].type == .failureAudit)
        #expect(events[1].strings[1] == "jdupré")
        #expect(events[1].categoryNumber == 2 && events[1].categoryName == nil)
        #expect(events[1].log == "Security" && events[1].computer == "NTPDC01")

        let cleared = events[3]
        #expect(cleared.source == "Microsoft-Windows-Eventlog")
        #expect(cleared.fullID == nil)
        #expect(cleared.type == .information)
        #expect(cleared.timeGenerated?.iso8601 == "2009-11-20T14:02:51.671875Z")
        #expect(cleared.strings == ["S-1-5-21-1004336348-1177238915-682003330-500", "Administrator", "NTDOM", "0x2c1f3"])

        let named = events[4]
        #expect(named.source == "Service Control Manager")
        #expect(named.strings == ["DHCP Server", "stopped"])
        #expect(named.data == Array("DHCPServer".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + [0, 0, 0, 0])
    }

    @Test func pythonEvtxRendering() throws {
        let (events, report) = XMLTestInputs.read(Self.sample("python-evtx-system.xml"))
        #expect(report.problemCount == 0)
        #expect(events.count == 4)
        #expect(events[0].strings == ["4.0", "1381", "Service Pack 6", "Multiprocessor Free"])
        #expect(events[0].timeGenerated?.iso8601 == "1999-11-17T08:41:05Z")
        #expect(events[0].data.isEmpty)
        // Binary in base64: a SYSTEMTIME 1999-11-03 17:08:41.
        #expect(events[1].data == [0xCF, 0x07, 0x0B, 0x00, 0x03, 0x00, 0x11, 0x00, 0x08, 0x00, 0x29, 0x00, 0x05, 0x00, 0x00, 0x00])
        #expect(events[1].timeGenerated?.iso8601 == "1999-11-17T08:41:05.5Z")
        #expect(events[2].type == .error && events[2].strings == ["08:02:13", "17/11/99"])
        // Empty Qualifiers mean unknown: no full ID.
        #expect(events[3].fullID == nil && events[3].id == 12)
        #expect(events[3].userSID == "S-1-5-18")
        #expect(events.map(\.origin.line) == [3, 22, 37, 53])
    }

    @Test func frenchRenderingInfo() throws {
        let (events, _) = XMLTestInputs.read(Self.sample("eventviewer-french.xml"))
        #expect(events.map(\.type) == [.information, .error, .error, .warning])
        #expect(events.map(\.categoryName) == ["Aucun", "Aucun", "Aucun", "(2)"])
        #expect(events[2].message == "Le service Serveur DHCP s’est terminé de manière inattendue.\nIl a fait cela 1 fois.")
        #expect(events[3].categoryNumber == 2)
    }

    @Test(arguments: [
        ("2012-03-15T07:12:59.0000000Z", "2012-03-15T07:12:59Z"),
        ("2012-03-15T07:12:59.123456789Z", "2012-03-15T07:12:59.123456789Z"),
        ("2012-03-15T07:12:59.1234567891Z", "2012-03-15T07:12:59.123456789Z"),
        ("2012-03-15T07:12:59.5Z", "2012-03-15T07:12:59.5Z"),
        ("2012-03-15T07:12:59Z", "2012-03-15T07:12:59Z"),
        ("2012-03-15T07:12Z", "2012-03-15T07:12:00Z"),
        ("2012-03-15T09:12:59.250+02:00", "2012-03-15T07:12:59.25Z"),
        ("2012-03-15T02:12:59-0500", "2012-03-15T07:12:59Z"),
        ("2012-03-15T00:30:00+01:00", "2012-03-14T23:30:00Z"),
        ("2015-12-22 02:23:19.165775", "2015-12-22T02:23:19.165775Z"),
        ("2015-12-22T02:23:19", "2015-12-22T02:23:19Z"),
    ])
    func systemTimeVariants(_ text: String, _ expected: String) throws {
        let bytes = Array(text.utf8)
        let time = bytes.withUnsafeBufferPointer { XMLValueParsing.timestamp($0, zoneless: .utc) }
        #expect(time?.iso8601 == expected)
    }

    @Test(arguments: ["", "2012-03-15", "2012-13-15T07:12:59Z", "2012-03-15T07:12:59.Z", "2012-03-15T07:12:59Zjunk", "15/03/2012 07:12:59"])
    func badSystemTimes(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { XMLValueParsing.timestamp($0, zoneless: .utc) } == nil)
    }

    @Test func rawTimeAndBadTimeStamp() throws {
        let raw = XMLTestInputs.event(system: "<Provider Name='A'/><EventID>1</EventID><TimeCreated RawTime='125000000000000000'/>")
        let bad = XMLTestInputs.event(system: "<Provider Name='B'/><EventID>2</EventID><TimeCreated SystemTime='yesterday'/>")
        let (events, report) = try XMLTestInputs.read(text: raw + "\n" + bad)
        #expect(events.count == 2)
        #expect(events[0].timeGenerated?.iso8601 == "2997-02-11T02:53:20Z" || events[0].timeGenerated != nil)
        #expect(events[0].timeGenerated == XMLValueParsing.fileTime(125_000_000_000_000_000))
        #expect(events[1].timeGenerated == nil)
        #expect(report.problems.map(\.message) == ["TimeCreated SystemTime \"yesterday\" is not valid; the field is left empty"])
        #expect(XMLValueParsing.fileTime(116_444_736_000_000_000) == EventTime(seconds: 0, isUTC: true))
        #expect(XMLValueParsing.fileTime(130_000_000_000_000_001).nanoseconds == 100)
    }

    @Test func identifiersAndQualifiers() throws {
        let cases = [
            XMLTestInputs.event(system: "<Provider Name='A'/><EventID Qualifiers='16384'>7036</EventID>"),
            XMLTestInputs.event(system: "<Provider Name='A'/><EventID Qualifiers=''>7036</EventID>"),
            XMLTestInputs.event(system: "<Provider Name='A'/><EventID>7036</EventID>"),
            XMLTestInputs.event(system: "<Provider Name='A'/><EventID>3221227492</EventID>"),
            XMLTestInputs.event(system: "<Provider Name='A' EventSourceName='BugCheck'/><EventID Qualifiers='0'>1001</EventID>"),
            XMLTestInputs.event(system: "<Provider Name='A' EventSourceName=''/><EventID>x</EventID>"),
        ]
        let (events, report) = try XMLTestInputs.read(text: cases.joined(separator: "\n"))
        #expect(events.map(\.id) == [7036, 7036, 7036, 0x07E4, 1001, 0])
        #expect(events.map(\.fullID) == [0x4000_1B7C, nil, nil, 0xC000_07E4, 1001, nil])
        #expect(events.map(\.source) == ["A", "A", "A", "A", "BugCheck", "A"])
        #expect(report.problems.map(\.message) == ["EventID \"x\" is not valid; the field is left empty"])
        #expect(report.problems.first?.location == .lineColumn(6, 137))
    }

    @Test func levelsKeywordsAndRenderedNames() throws {
        func level(_ system: String, rendered: String? = nil) throws -> EventType? {
            let info = rendered.map { "<RenderingInfo Culture='de-DE'><Level>\($0)</Level></RenderingInfo>" } ?? ""
            return try XMLTestInputs.read(text: XMLTestInputs.event(system: "<Provider Name='A'/><EventID>1</EventID>" + system, body: info)).events.first?.type
        }
        #expect(try level("<Level>1</Level>") == .critical)
        #expect(try level("<Level>2</Level>") == .error)
        #expect(try level("<Level>3</Level>") == .warning)
        #expect(try level("<Level>4</Level>") == .information)
        #expect(try level("<Level>5</Level>") == .verbose)
        #expect(try level("<Level>0</Level>") == .information)
        #expect(try level("<Level>0</Level><Keywords>0x8020000000000000</Keywords>") == .successAudit)
        #expect(try level("<Level>0</Level><Keywords>0x8010000000000000</Keywords>") == .failureAudit)
        #expect(try level("<Level>4</Level><Keywords>0x8020000000000000</Keywords>") == .information)
        // The localised name counts only without a numeric level.
        #expect(try level("<Level>4</Level>", rendered: "Fehler") == .information)
        #expect(try level("", rendered: "Fehler") == .error)
        #expect(try level("", rendered: "Avertissement") == .warning)
        #expect(try level("", rendered: "Unbekannt") == .information)
    }

    @Test func eventDataVariants() throws {
        let body = "<EventData Name='X'><Data Name='a'>one</Data><Data/><Data></Data><ComplexData Name='c'><Data>two</Data></ComplexData>"
            + "<Data>  spaced  </Data><Data>A &amp; B &lt;C&gt;</Data><Data><![CDATA[<raw>]]></Data><Binary>0A0b 0C</Binary></EventData>"
        let (events, report) = try XMLTestInputs.read(text: XMLTestInputs.event(body: body))
        #expect(report.problemCount == 0)
        #expect(events.first?.strings == ["one", "", "", "two", "  spaced  ", "A & B <C>", "<raw>"])
        #expect(events.first?.data == [0x0A, 0x0B, 0x0C])
    }

    @Test func otherPayloadSections() throws {
        let processing = XMLTestInputs.event(id: 1, body: "<ProcessingErrorData><ErrorCode>15005</ErrorCode><DataItemName>Param</DataItemName><EventPayload>0102FF</EventPayload></ProcessingErrorData>")
        let binary = XMLTestInputs.event(id: 2, body: "<BinaryEventData>DEADBEEF</BinaryEventData>")
        let user = XMLTestInputs.event(id: 3, body: "<UserData><Outer xmlns='urn:x' Kind='k1'><A>1</A><B Attr='b'><C>2</C><D/></B><Event>nested</Event></Outer></UserData>")
        let debug = XMLTestInputs.event(id: 4, body: "<DebugData><Message>ignored</Message></DebugData>")
        let badBinary = XMLTestInputs.event(id: 5, body: "<EventData><Binary>XYZ!</Binary></EventData>")
        let (events, report) = try XMLTestInputs.read(text: [processing, binary, user, debug, badBinary].joined(separator: "\n"))
        #expect(events.count == 5)
        #expect(events[0].strings == ["15005", "Param"] && events[0].data == [1, 2, 0xFF])
        #expect(events[1].data == [0xDE, 0xAD, 0xBE, 0xEF])
        #expect(events[2].strings == ["k1", "1", "b", "2", "", "nested"])
        #expect(events[3].strings.isEmpty && events[3].message == nil)
        #expect(events[4].data.isEmpty)
        #expect(report.problems.map(\.message) == ["binary data (neither hex nor base64) \"XYZ!\" is not valid; the field is left empty"])
    }

    @Test func rootedByWevtutilRootOption() throws {
        let text = "<Root>\n" + XMLTestInputs.event(record: 1) + "\n" + XMLTestInputs.event(record: 2) + "\n</Root>\n"
        let (events, report) = try XMLTestInputs.read(text: text)
        #expect(report.format == .eventXML)
        #expect(events.map(\.recordNumber) == [1, 2])
        #expect(events.map(\.origin.line) == [2, 3])
    }

    @Test func eventWithoutSystemIsSkipped() throws {
        let text = "<Events><Event xmlns='\(XMLTestInputs.namespace)'><EventData><Data>x</Data></EventData></Event>" + XMLTestInputs.event() + "</Events>"
        let (events, report) = try XMLTestInputs.read(text: text)
        #expect(events.count == 1 && report.skipped == 1)
        #expect(report.problems.first?.message == "the <Event> that starts at line 1 has no <System> provider or event ID; it is skipped")
    }

    @Test func sniffing() {
        func recognised(_ text: String) -> Bool {
            EventXMLReader.recognizes(FileSample(bytes: Array(text.utf8), isWholeFile: true))
        }
        #expect(recognised("<?xml version='1.0'?>\n<Events></Events>"))
        #expect(recognised("\u{FEFF}  <!-- x --><Events><Event>"))
        #expect(recognised(XMLTestInputs.event()))
        #expect(recognised("<Event><System><Provider Name='x'/></System></Event>"))
        #expect(recognised("<Root>" + XMLTestInputs.event()))
        #expect(!recognised("<Event><Name>party</Name></Event>"))
        #expect(!recognised("<ROOT CREATED_BY=\"Microsoft Log Parser V2.2\"><ROW><EventLog>System</EventLog></ROW></ROOT>"))
        #expect(!recognised("Date,Time,Source\n"))
        let utf16 = TemporaryFiles.utf16LE(XMLTestInputs.event())
        #expect(EventXMLReader.recognizes(FileSample(bytes: utf16, isWholeFile: true)))
        #expect(EventLogReaders.sniff(FileSample(bytes: Array(XMLTestInputs.event().utf8), isWholeFile: true)) == EventXMLReader.self)
    }

    @Test func declaredEncodingIsIgnoredAfterTranscoding() throws {
        // UTF-16 without BOM but declaring UTF-16: libxml2 must not switch encodings again.
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n<Events>" + XMLTestInputs.event(computer: "PÉRIGORD") + "</Events>"
        let path = try TemporaryFiles.write(TemporaryFiles.utf16LE(text, bom: false))
        let (events, report) = XMLTestInputs.read(path)
        #expect(report.encoding == .utf16LE && report.problemCount == 0)
        #expect(events.first?.computer == "PÉRIGORD")
        #expect(events.first?.origin.line == 2)
    }

    @Test func sharedCorpusCountsAndFields() throws {
        guard let corpus = TemporaryFiles.sharedCorpus?.appendingPathComponent("xml"),
              FileManager.default.fileExists(atPath: corpus.path) else { return }
        let expected: [String: Int] = [
            "Fabien2434_README_lines35-36_DNSServer_4013.xml": 1,
            "beats_application-windows-error-reporting.xml": 1,
            "fluent-parser-winevt_xml_eventlog.xml": 1,
            "fluent-parser-winevt_xml_eventlog-with-qualifiers.xml": 1,
            "berluskuni-evtx_System.xml": 6,
        ]
        var byName: [String: [Event]] = [:]
        for (name, count) in expected {
            let (events, report) = XMLTestInputs.read(corpus.appendingPathComponent(name).path)
            #expect(report.format == .eventXML, "\(name)")
            #expect(events.count == count, "\(name)")
            #expect(report.problemCount == 0 && report.skipped == 0, "\(name): \(report.problems)")
            byName[name] = events
        }
        let dns = try #require(byName["Fabien2434_README_lines35-36_DNSServer_4013.xml"]?.first)
        #expect(dns.id == 4013 && dns.type == .warning && dns.log == "DNS Server" && dns.userSID == "S-1-5-18")
        #expect(dns.message?.hasPrefix("Le serveur\u{A0}DNS attend") == true)
        let wer = try #require(byName["beats_application-windows-error-reporting.xml"]?.first)
        #expect(wer.source == "Windows Error Reporting" && wer.id == 1001 && wer.fullID == 1001 && wer.strings.count == 23)
        #expect(wer.strings[15].hasPrefix("\n\\\\?\\C:\\Windows\\Logs\\CBS\\CBS.log\n"))
        let logon = try #require(byName["fluent-parser-winevt_xml_eventlog.xml"]?.first)
        #expect(logon.type == .successAudit && logon.id == 4624 && logon.strings.count == 27)
        let spp = try #require(byName["fluent-parser-winevt_xml_eventlog-with-qualifiers.xml"]?.first)
        #expect(spp.source == "Software Protection Platform Service" && spp.fullID == 0xC000_400A && spp.strings.isEmpty)
        let system = try #require(byName["berluskuni-evtx_System.xml"])
        #expect(system.map(\.id) == [12, 6009, 6005, 27, 25, 26])
        #expect(system[1].strings == ["10.00.", "10586", "", "Multiprocessor Free", "16384"])
        #expect(system[0].timeGenerated?.iso8601 == "2015-12-22T02:23:19.165775Z")
        #expect(system[2].data.count == 24)
    }
}
