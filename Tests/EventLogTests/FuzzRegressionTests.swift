import Foundation
import Testing
@testable import EventLog

/// Every input a fuzzing run ever found (`Regressions/`), read as the fuzz harness reads it:
/// by each reader forced on it and by sniffing, in full and summary detail.
@Suite("Fuzzing regressions")
struct FuzzRegressionTests {
    static var inputs: [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    static func readEveryWay(_ path: String) {
        for format in [nil] + LogFormat.allCases.map(Optional.some) {
            for detail in [ReadDetail.full, .summary] {
                var options = ReadOptions(format: format)
                options.detail = detail
                var count = 0
                let report = EventLogFile.read(path: path, options: options) { _ in count += 1 }
                #expect(report.events == count, "\(path) as \(format?.rawValue ?? "sniffed")")
                _ = EventLogFile.count(path: path, options: options)
            }
        }
    }

    @Test func everyFoundInputIsReadToTheEnd() {
        for path in Self.inputs { Self.readEveryWay(path) }
    }

    /// The `xml-differential` target's check, on every input: the plain scanner reads it as
    /// libxml2 alone does.
    @Test func everyFoundInputReadsTheSameWithAndWithoutThePlainScanner() {
        for path in Self.inputs {
            for format in [LogFormat.eventXML, .logParserXML] { PlainXMLScannerTests.expectSameBothWays(path, format: format) }
        }
    }

    /// The harness itself on the hostile inputs the other tests build, so that it is known to
    /// work before any finding is added.
    @Test func theHarnessReadsDamagedInput() throws {
        var bytes = Array(try Data(contentsOf: TemporaryFiles.sampleLogs.appendingPathComponent("evt/nt4-system-dirty-wrapped.evt")))
        bytes[0x40] ^= 0xFF
        Self.readEveryWay(try TemporaryFiles.write(bytes, name: "damaged.evt"))
        Self.readEveryWay(try TemporaryFiles.write("<Events><Event><System><EventID>1</EventID></System>\u{0}\u{FFFF}</Events", name: "broken.xml"))
    }
}
