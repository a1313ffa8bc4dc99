import ArgumentParser
import EventLog
import Reports

#if canImport(Glibc)
import Glibc
#endif

/// `ntdiag events`: print the normalised events of log files (also a format converter), with a
/// per-file summary of what was read and what could not be.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Print the events of log files in one normalised form.",
        discussion: """
        Reads every supported export format (recognised by content) and prints its events as a \
        table, JSON lines or CSV. A summary of each file (format, encoding, events read, records \
        skipped, problems) goes to standard error.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, jsonl, csv
    }

    @Argument(help: "Log files to read.")
    var files: [String]

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    @Flag(help: "Read everything but print only the per-file summary (to check files, or to time reading alone).")
    var summary = false

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        var options = try reading.readOptions()
        if summary { options.detail = .summary }
        let out = OutputWriter.standardOutput()
        let err = OutputWriter.standardError()
        if !summary {
            switch format {
            case .table: out.line(EventRecordWriter.tableHeader)
            case .csv: out.line(EventRecordWriter.csvHeader)
            case .jsonl: break
            }
        }
        var failed = false
        var total = 0
        let summary = self.summary
        for path in files {
            let started = MonotonicClock.now()
            var detected: LogFormat?
            let report = summary ? EventLogFile.count(path: path, options: options)
                : EventLogFile.read(path: path, options: options, start: { detected = $0.format }) { event in
                    switch format {
                    case .table: out.line(EventRecordWriter.tableRow(event))
                    case .jsonl: out.append { EventRecordWriter.appendJSONLine(event, file: path, format: detected, to: &$0) }
                    case .csv: out.line(EventRecordWriter.csvRow(event, file: path, format: detected))
                    }
                }
            out.flush()
            let seconds = MonotonicClock.now() - started
            err.line(ReadReportText.summaryLine(report) + (summary ? ReadReportText.speed(bytes: report.bytesRead, seconds: seconds) : ""))
            for line in ReadReportText.problemLines(report) { err.line(line) }
            err.flush()
            failed = failed || report.failed
            total += report.events
        }
        if failed || total == 0 { throw ExitStatus.inputFailed }
    }
}

/// Wall-clock seconds from a monotonic clock, for speed figures.
enum MonotonicClock {
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
