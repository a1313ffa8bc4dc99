import Foundation
import Testing

/// Golden tests: every sample log under `SampleLogs/formats` and `SampleLogs/evt` is read by the
/// real binary (`ntdiag events --format jsonl`) and compared with the normalised output checked
/// in under `Tests/ntdiagTests/Golden/`. Run with `NTDIAG_UPDATE_GOLDEN=1` to write the golden
/// files after a deliberate change, then review the diff.
@Suite("Golden normalised output of the sample logs")
struct GoldenOutputTests {
    static let sampleFolders = ["SampleLogs/formats", "SampleLogs/evt"]

    static var samples: [String] {
        let root = NTDiagBinary.projectRoot
        var found: [String] = []
        for folder in sampleFolders {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                if url.lastPathComponent.hasPrefix(".") || url.pathExtension == "md" { continue }
                found.append(String(url.path.dropFirst(root.path.count + 1)))
            }
        }
        return found.sorted()
    }

    static func goldenURL(for sample: String) -> URL {
        NTDiagBinary.projectRoot.appendingPathComponent("Tests/ntdiagTests/Golden")
            .appendingPathComponent(sample.replacingOccurrences(of: "/", with: "__") + ".jsonl")
    }

    @Test(arguments: samples)
    func sampleMatchesGolden(_ sample: String) throws {
        let result = try NTDiagBinary.run(["events", "--format", "jsonl", sample])
        let golden = GoldenOutputTests.goldenURL(for: sample)
        let actual = result.stdout + "# " + result.stderr.split(separator: "\n").joined(separator: "\n# ") + "\n"
        if ProcessInfo.processInfo.environment["NTDIAG_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try? String(contentsOf: golden, encoding: .utf8)
        #expect(expected != nil, "no golden file for \(sample); run NTDIAG_UPDATE_GOLDEN=1 swift test --filter Golden and review it")
        if let expected, expected != actual {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let index = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actualLines.count, expectedLines.count)
            Issue.record("""
                \(sample) differs from its golden output at line \(index + 1):
                  expected: \(index < expectedLines.count ? String(expectedLines[index]) : "<end>")
                  actual:   \(index < actualLines.count ? String(actualLines[index]) : "<end>")
                """)
        }
    }
}
