import Foundation
import Testing
@testable import EventLog

/// `EventLogFile.count` (behind `events --summary`) must report exactly what a full read does:
/// events, recovered records, skips and problems.
@Suite("Counting events without reading them")
struct EventCountTests {
    static var samples: [String] {
        let root = TemporaryFiles.sampleLogs
        let walker = FileManager.default.enumerator(atPath: root.path)
        var paths: [String] = []
        while let relative = walker?.nextObject() as? String {
            if relative.hasSuffix(".md") || relative.hasSuffix(".yaml") { continue }
            var isDirectory: ObjCBool = false
            let path = root.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue { paths.append(path) }
        }
        return paths.sorted()
    }

    static func expectSameAsRead(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let full = EventLogFile.read(path: path) { _ in }
        var options = ReadOptions()
        options.detail = .summary
        let counted = EventLogFile.count(path: path, options: options)
        #expect(counted.events == full.events && counted.recovered == full.recovered && counted.skipped == full.skipped, "\(path)", sourceLocation: sourceLocation)
        #expect(counted.problems.map(\.description) == full.problems.map(\.description), "\(path)", sourceLocation: sourceLocation)
        #expect(counted.failed == full.failed && counted.format == full.format, "\(path)", sourceLocation: sourceLocation)
        // Details may differ between detail levels (dumpel notes how it splits strings only when it does).
        let summary = EventLogFile.read(path: path, options: options) { _ in }
        #expect(counted.details == summary.details, "\(path)", sourceLocation: sourceLocation)
    }

    @Test func everySampleCountsAsItReads() throws {
        let samples = Self.samples
        try #require(samples.count >= 20)
        for path in samples { Self.expectSameAsRead(path) }
    }

    /// Damaged .evt files: bytes overwritten all over a wrapped log with slack records.
    @Test func damagedEVTCountsAsItReads() throws {
        let original = Array(try Data(contentsOf: TemporaryFiles.sampleLogs.appendingPathComponent("evt/nt4-system-dirty-wrapped.evt")))
        for step in stride(from: 48, to: original.count, by: 97) {
            var damaged = original
            for offset in step..<min(step + 12, damaged.count) { damaged[offset] ^= 0xA5 }
            Self.expectSameAsRead(try TemporaryFiles.write(damaged, name: "damaged-\(step).evt"))
        }
    }

    @Test func missingAndUnrecognisedFiles() throws {
        for path in ["/nonexistent/file.evt", try TemporaryFiles.write("just some words\n"), try TemporaryFiles.write([UInt8]())] {
            Self.expectSameAsRead(path)
        }
    }
}
