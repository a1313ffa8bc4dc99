import Foundation
import Testing
@testable import EventLog

/// The real `.evt` files of the shared corpus, against what libevt's `evtexport` 20200926 reports
/// for them (PROVENANCE.md). Skipped when the corpus is not beside the checkout.
@Suite("EVT reader: real logs")
struct EVTCorpusTests {
    static func read(_ name: String) throws -> ([Event], ReadReport)? {
        guard let corpus = TemporaryFiles.sharedCorpus else { return nil }
        let path = corpus.appendingPathComponent("evt/" + name).path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var events: [Event] = []
        let report = EventLogFile.read(path: path) { events.append($0) }
        return (events, report)
    }

    /// libevt: 6063 records + 438 recovered. ntdiag reads the same 6063 live records (1392–7454)
    /// and recovers 257 (1135–1391). Of libevt's other 181 recovered, 180 are stale copies of
    /// live records 1392–1571 (same number and time written), which ntdiag drops, and one is a
    /// damaged head of live record 1572 left 64 KiB earlier in the file when it was smaller:
    /// its trailing length does not match, libevt reads 11 strings of garbage from it, ntdiag
    /// rejects it. The live 1572 is split across the end of the file; ntdiag reads its three
    /// strings, libevt (no wrap) misreads it too.
    @Test func sysEventDirtyWrappedXP() throws {
        guard let (events, report) = try EVTCorpusTests.read("SysEvent.Evt") else { return }
        let live = events.filter { !$0.isRecovered }
        #expect(live.count == 6063 && report.recovered == 257 && report.events == 6320 && report.skipped == 0)
        #expect(live.first?.recordNumber == 1392 && live.last?.recordNumber == 7454)
        #expect(events.filter(\.isRecovered).map(\.recordNumber) == (1135...1391).map { UInt64($0) })
        #expect(events.map { $0.recordNumber ?? 0 } == events.map { $0.recordNumber ?? 0 }.sorted())
        #expect(report.details["header"] == "dirty, wrapped, archive")
        #expect(report.details["end-of-file record"]?.hasPrefix("at 0x1b9674, found by scanning") == true)
        #expect(report.details["recovered"] == "257 records carved from slack space, 180 more were stale copies of live records")
        let split = try #require(events.first { $0.recordNumber == 1572 })
        #expect(split.origin.offset == 0x1EFF10 && split.strings.count == 3 && split.strings[1] == "Kerberos")
        // The system version events that fact inference reads.
        let versions = events.filter { $0.source == "EventLog" && $0.id == 6009 }
        #expect(versions.count == 24)
        for event in versions {
            #expect(event.fullID == 0x8000_1779)
            #expect(event.strings == ["5.01.", "2600", "Service Pack 2", "Uniprocessor Free"] || event.strings == ["5.01.", "2600", "Service Pack 3", "Uniprocessor Free"])
            #expect(event.message == "Microsoft (R) Windows (R) 5.01. 2600 \(event.strings[2]) Uniprocessor Free.")
        }
        #expect(versions.filter { $0.strings[2] == "Service Pack 2" }.count == 6)
        let started = events.filter { $0.source == "Service Control Manager" && $0.id == 7036 }
        #expect(started.allSatisfy { $0.message == "The \($0.strings[0]) service entered the \($0.strings[1]) state." })
    }

    @Test func goEvtApplicationLogDirty() throws {
        guard let (events, report) = try EVTCorpusTests.read("go-evt_AppEvent.Evt") else { return }
        #expect(events.count == 121 && report.recovered == 0 && report.skipped == 0)
        #expect(events.map(\.recordNumber) == (1...121).map { UInt64($0) })
        #expect(report.details["header"] == "dirty, archive")
        #expect(report.details["end-of-file record"]?.hasPrefix("at 0x718c, found by scanning") == true)
    }

    static let testLogExpectations: [(UInt16, EventType, UInt16, String)] = [
        (1, .information, 1, "Test log entry, information"),
        (2, .error, 1, "Test log entry, error"),
        (3, .warning, 1, "Test log entry, warning"),
        (65534, .failureAudit, 99, "Test log entry, failure audit"),
        (5, .successAudit, 1, "Test log entry, success audit"),
    ]

    @Test(arguments: ["TestLog.evt", "TestLog-dirty.evt"])
    func testLogFields(_ name: String) throws {
        guard let (events, report) = try EVTCorpusTests.read(name) else { return }
        #expect(report.events == 5 && report.recovered == 0 && report.skipped == 0 && report.problemCount == 0)
        #expect(report.details["header"] == (name == "TestLog.evt" ? "clean" : "dirty"))
        try #require(events.count == 5)
        for (index, (event, expected)) in zip(events, EVTCorpusTests.testLogExpectations).enumerated() {
            #expect(event.recordNumber == UInt64(index + 1))
            #expect(event.source == "TestApp" && event.computer == "POPSICKL-79ADD4" && event.userSID == nil)
            #expect(event.id == expected.0 && event.fullID == UInt32(expected.0) && event.type == expected.1)
            #expect(event.categoryNumber == expected.2 && event.strings == [expected.3])
            #expect(event.message == "The description for Event ID ( \(expected.0) ) in Source ( TestApp ) could not be found. It contains the following insertion string(s): \(expected.3).")
        }
        #expect(events[0].timeGenerated?.iso8601 == "2021-07-21T02:40:16Z" && events[4].timeWritten?.iso8601 == "2021-07-21T03:16:51Z")
        #expect(events[3].data == Array("Test Binary Data".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(events[4].data == Array("Test Binary Data 2".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    }
}
