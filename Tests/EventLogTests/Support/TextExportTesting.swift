import Foundation
@testable import EventLog

/// Reading helpers shared by the text-export reader tests: read text, bytes or a sample log
/// through the front door, and describe events in one line so tests can compare every field.
enum TextExportTesting {
    struct Result {
        let events: [Event]
        let report: ReadReport

        /// `line: message` of every problem, in order.
        var problems: [String] { report.problems.map(\.description) }
        /// The lines of the problems.
        var problemLines: [Int] {
            report.problems.compactMap { if case .line(let line) = $0.location { return line } else { return nil } }
        }
        var rows: [String] { events.map(TextExportTesting.describe) }
    }

    static func read(path: String, options: ReadOptions = ReadOptions()) -> Result {
        var events: [Event] = []
        let report = EventLogFile.read(path: path, options: options) { events.append($0) }
        return Result(events: events, report: report)
    }

    static func read(_ text: String, options: ReadOptions = ReadOptions()) throws -> Result {
        read(path: try TemporaryFiles.write(text), options: options)
    }

    static func read(bytes: [UInt8], options: ReadOptions = ReadOptions()) throws -> Result {
        read(path: try TemporaryFiles.write(bytes), options: options)
    }

    /// A sample under `SampleLogs/formats/`.
    static func readSample(_ relative: String, options: ReadOptions = ReadOptions()) -> Result {
        read(path: TemporaryFiles.sampleLogs.appendingPathComponent("formats").appendingPathComponent(relative).path, options: options)
    }

    /// Every field of an event in one line:
    /// `time | source | id | fullID | type | category | log | computer | user | sid | record | strings | message | line`
    /// (`-` for nothing, strings joined with `¦`, line breaks in the message shown as `⏎`).
    static func describe(_ event: Event) -> String {
        let fields: [String] = [
            event.timeGenerated?.iso8601 ?? "-",
            event.source,
            String(event.id),
            event.fullID.map { id in
                let digits = String(id, radix: 16, uppercase: true)
                return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
            } ?? "-",
            event.type.name,
            event.category ?? "-",
            event.log ?? "-",
            event.computer ?? "-",
            event.userName ?? "-",
            event.userSID ?? "-",
            event.recordNumber.map(String.init) ?? "-",
            event.strings.joined(separator: "¦").replacingOccurrences(of: "\n", with: "⏎"),
            (event.message ?? "-").replacingOccurrences(of: "\n", with: "⏎"),
            event.origin.line.map(String.init) ?? "-",
        ]
        return fields.joined(separator: " | ")
    }

    /// The insertion strings and message of the NT 4.0 events that recur in the samples.
    enum NT4 {
        static let bugcheck = "0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000000)"
        static let saveDumpStrings = [bugcheck, "Microsoft Windows NT [v15.1381]", "C:\\WINNT\\MEMORY.DMP"].joined(separator: "¦")
        static let saveDump = "The computer has rebooted from a bugcheck.  The bugcheck was: \(bugcheck). Microsoft Windows NT [v15.1381]. A dump was saved in: C:\\WINNT\\MEMORY.DMP."
        static let srv2020 = "The server was unable to allocate from the system paged pool because the pool was empty."
        static let popup = "Application popup: winlogon.exe - Application Error : The instruction at \"0x77f6c2e1\" referenced memory at \"0x00000000\". The memory could not be \"read\".⏎⏎Click on OK to terminate the application"
        static let popupStrings = "winlogon.exe - Application Error¦The instruction at \"0x77f6c2e1\" referenced memory at \"0x00000000\". The memory could not be \"read\".⏎⏎Click on OK to terminate the application"
        static let print10 = "Document 12, Überweisung.doc owned by Jürgen was printed on HP LaserJet 4 via port LPT1:.  Size in bytes: 48213; pages printed: 2"
    }
}
