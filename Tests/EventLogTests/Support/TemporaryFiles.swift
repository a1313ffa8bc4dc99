import Foundation
import TestSupport

/// Temporary files for tests: each test writes the exact bytes it needs and reads them back
/// through the real file path, as users' files are read.
enum TemporaryFiles {
    static func write(_ bytes: [UInt8], name: String = "input") throws -> String {
        let url = try ScratchFolder.make("input").appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func write(_ text: String, name: String = "input") throws -> String {
        try write(Array(text.utf8), name: name)
    }

    /// `text` encoded as UTF-16LE, with a byte-order mark when asked.
    static func utf16LE(_ text: String, bom: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = bom ? [0xFF, 0xFE] : []
        for unit in text.utf16 {
            bytes.append(UInt8(unit & 0xFF))
            bytes.append(UInt8(unit >> 8))
        }
        return bytes
    }

    /// The directory of the project's SampleLogs (found from this source file's location).
    static var sampleLogs: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("SampleLogs")
    }

    /// `../shared/corpus` beside the checkout, when it exists (tests that need it skip otherwise).
    static var sharedCorpus: URL? {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
