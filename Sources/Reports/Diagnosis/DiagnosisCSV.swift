import Diagnosis
import EventLog

/// `--format csv`: one row per finding, with its machine and the machine's recommendation, for
/// spreadsheets and scripts. A machine without findings gets one row (status `none`), so every
/// machine appears. Rows come in the report's order: machines by name, findings ranked.
///
/// Fields are RFC 4180; a field that a spreadsheet would take for a formula (starting with `=`,
/// `+`, `@`, a tab, or `-` before a non-digit) gets a leading `'`, since computer names and
/// messages come from logs, and a log is untrusted input.
public enum DiagnosisCSV {
    public static let header = [
        "host", "service_pack", "status", "rule", "kb", "title", "severity", "fixed_in", "install", "minimum", "hotfixes",
        "evidence_count", "first_seen", "last_seen", "missing_facts", "reason",
    ]

    public static func render(_ result: DiagnosisResult) -> String {
        var out = CSVText.row(header) + "\r\n"
        for host in result.hosts {
            let recommendation = host.recommendation
            let machine = [host.computer, FleetSummary.servicePackLabel(host.facts).label]
            let advice = [recommendation.install?.description ?? "", recommendation.minimum?.description ?? "",
                          recommendation.hotfixes.map(\.hotfix).joined(separator: " ")]
            if host.findings.isEmpty {
                out += row(machine + ["none", "", "", "", "", ""] + advice + ["0", "", "", "", ""])
            }
            for finding in host.findings {
                let primary = finding.evidence.filter { !$0.supporting }
                let times = primary.flatMap { [$0.first?.reference.time, $0.last?.reference.time] }.compactMap { $0 }
                out += row(machine + [finding.status.rawValue, finding.rule, finding.kb, finding.title, finding.severity.rawValue,
                                      DiagnosisJSON.fixedIn(finding.fix)] + advice
                           + [String(primary.reduce(0) { $0 + $1.count }), times.min()?.iso8601 ?? "", times.max()?.iso8601 ?? "",
                              finding.missingFacts.joined(separator: " "), finding.reason ?? ""])
            }
        }
        return out
    }

    private static func row(_ fields: [String]) -> String {
        CSVText.row(fields.map(spreadsheetSafe)) + "\r\n"
    }

    /// The field with a leading `'` when a spreadsheet would read it as a formula.
    static func spreadsheetSafe(_ field: String) -> String {
        guard let first = field.unicodeScalars.first else { return field }
        switch first {
        case "=", "+", "@", "\t", "\r": return "'" + field
        case "-":
            let second = field.unicodeScalars.dropFirst().first
            return second.map { ("0"..."9").contains($0) } ?? false ? field : "'" + field
        default: return field
        }
    }
}
