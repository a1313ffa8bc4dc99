import Foundation
import Reports

/// The header of an HTML report: the command exactly as typed, the version, the rules, and the
/// time of the run (from `SOURCE_DATE_EPOCH` when set, for reproducible reports).
enum RunHeader {
    static func current(rulesApplied: Int) -> ReportHeader {
        var seconds = Int64(Date().timeIntervalSince1970)
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap({ Int64($0) }) { seconds = epoch }
        return ReportHeader(commandLine: CommandLine.arguments.map(shellQuoted).joined(separator: " "), version: NTDiagVersion.current,
                            rulesApplied: rulesApplied, generated: seconds)
    }

    /// The argument as a POSIX shell would need it typed: bare when safe, else in single quotes.
    static func shellQuoted(_ argument: String) -> String {
        let safe = !argument.isEmpty && argument.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_./=:,+@%".unicodeScalars.contains($0)
        }
        return safe ? argument : "'" + argument.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
