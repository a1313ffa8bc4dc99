import EventLog

/// The one-line summary of a read, and its problems, as printed on standard error.
public enum ReadReportText {
    /// `path: event XML, utf-8, 1,204 events (3 recovered), 2 skipped, 1.2 MB`.
    public static func summaryLine(_ report: ReadReport) -> String {
        if report.failed && report.events == 0 {
            return "\(report.path): cannot read: \(report.problems.first?.message ?? "unknown error")"
        }
        var parts: [String] = []
        if let format = report.format { parts.append(format.displayName) }
        if let encoding = report.encoding, encoding != .binary { parts.append(encoding.rawValue) }
        let noun = report.format == .pdhCSV ? "sample line" : "event"
        var events = "\(grouped(report.events)) \(noun)\(report.events == 1 ? "" : "s")"
        if report.recovered > 0 { events += " (\(grouped(report.recovered)) recovered)" }
        parts.append(events)
        parts.append("\(grouped(report.skipped)) skipped")
        if report.problemCount > 0 { parts.append("\(grouped(report.problemCount)) problem\(report.problemCount == 1 ? "" : "s")") }
        parts.append(byteSize(report.bytesRead))
        for key in report.details.keys.sorted() { parts.append("\(key): \(report.details[key] ?? "")") }
        return "\(report.path): " + parts.joined(separator: ", ")
    }

    /// The problems, one per line, as `path:line: message`, with a note of any not shown.
    public static func problemLines(_ report: ReadReport) -> [String] {
        if report.failed && report.events == 0 && report.problemCount == 1 { return [] }
        var lines = report.problems.map { "  " + $0.formatted(path: report.path) }
        let hidden = report.problemCount - report.problems.count
        if hidden > 0 { lines.append("  … and \(grouped(hidden)) more problems in \(report.path)") }
        return lines
    }

    /// `, 0.52 s, 1,234.5 MB/s` for timing runs.
    public static func speed(bytes: Int64, seconds: Double) -> String {
        let megabytes = Double(bytes) / 1_000_000
        let rate = seconds > 0 ? megabytes / seconds : 0
        return ", \(fixed(seconds, 2)) s, \(fixed(rate, 1)) MB/s"
    }

    public static func byteSize(_ bytes: Int64) -> String {
        switch bytes {
        case ..<1000: return "\(bytes) bytes"
        case ..<1_000_000: return fixed(Double(bytes) / 1000, 1) + " KB"
        case ..<1_000_000_000: return fixed(Double(bytes) / 1_000_000, 1) + " MB"
        default: return fixed(Double(bytes) / 1_000_000_000, 2) + " GB"
        }
    }

    /// 1234567 → "1,234,567" (deterministic, locale-free).
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    /// A number with a fixed count of decimals, without Foundation's locale-dependent formatting.
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled.isFinite, scaled < 9e18 else { return String(value) }
        let whole = Int(scaled) / Int(scale)
        let fraction = Int(scaled) % Int(scale)
        var text = (value < 0 && scaled > 0 ? "-" : "") + String(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return text
    }
}
