import Foundation
import Testing
@testable import EventLog

/// `PlainXMLScanner` must read every file exactly as libxml2 alone does — the same events, the
/// same problems at the same places — whether it reads the file itself or hands it over.
@Suite("Plain XML scanner against libxml2")
struct PlainXMLScannerTests {
    typealias X = XMLTestInputs

    /// Reads `path` both ways and checks that nothing differs; returns the plain read.
    @discardableResult
    static func expectSameBothWays(_ path: String, format: LogFormat? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> (events: [Event], report: ReadReport) {
        var plainOptions = ReadOptions(format: format)
        plainOptions.libxml2Only = false
        var libxml2Options = plainOptions
        libxml2Options.libxml2Only = true
        let plain = X.read(path, options: plainOptions)
        let libxml2 = X.read(path, options: libxml2Options)
        #expect(plain.events == libxml2.events, "events differ for \(path)", sourceLocation: sourceLocation)
        #expect(plain.report == libxml2.report, "reports differ for \(path): \(plain.report.problems) vs \(libxml2.report.problems)", sourceLocation: sourceLocation)
        return plain
    }

    static func expectSameBothWays(text: String, format: LogFormat = .eventXML, sourceLocation: SourceLocation = #_sourceLocation) throws {
        expectSameBothWays(try TemporaryFiles.write(text), format: format, sourceLocation: sourceLocation)
    }

    /// Small documents, each touching one rule of the subset or one way out of it.
    static let cases: [String] = {
        let event = X.event(record: 1)
        let ns = X.namespace
        return [
            event,
            "<?xml version='1.0' encoding='utf-8'?>\n<Events>\n" + event + "\n" + X.event(record: 2) + "\n</Events>\n",
            // references, CR LF, tabs and newlines in attributes
            X.event(record: 3, body: "<EventData><Data>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x42;&#x1F600;\r\nx\ry</Data></EventData>"),
            "<Event xmlns='\(ns)'>\r\n<System>\r\n<Provider Name=\"A&amp;B\tC\r\nD\nE&#10;F\" EventSourceName='S'/>\r\n<EventID>7</EventID></System></Event>",
            // white space inside tags, comments, an empty root
            "<Events >\n<!-- a comment - with a dash -->\n<Event\n xmlns = \"\(ns)\" ><System ><EventID >9</EventID ></System></Event ><Events/></Events>",
            // a field without text, empty elements, ] that is not ]]>
            X.event(record: 4, body: "<EventData><Data/><Data></Data><Data>]</Data><Data>]]</Data><Data>a]b</Data></EventData>"),
            // bad values: problems at the places libxml2 reports them
            X.event(system: "<Provider Name='A'/><EventID>x</EventID><Level>y</Level><TimeCreated SystemTime='bad'/>"),
            "<Events>\n  <Event\n   a=\"1\"><System><EventID>x</EventID></System></Event>\n<Event/>\n</Events>",
            // handed over: each of these is left to libxml2
            X.event(record: 5, body: "<EventData><Data><![CDATA[<raw>]]></Data></EventData>"),
            X.event(record: 6, body: "<EventData><Data>]]></Data></EventData>"),
            X.event(record: 7, body: "<?pi here?>"),
            X.event(record: 8, body: "<EventData><Data>&nbsp;</Data></EventData>"),
            X.event(record: 9, body: "<EventData><Data>&#0;</Data></EventData>"),
            X.event(record: 10, body: "<EventData><Data>\u{1}</Data></EventData>"),
            X.event(record: 11, body: "<EventData><Data>\u{FFFE}</Data></EventData>"),
            X.event(record: 12, body: "<e:EventData xmlns:e='urn:x'><e:Data>1</e:Data></e:EventData>"),
            X.event(record: 13, body: "<EventData a='1' a='2'/>"),
            X.event(record: 14, body: "<EventData a='<'/>"),
            X.event(record: 15, body: "<Daten>ä</Daten><Ünicode/>"),
            "<Event xmlns='urn:other'><System><EventID>1</EventID></System></Event>",
            X.event(record: 16, body: "<!-- bad -- comment -->"),
            X.event(record: 17, body: "<!DOCTYPE x>"),
            // damage: mismatched, unclosed, truncated, garbage
            X.event(record: 1) + "\n<Event xmlns='\(ns)'><System><EventID>2</EventID></System><Bad></Event>\n" + X.event(record: 3),
            "<Events>" + X.event(record: 1) + "\n<Event><System><EventID>5</EventID></System>\n" + X.event(record: 3) + "</Events>",
            "<Events>" + X.event(record: 1) + X.event(record: 2),
            String(X.event(record: 1).prefix(120)),
            X.event(record: 1) + "\n<<garbage>> & stuff\n" + X.event(record: 2) + "\nplain text\n",
            "</Events>" + X.event(record: 1),
            X.event(record: 1) + "</Event>" + X.event(record: 2),
            "<Events><Event xmlns='\(ns)'><UserData><Event><x>1</x></Event></UserData><System><EventID>3</EventID></System></Event></Events>",
            String(repeating: "<a>", count: 300) + X.event(record: 1),
        ]
    }()

    @Test func handwrittenCases() throws {
        for text in PlainXMLScannerTests.cases { try PlainXMLScannerTests.expectSameBothWays(text: text) }
    }

    /// Every byte position of a small export, replaced by bytes that matter to the scanner.
    @Test func everyPositionMutated() throws {
        let base = Array(("<Events>\r\n" + X.event(record: 1, body: "<EventData><Data>a&amp;b</Data></EventData>") + "\n</Events>").utf8)
        let replacements: [[UInt8]] = [[0x3C], [0x26], [0x3E], [0x2F], [0x0D], [0x5D, 0x5D, 0x3E], [0x22], [0x3A], []]
        var inputs: [[UInt8]] = []
        for position in stride(from: 0, to: base.count, by: 3) {
            let replacement = replacements[position % replacements.count]
            inputs.append(Array(base[..<position]) + replacement + Array(base[(position + 1)...]))
        }
        for input in inputs {
            let path = try TemporaryFiles.write(input)
            PlainXMLScannerTests.expectSameBothWays(path, format: .eventXML)
        }
    }

    /// Events that cross the reader's 256 KB chunks, on many lines and on one, and a hand-over in
    /// the middle of the file: the same as libxml2, and every event read.
    @Test func acrossChunksAndHandOver() throws {
        var pretty = "<?xml version='1.0'?>\r\n<Events>\r\n"
        var oneLine = "<Events>"
        for record in 1...1500 {
            let body = "<EventData><Data>line one&#xD;&#xA;line two \(record) &amp; more</Data><Data>\(String(repeating: "x", count: record % 300))</Data></EventData>"
            pretty += X.event(record: record, body: body).replacingOccurrences(of: "><", with: ">\r\n  <") + "\r\n"
            oneLine += X.event(record: record, body: record == 1200 ? "<EventData><Data><![CDATA[x]]></Data></EventData>" : body)
        }
        pretty += "</Events>\r\n"
        oneLine += "</Events>"
        let prettyRead = PlainXMLScannerTests.expectSameBothWays(try TemporaryFiles.write(pretty))
        #expect(prettyRead.events.count == 1500 && prettyRead.report.problems.isEmpty)
        let oneLineRead = PlainXMLScannerTests.expectSameBothWays(try TemporaryFiles.write(oneLine))
        #expect(oneLineRead.events.count == 1500 && oneLineRead.report.problems.isEmpty)
        #expect(oneLineRead.events.last?.origin.line == 1)
    }

    /// A problem after a hand-over, far into a long line, in the middle of a later chunk.
    @Test func problemPlacesAfterAHandOver() throws {
        var text = "<Events>\n"
        for record in 1...1200 {
            let body = record == 700 ? "<EventData><Data><![CDATA[c]]></Data></EventData>" : ""
            text += X.event(record: record, body: body).replacingOccurrences(of: "<Level>4</Level>", with: record % 400 == 0 ? "<Level>bad</Level>" : "<Level>4</Level>")
        }
        text += "\n</Events>"
        let read = PlainXMLScannerTests.expectSameBothWays(try TemporaryFiles.write(text))
        #expect(read.events.count == 1200)
        #expect(read.report.problems.count == 3)
    }

    /// libxml2 reports a `]]>` in text before its input moves past the text in front of it: the
    /// reading resumes from the `]]>`, so that later problems have their places, whichever
    /// reader met it (a fuzzing finding: the plain scanner's hand-over put a line end of its
    /// own before the file's text, and libxml2 alone counted the text before `]]>` twice).
    @Test(arguments: [
        ("]]]>abc<Event a='<'/>", "1:18"),
        ("\n]]><Event x='<'", "2:14"),
        ("<Events>\n  x ]]> y\n<Event a='<'/>", "3:11"),
        ("]]><Event ", "1:11"),
    ])
    func placesAfterAMisplacedCDATAEnd(_ text: String, _ place: String) throws {
        let read = PlainXMLScannerTests.expectSameBothWays(try TemporaryFiles.write(text), format: .eventXML)
        #expect(read.report.problems.count == 2, "\(read.report.problems)")
        #expect(read.report.problems.last.map { "\($0)".hasPrefix(place + ":") } == true, "\(read.report.problems)")
    }

    /// The samples, and the shared corpus when it is there.
    @Test func sampleAndCorpusFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var folders = [root.appendingPathComponent("SampleLogs")]
        let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        if FileManager.default.fileExists(atPath: corpus.path) { folders.append(corpus) }
        var checked = 0
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension.lowercased() == "xml" {
                PlainXMLScannerTests.expectSameBothWays(url.path)
                checked += 1
            }
        }
        #expect(checked > 5)
    }

    /// What the scanner leaves to libxml2 for its size: a record over the 4 MiB window, more
    /// distinct names than its table holds, a name longer than it keeps, more attributes than it
    /// lays out.
    @Test func limitsHandOver() throws {
        let huge = X.event(record: 2, body: "<EventData><Data>" + String(repeating: "x", count: PlainXMLScanner.windowLimit + 1000) + "</Data></EventData>")
        let read = PlainXMLScannerTests.expectSameBothWays(try TemporaryFiles.write(X.event(record: 1) + "\n" + huge + "\n" + X.event(record: 3)))
        #expect(read.events.map(\.recordNumber) == [1, 2, 3])
        #expect(read.report.problems.count == 1)  // the field is cut at 1 MiB
        let names = (0...XMLNameTable.limit).map { "<n\($0)/>" }.joined()
        try PlainXMLScannerTests.expectSameBothWays(text: X.event(record: 1, body: "<UserData>" + names + "</UserData>") + X.event(record: 2))
        let long = String(repeating: "n", count: XMLNameTable.maximumLength + 1)
        try PlainXMLScannerTests.expectSameBothWays(text: X.event(record: 1, body: "<UserData><\(long)>1</\(long)></UserData>") + X.event(record: 2))
        let attributes = (0...PlainXMLScanner.attributeLimit).map { " a\($0)='\($0)'" }.joined()
        try PlainXMLScannerTests.expectSameBothWays(text: X.event(record: 1, body: "<UserData><x\(attributes)/></UserData>") + X.event(record: 2))
    }

    @Test func logParserXMLToo() throws {
        let row = "<ROW><EventLog>System</EventLog><RecordNumber>1</RecordNumber><EventID>6005</EventID><SourceName>EventLog</SourceName><Strings>a|b</Strings></ROW>"
        try PlainXMLScannerTests.expectSameBothWays(text: "<?xml version='1.0'?>\n<ROOT DATE_CREATED='x'>\n" + row + "\n" + row + "\n</ROOT>", format: .logParserXML)
        try PlainXMLScannerTests.expectSameBothWays(text: "<ROOT>" + row + "<ROW><FIELD NAME='EventID'>x</FIELD></ROW></ROOT>", format: .logParserXML)
    }
}
