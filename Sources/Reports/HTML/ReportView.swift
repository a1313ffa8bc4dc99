import Diagnosis
import EventLog

/// The HTML report's view model: everything the template shows, worked out from a
/// `DiagnosisResult`, as plain text, numbers and flags. Templates (`--template`) see exactly
/// these names; docs/html-template.md lists them.
struct ReportView {
    let title: String
    let header: HeaderView
    let isAudit: Bool
    /// What must not be missed: inputs that could not be read, broken rule or facts files.
    let alerts: [String]
    /// What kind of report this is, when it is not the usual one (a facts-only check).
    let intro: String?
    let fleet: FleetView?
    let hosts: [HostView]
    let hasHosts: Bool
    let files: FilesView
    /// False for a facts-only check, which reads no file.
    let hasFiles: Bool
    let notes: [String]

    init(_ result: DiagnosisResult, header: ReportHeader) {
        isAudit = result.discovery != nil
        let machines = DiagnosisText.count(result.hosts.count, "machine")
        title = isAudit ? "ntdiag audit: \(machines)" : "ntdiag: " + (result.hosts.count == 1 ? result.hosts[0].computer : machines)
        self.header = HeaderView(header, result: result)
        let anchors = Dictionary(result.hosts.enumerated().map { ($0.element.key, "host-\($0.offset + 1)") }) { first, _ in first }
        hosts = result.hosts.enumerated().map { HostView($0.element, anchor: "host-\($0.offset + 1)", manyHosts: result.hosts.count > 1,
                                                          rulesApplied: result.rulesApplied) }
        hasHosts = !hosts.isEmpty
        fleet = isAudit ? FleetView(result, anchors: anchors) : nil
        files = FilesView(result)
        hasFiles = !result.inputs.isEmpty || result.discovery != nil
        notes = result.notes
        var alerts: [String] = []
        let failed = result.inputs.filter(\.failed)
        if !failed.isEmpty { alerts.append("\(DiagnosisText.count(failed.count, "input")) could not be read: the diagnosis of the machines they hold may be incomplete (see Files).") }
        intro = result.factsOnly
            ? "A facts-only check: no logs were read. Without logs no symptom can be seen, so a defect is reported as exposed "
                + "when every condition of its rule is known to hold, including one about the machine itself." : nil
        if !result.factsOnly && result.inputs.reduce(0, { $0 + $1.events }) == 0 {
            alerts.append("No event was read, so there is nothing to diagnose.")
        }
        alerts += result.problems.map { "Problem: " + $0.description }
        self.alerts = alerts
    }
}

/// The run: command, version, rules, time, and what was read.
struct HeaderView {
    let command: String
    let version: String
    let rules: Int
    let generated: String
    let machines: String
    let files: String
    /// `6 machines in 9 files`, `3 machines, from their facts alone (no logs)`.
    let read: String

    init(_ header: ReportHeader, result: DiagnosisResult) {
        command = header.commandLine
        version = header.version
        rules = header.rulesApplied
        generated = EventTime(seconds: header.generated, isUTC: true).iso8601
        machines = DiagnosisText.count(result.hosts.count, "machine")
        files = DiagnosisText.count(result.inputs.count, "file")
        read = machines + (result.factsOnly ? ", from their facts alone (no logs)" : " in " + files)
    }
}

/// A link to a machine's section.
struct HostLink {
    let name: String
    let anchor: String
}

/// Inputs, skipped files and duplicates: what was read and what was not.
struct FilesView {
    let inputs: [InputView]
    let skipped: [SkippedView]
    let hasSkipped: Bool
    let duplicates: [DuplicateView]
    let hasDuplicates: Bool

    struct InputView {
        let path: String
        let format: String
        let encoding: String
        let events: String
        let recovered: String
        let skipped: String
        let failed: Bool
        let problems: [String]
        let hiddenProblems: String?
        let hasProblems: Bool
    }

    struct SkippedView {
        let path: String
        let reason: String
    }

    struct DuplicateView {
        let path: String
        let events: String
        let alreadyIn: String
    }

    /// Paths are shown relative to the audited folder they are in (`filesrv1/System.xml`), the
    /// folders named once above them.
    let roots: String?

    init(_ result: DiagnosisResult) {
        let folders = (result.discovery?.roots ?? []).map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        func shown(_ path: String) -> String {
            folders.first { path.hasPrefix($0) && path.count > $0.count }.map { String(path.dropFirst($0.count)) } ?? path
        }
        roots = folders.isEmpty ? nil : result.discovery?.roots.joined(separator: ", ")
        inputs = result.inputs.map { report in
            let hidden = report.problemCount - report.problems.count
            return InputView(path: shown(report.path), format: report.format?.rawValue ?? "—",
                             encoding: report.encoding.map { $0 == .binary ? "binary" : $0.rawValue } ?? "—",
                             events: ReadReportText.grouped(report.events), recovered: ReadReportText.grouped(report.recovered),
                             skipped: ReadReportText.grouped(report.skipped), failed: report.failed,
                             problems: report.problems.map { $0.formatted(path: shown(report.path)) },
                             hiddenProblems: hidden > 0 ? "… and \(ReadReportText.grouped(hidden)) more problems" : nil,
                             hasProblems: report.problemCount > 0)
        }
        skipped = (result.discovery?.skipped ?? []).map { SkippedView(path: shown($0.path), reason: $0.reason) }
        hasSkipped = !skipped.isEmpty
        duplicates = (result.discovery?.duplicates ?? []).map {
            DuplicateView(path: shown($0.path), events: DiagnosisText.count($0.count, "event"), alreadyIn: $0.alreadyIn.map(shown).joined(separator: ", "))
        }
        hasDuplicates = !duplicates.isEmpty
    }
}
