import ArgumentParser
import Audit
import Diagnosis
import EventLog
import Foundation
import Reports

/// `ntdiag audit`: diagnose a whole fleet from a folder of exports and write one report that
/// says which machines need which service pack, and why.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Diagnose every machine whose logs are in some folders, and write one fleet report.",
        discussion: """
        Walks the folders recursively and recognises the logs by their content (any supported \
        format; other files are skipped and listed in the report; with --input-format every file \
        is read as that format). Symbolic links are followed only inside the audited folders, no \
        folder is walked twice, and hidden folders are listed but not walked. Events are grouped by \
        computer across files; a file that names no computer counts as the machine of its \
        folder's name. Events that overlapping exports both hold (same machine, log, record \
        number or time, source and ID) are counted once, from the file first in path order. \
        Files are read in parallel (--jobs); the report is the same for any number of jobs.

        Performance Monitor counter logs (PDH CSV) in the folders join the machines their \
        columns name. --history DB keeps what each audit sees and judges trends over every run \
        it holds (see `ntdiag analyze --help` and `ntdiag history`).

        The HTML report (the default) is one self-contained file: a fleet view (service packs, \
        what to install where, a sortable host table), then every machine. To a terminal it is \
        written to ntdiag-audit.html and a summary is printed.

        Exit status: 0 analysed, nothing to install; 1 something recommended; 2 a file or folder \
        could not be read, a rules or facts file is broken, or no event was read; 64 usage error.
        """
    )

    @Argument(help: "Folders (or files) to audit.")
    var folders: [String]

    @Option(help: "Files read at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Output format: html, json, csv or text.")
    var format: ReportFormat = .html

    @OptionGroup var report: ReportOptions

    @OptionGroup var diagnosis: DiagnosisOptions

    @Flag(help: "No progress line on standard error.")
    var quiet = false

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var history: HistoryOption

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        _ = try history.path()
    }

    func run() throws {
        let options = try reading.readOptions()
        let destination = try report.destination(format: format, command: "audit")
        let err = OutputWriter.standardError()
        let (rules, given, problems) = diagnosis.load()
        for problem in rules.problems + problems { err.line("ntdiag: " + problem.description) }
        err.flush()

        let progress = AuditProgress()
        let line = quiet || isatty(2) != 1 ? nil : ProgressLine(progress)
        let request = AuditRequest(roots: folders, options: options, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                   rules: rules, given: given, problems: problems)
        var remembered = HistorySession(path: try history.path(), inputs: folders)
        // Events are counted per day only when there is a history to keep them.
        let audit = FleetAudit.run(request, progress: progress, history: remembered.isActive ? { remembered.load(for: $0) } : nil)
        var result = audit.result
        remembered.add(audit.days)
        let historyProblems = remembered.record(&result, command: "audit", inputs: result.inputs.filter { $0.format != nil }.map(\.path))
        line?.stop()
        for problem in historyProblems { err.line("ntdiag: " + problem.description) }
        for input in result.inputs {
            if input.failed && input.events == 0 { err.line(ReadReportText.summaryLine(input)) }
            for text in ReadReportText.problemLines(input) { err.line(text) }
        }
        err.flush()
        try destination.write(result, format: format)
        if result.isIncomplete { throw ExitStatus.inputFailed }
        if result.recommendsSomething { throw ExitStatus.recommended }
    }
}
