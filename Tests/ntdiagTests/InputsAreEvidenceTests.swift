import Foundation
import Testing

#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// Logs are evidence: reading them must leave every byte, the modification time and the inode
/// change time (which any write, chmod or rename would move) exactly as they were.
@Suite("Inputs are evidence")
struct InputsAreEvidenceTests {
    struct Snapshot: Equatable {
        var bytes: Data
        var modified: timespec
        var changed: timespec
        var mode: mode_t

        init(_ path: String) throws {
            bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            var info = stat()
            try #require(stat(path, &info) == 0)
            modified = info.st_mtim
            changed = info.st_ctim
            mode = info.st_mode
        }

        static func == (left: Snapshot, right: Snapshot) -> Bool {
            left.bytes == right.bytes && left.mode == right.mode
                && left.modified.tv_sec == right.modified.tv_sec && left.modified.tv_nsec == right.modified.tv_nsec
                && left.changed.tv_sec == right.changed.tv_sec && left.changed.tv_nsec == right.changed.tv_nsec
        }
    }

    /// Every sample log (all formats, .evt, scenarios), copied to a folder of their own.
    /// Documentation files (a README beside the logs) are left out: they are not inputs of `analyze`.
    static func copiedSamples() throws -> [String] {
        let samples = NTDiagBinary.projectRoot.appendingPathComponent("SampleLogs")
        let folder = try ScratchFolder.make("evidence")
        var paths: [String] = []
        let walker = try #require(FileManager.default.enumerator(atPath: samples.path))
        for case let relative as String in walker where !relative.hasSuffix(".md") && !relative.hasSuffix(".yaml")
            && !(relative as NSString).lastPathComponent.hasPrefix("README") {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: samples.appendingPathComponent(relative).path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let target = folder.appendingPathComponent(relative.replacingOccurrences(of: "/", with: "__"))
            try FileManager.default.copyItem(at: samples.appendingPathComponent(relative), to: target)
            paths.append(target.path)
        }
        return paths.sorted()
    }

    @Test func analyzeAndEventsLeaveEveryInputUnchanged() throws {
        let inputs = try Self.copiedSamples()
        try #require(inputs.count >= 20)
        let before = try inputs.map(Snapshot.init)
        // Let a changed time show: anything written now would get a later time than the copies.
        usleep(20_000)
        let analysis = try NTDiagBinary.run(["analyze", "--format", "json"] + inputs)
        #expect([0, 1].contains(analysis.status), "\(analysis.stderr.prefix(500))")
        // Performance counter logs are inputs of analyze, not event logs.
        let eventLogs = try inputs.filter { try !String(decoding: Data(contentsOf: URL(fileURLWithPath: $0)).prefix(64), as: UTF8.self).contains("PDH-CSV") }
        #expect(eventLogs.count < inputs.count)
        let events = try NTDiagBinary.run(["events", "--format", "jsonl"] + eventLogs)
        #expect(events.status == 0)
        let summary = try NTDiagBinary.run(["events", "--summary"] + eventLogs)
        #expect(summary.status == 0)
        let after = try inputs.map(Snapshot.init)
        for (index, path) in inputs.enumerated() {
            #expect(before[index] == after[index], "\(path) was changed")
        }
    }

    @Test func auditLeavesEveryInputUnchanged() throws {
        let inputs = try Self.copiedSamples()
        let folder = (try #require(inputs.first) as NSString).deletingLastPathComponent
        let before = try inputs.map(Snapshot.init)
        usleep(20_000)
        for format in ["html", "json", "csv"] {
            let audit = try NTDiagBinary.run(["audit", "--quiet", "--format", format, "--output", "/dev/null", folder])
            #expect([0, 1].contains(audit.status), "\(audit.stderr.prefix(500))")
        }
        let after = try inputs.map(Snapshot.init)
        for (index, path) in inputs.enumerated() {
            #expect(before[index] == after[index], "\(path) was changed")
        }
    }
}
