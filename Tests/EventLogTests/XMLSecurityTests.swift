import Foundation
import Testing
@testable import EventLog

/// Hostile XML: entity bombs and external entities are refused with a clear problem; nothing
/// is expanded, fetched or read from disk.
@Suite("XML readers refuse hostile input")
struct XMLSecurityTests {
    typealias X = XMLTestInputs
    static let refusal = "entity declarations are refused (billion laughs / XXE protection)"

    /// A file whose content must never show up in any output.
    static func secretFile() throws -> (path: String, secret: String) {
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        return (try TemporaryFiles.write("<!ENTITY leak '\(secret)'>\n\(secret)\n", name: "secret.txt"), secret)
    }

    static func leaks(_ secret: String, _ events: [Event], _ report: ReadReport) -> Bool {
        events.contains { "\($0)".contains(secret) } || report.problems.contains { $0.message.contains(secret) }
    }

    @Test func billionLaughs() throws {
        var declarations = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE Events [\n\(declarations)]>\n<Events>" + X.event(body: "<EventData><Data>&lol9;</Data></EventData>") + "</Events>\n"
        let (events, report) = try X.read(text: text)
        #expect(events.isEmpty)
        #expect(report.failed)
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.message.hasPrefix(Self.refusal + ": <!ENTITY lol0") == true)
        #expect(report.problems.first?.location == .lineColumn(3, 20))
    }

    @Test func externalEntityIsNeverRead() throws {
        let (path, secret) = try Self.secretFile()
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE Events [ <!ENTITY xxe SYSTEM \"file://\(path)\"> ]>\n<Events>"
            + X.event(body: "<EventData><Data>&xxe;</Data></EventData>") + "</Events>"
        let (events, report) = try X.read(text: text)
        #expect(events.isEmpty && report.failed)
        #expect(report.problems.first?.message.hasPrefix(Self.refusal + ": <!ENTITY xxe") == true)
        #expect(!Self.leaks(secret, events, report))

        let passwd = "<!DOCTYPE foo [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<Events>" + X.event(body: "<EventData><Data>&xxe;</Data></EventData>") + "</Events>"
        let result = try X.read(text: passwd)
        #expect(result.report.failed && result.events.isEmpty)
        #expect(!Self.leaks("root:", result.events, result.report))
    }

    @Test func externalParameterEntityAndNetworkAreRefused() throws {
        let text = "<!DOCTYPE Events [ <!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %remote; ]>\n<Events>" + X.event() + "</Events>"
        let (events, report) = try X.read(text: text)
        #expect(events.isEmpty && report.failed)
        #expect(report.problems.first?.message.hasPrefix(Self.refusal + ": <!ENTITY remote") == true)
    }

    @Test func externalSubsetIsNotLoaded() throws {
        let (path, secret) = try Self.secretFile()
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE Events SYSTEM \"file://\(path)\">\n<Events>"
            + X.event(record: 1) + "\n" + X.event(record: 2, body: "<EventData><Data>&leak;</Data></EventData>") + "\n" + X.event(record: 3) + "</Events>"
        let (events, report) = try X.read(text: text)
        // The DTD is not read, so `leak` is undefined (an error, not a fatal one, once a document
        // has an external subset): the reference stays empty and nothing is lost.
        #expect(events.map(\.recordNumber) == [1, 2, 3])
        #expect(events[1].strings == [""])
        #expect(report.skipped == 0 && !report.failed)
        #expect(report.problems.map(\.description) == ["4:400: XML error: Entity 'leak' not defined"])
        #expect(!Self.leaks(secret, events, report))
    }

    @Test func harmlessInternalSubsetIsAccepted() throws {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE Events [\n <!ELEMENT Events (Event*)>\n <!ATTLIST Events Note CDATA \"fixed\">\n <!-- comment -->\n]>\n<Events>"
            + X.event(record: 1) + X.event(record: 2) + "</Events>"
        let (events, report) = try X.read(text: text)
        #expect(events.map(\.recordNumber) == [1, 2])
        #expect(report.problemCount == 0 && !report.failed)
        #expect(events.first?.origin.line == 7)
    }

    @Test func entityDeclarationInLogParserOutputIsRefusedToo() throws {
        let text = "<!DOCTYPE ROOT [ <!ENTITY a \"b\"> ]>\n<ROOT CREATED_BY=\"Microsoft Log Parser V2.2\"><ROW><SourceName>&a;</SourceName></ROW></ROOT>"
        let (events, report) = try X.read(text: text)
        #expect(report.format == .logParserXML)
        #expect(events.isEmpty && report.failed)
        #expect(report.problems.first?.message.hasPrefix(Self.refusal) == true)
    }
}
