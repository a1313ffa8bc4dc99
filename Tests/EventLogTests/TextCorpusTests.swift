import Foundation
import Testing
@testable import EventLog

/// The real PowerShell exports of the shared corpus (`Get-WinEvent | Select-Object TimeCreated,
/// Id, LevelDisplayName, Message | Export-Csv`, day-first dates): skipped when the corpus is absent.
@Suite("Real PowerShell CSV exports", .enabled(if: TemporaryFiles.sharedCorpus != nil))
struct TextCorpusTests {
    struct Expected: Sendable, CustomStringConvertible {
        let file: String
        let first: String
        let last: String
        let internalLineBreaks: Int
        let withoutMessage: Int
        let warnings: Int
        let errors: Int
        var description: String { file }
    }

    static let files = [
        // Messages that only end with a line break lose it; 16 raw multi-line messages, 13 inside.
        Expected(file: "log_correlator_1a0b368_ApplicationLog.csv", first: "2024-07-04T21:43:41", last: "2024-06-30T00:09:47",
                 internalLineBreaks: 13, withoutMessage: 15, warnings: 3, errors: 0),
        Expected(file: "log_correlator_1a0b368_SystemLog.csv", first: "2024-07-04T21:31:14", last: "2024-07-03T15:59:37",
                 internalLineBreaks: 109, withoutMessage: 0, warnings: 78, errors: 10),
        Expected(file: "log_correlator_e3c8b50_SystemLog.csv", first: "2024-07-05T16:51:16", last: "2024-07-04T19:20:19",
                 internalLineBreaks: 45, withoutMessage: 0, warnings: 16, errors: 7),
    ]

    @Test(arguments: files)
    func readsEveryRow(expected: Expected) throws {
        let corpus = try #require(TemporaryFiles.sharedCorpus)
        let result = TextExportTesting.read(path: corpus.appendingPathComponent("text").appendingPathComponent(expected.file).path)
        #expect(result.report.format == .powerShellCSV)
        #expect(result.report.problemCount == 0 && result.report.skipped == 0)
        #expect(result.events.count == 200)
        #expect(result.report.details["date order"]?.hasPrefix("day-first") == true)
        #expect(result.events.first?.timeGenerated?.iso8601 == expected.first)
        #expect(result.events.last?.timeGenerated?.iso8601 == expected.last)
        #expect(result.events.filter { $0.message?.contains("\n") == true }.count == expected.internalLineBreaks)
        #expect(result.events.filter { $0.message == nil }.count == expected.withoutMessage)
        #expect(result.events.filter { $0.type == .warning }.count == expected.warnings)
        #expect(result.events.filter { $0.type == .error }.count == expected.errors)
    }

    @Test func aMultiLineMessageStaysWhole() throws {
        let corpus = try #require(TemporaryFiles.sharedCorpus)
        let result = TextExportTesting.read(path: corpus.appendingPathComponent("text/log_correlator_1a0b368_SystemLog.csv").path)
        let event = try #require(result.events.first { $0.id == 566 })
        #expect(event.message == "The system session has transitioned from 38 to 39.\n\nReason PolicyChange \n\nBootId: 92")
        #expect(event.origin.line == 8)
    }
}
