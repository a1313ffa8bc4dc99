import Foundation
import Testing
@testable import EventLog

/// Damaged XML: every case has an exact event count and exact problem locations, and the rest
/// of the file is always read.
@Suite("XML readers on damaged input")
struct XMLDamageTests {
    typealias X = XMLTestInputs

    @Test func truncatedInsideAnEvent() throws {
        let cut = String(X.event(record: 3).prefix(150))
        let (events, report) = try X.read(text: X.event(record: 1) + "\n" + X.event(record: 2) + "\n" + cut)
        #expect(events.map(\.recordNumber) == [1, 2])
        #expect(report.skipped == 1 && !report.failed)
        #expect(report.problems.map(\.description) == ["3:151: the file ends inside the <Event> that starts at line 3 (truncated?); it is skipped"])
    }

    @Test func truncatedBetweenEventsOfARootedExport() throws {
        let (events, report) = try X.read(text: "<?xml version='1.0'?>\n<Events>" + X.event(record: 1) + X.event(record: 2))
        #expect(events.count == 2 && report.skipped == 0)
        #expect(report.problems.map(\.message) == ["the file ends before all its elements are closed (truncated?)"])
    }

    @Test func eventLeftOpenBeforeTheNextOne() throws {
        let open = "<Event xmlns='\(X.namespace)'><System><Provider Name='Open'/><EventID>5</EventID></System>"
        let text = "<Events>" + X.event(record: 1) + "\n" + open + "\n" + X.event(record: 3) + "\n" + X.event(record: 4) + "</Events>\n"
        let (events, report) = try X.read(text: text)
        #expect(events.map(\.recordNumber) == [1, 3, 4])
        #expect(report.skipped == 1)
        #expect(X.problemLocations(report) == [":3:69", ":4:394"])
        #expect(report.problems[0].message == "the <Event> that starts at line 2 is not closed before the next <Event> begins; it is skipped")
        #expect(report.problems[1].message.hasPrefix("malformed XML: Opening and ending tag mismatch: Event line 2 and Events"))
    }

    @Test func dataLeftOpenLosesOnlyItsEvent() throws {
        let broken = X.event(record: 2, body: "<EventData><Data>x</EventData>")
        let (events, report) = try X.read(text: [X.event(record: 1), broken, X.event(record: 3)].joined(separator: "\n"))
        #expect(events.map(\.recordNumber) == [1, 3])
        #expect(report.skipped == 1)
        #expect(report.problems.count == 1)
        #expect(report.problems[0].location == .lineColumn(2, 407))
        #expect(report.problems[0].message == "malformed XML: Opening and ending tag mismatch: Data line 2 and EventData; the <Event> that starts at line 2 is skipped; reading resumes at the next <Event>")
    }

    @Test func garbageBetweenEvents() throws {
        let (events, report) = try X.read(text: X.event(record: 1) + "\n<<garbage>> & stuff\n" + X.event(record: 2) + "\nplain text is fine\n" + X.event(record: 3))
        #expect(events.map(\.recordNumber) == [1, 2, 3])
        #expect(report.skipped == 0)
        #expect(report.problems.map(\.description) == ["2:2: malformed XML: StartTag: invalid element name; reading resumes at the next <Event>"])
    }

    @Test func brokenFirstEventAndErrorsRightAtAStartTag() throws {
        let text = "<Event <Event/ <Event\n" + X.event(record: 1) + "<Event xmlns='a' xmlns='b'>" + X.event(record: 2)
        let (events, report) = try X.read(text: text)
        #expect(events.map(\.recordNumber) == [1, 2])
        #expect(report.problemCount >= 2)
        #expect(report.problems.first?.location == .lineColumn(1, 8))
    }

    @Test func invalidCharacterLosesItsEvent() throws {
        let bad = X.event(record: 2, computer: "NT\u{1}SRV")
        let (events, report) = try X.read(text: [X.event(record: 1), bad, X.event(record: 3)].joined(separator: "\n"))
        #expect(events.map(\.recordNumber) == [1, 3])
        #expect(report.skipped == 1)
        #expect(report.problems.map(\.location) == [.lineColumn(2, 341)])
        #expect(report.problems[0].message.hasPrefix("malformed XML: PCDATA invalid Char value 1"))
    }

    @Test func nulBytesAreDropped() throws {
        var bytes = Array((X.event(record: 1) + "\n" + X.event(record: 2)).utf8)
        bytes.insert(0, at: 150)
        bytes.insert(0, at: 10)
        let (events, report) = X.read(try TemporaryFiles.write(bytes))
        #expect(events.map(\.recordNumber) == [1, 2])
        #expect(report.problemCount == 0)
    }

    @Test func emptyFileAndEmptyExport() throws {
        let empty = X.read(try TemporaryFiles.write([UInt8]()), options: ReadOptions(format: .eventXML))
        #expect(empty.report.failed && empty.events.isEmpty)
        #expect(empty.report.problems.map(\.message) == ["the file is empty"])

        let none = try X.read(text: "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<Events></Events>\r\n")
        #expect(none.events.isEmpty && !none.report.failed && none.report.problemCount == 0)
        #expect(none.report.format == .eventXML)
        #expect(none.report.details["note"] == "no <Event> elements in the file")

        let blank = try X.read(text: "   \n\n", options: ReadOptions(format: .eventXML))
        #expect(blank.events.isEmpty && !blank.report.failed && blank.report.details["note"] != nil)
    }

    @Test func deepNestingIsRefusedWithoutLosingTheRest() throws {
        let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        let text = X.event(record: 1) + "\n" + X.event(record: 2, body: "<UserData>" + deep + "</UserData>") + "\n" + X.event(record: 3)
        let (events, report) = try X.read(text: text)
        #expect(events.map(\.recordNumber) == [1, 3])
        #expect(report.skipped == 1)
        #expect(report.problems.map(\.description) == ["2:1148: elements are nested deeper than 256 levels; the <Event> that starts at line 2 is skipped; reading resumes at the next <Event>"])
    }

    @Test func hugeTextNodeIsCutNotAccumulated() throws {
        let huge = String(repeating: "ünïcode ", count: 400_000)  // 4 MB
        let (events, report) = try X.read(text: X.event(record: 1, body: "<EventData><Data>\(huge)</Data><Data>after</Data></EventData>") + X.event(record: 2))
        #expect(events.map(\.recordNumber) == [1, 2])
        let kept = try #require(events.first?.strings.first)
        #expect(kept.utf8.count <= XMLTextBuffer.limit && kept.utf8.count > XMLTextBuffer.limit - 4)
        #expect(kept.hasPrefix("ünïcode ") && !kept.contains("\u{FFFD}"))
        #expect(events.first?.strings.last == "after")
        #expect(report.problems.map(\.message) == ["a text of more than 1 MiB in the <Event> that starts at line 1 was cut"])
    }

    /// Damage spread through a file of several chunks: exact counts, and lines that still match
    /// the file after each resynchronisation.
    @Test func resynchronisesAcrossChunks() throws {
        var lines: [String] = []
        for record in 1...3000 {
            switch record {
            case 700: lines.append(X.event(record: record, body: "<EventData><Data>x</Dta></EventData>"))
            case 1400: lines.append("</Event><<<>>>" + X.event(record: record))
            case 2100: lines.append(String(X.event(record: record).prefix(200)))
            default: lines.append(X.event(record: record, body: "<EventData><Data>padding to make the file span several chunks</Data></EventData>"))
            }
        }
        let text = "<Events>\n" + lines.joined(separator: "\n") + "\n</Events>\n"
        #expect(text.utf8.count > 3 * XMLInput.chunkSize)
        let (events, report) = try X.read(text: text)
        // 700 is lost to its error; 1400's garbage comes before it; 2100 is cut and swallowed with
        // the event after it (its start tag is inside the open one) — that one ends the context.
        #expect(report.skipped == 2)
        #expect(!events.contains { $0.recordNumber == 700 })
        #expect(events.contains { $0.recordNumber == 1400 })
        #expect(!events.contains { $0.recordNumber == 2100 })
        #expect(events.count == 3000 - 2)
        for event in events { #expect(event.origin.line == Int(event.recordNumber ?? 0) + 1) }
        #expect(report.problems.map(\.location).compactMap { if case .lineColumn(let line, _) = $0 { line } else { nil } } == [701, 1401, 2102, 3002])
    }
}
