import ArgumentParser
import Diagnosis
import EventLog
import Foundation
import Reports

/// `ntdiag analyze`: diagnose the machines whose logs are given, with what is known about them,
/// and say what to install.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Diagnose machines from their event logs and recommend the service pack or hotfix that fixes them.",
        discussion: """
        Reads every log given (any supported format, recognised by content), groups the events by \
        computer (names compared without case and DNS domain; events without a computer name join \
        the machine their file is about), works out what the logs say about each machine (version, service pack, boots, \
        crashes, services), adds the facts you give, applies every rule, and reports each finding \
        as confirmed, likely, exposed or ruled-out with its evidence.

        Performance Monitor counter logs (PDH CSV from perfmon, typeperf or relog) may be given \
        beside the event logs: their counters join the machine their column paths name, and a \
        steady rise of the paged or nonpaged pool or the registry quota is judged (Theil-Sen \
        slope, Mann-Kendall test) with the date the limit would be reached. Limits: the facts \
        paged_pool_limit, nonpaged_pool_limit and registry_size_limit (e.g. 64MB), else NT 4.0's \
        documented defaults, marked as assumptions.

        History: --history DB (or --history default) keeps what each run sees in a database and \
        judges trends over every run it holds: weekly counts that rise, events back after every \
        boot, counters climbing over weeks of exports. `ntdiag history` shows what it holds.

        Facts: --facts FILE reads a YAML file with 'defaults:' and per-computer sections under \
        'hosts:'. --fact NAME=VALUE applies to every machine, --fact HOST:NAME=VALUE to one. Names: \
        os_version, build, service_pack (0-6, 6a, 'below 4'), architecture (x86, alpha, mips, ppc), \
        processors (uniprocessor, multiprocessor), edition, users, groups_per_user, services, \
        hotfixes, uptime_days, and any fact a rule names.

        Facts-only check: with --facts (or --fact) and no log files, ntdiag reads no logs and \
        checks every machine the facts file names under 'hosts:' (or one machine when none is \
        named), like a patch scanner. Without logs no symptom can be seen, so the findings are \
        'exposed' ones: a rule is reported when every one of its conditions is known to hold, \
        including its service pack (below the fix) and at least one condition the article states \
        about the machine itself (hardware, processors, a service, a setting), not only its version.

        Exit status: 0 analysed, nothing to install; 1 analysed, something recommended; 2 an input, \
        rule file or facts file could not be read, or logs were given but no event was read from \
        them (a facts-only check reads none on purpose); 64 usage error.
        """
    )

    @Argument(help: "Log files to read (any supported format); none with --facts or --fact for a facts-only check.")
    var files: [String] = []

    @OptionGroup var diagnosis: DiagnosisOptions

    @Option(help: "Output format: text, json, html or csv.")
    var format: ReportFormat = .text

    @OptionGroup var report: ReportOptions

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var history: HistoryOption

    func validate() throws {
        if files.isEmpty && diagnosis.factsFiles.isEmpty && diagnosis.factArguments.isEmpty {
            throw ValidationError("give log files to analyse, or --facts FILE (or --fact NAME=VALUE) alone for a facts-only check")
        }
        if files.isEmpty && history.history != nil { throw ValidationError("--history needs log files: a facts-only check has nothing to remember") }
        _ = try history.path()
    }

    func run() throws {
        var options = try reading.readOptions()
        // Open the report first, so an unwritable path fails before the logs are read.
        let destination = try report.destination(format: format, command: "analyze")
        let err = OutputWriter.standardError()
        let (rules, given, problems) = diagnosis.load()
        for problem in rules.problems + problems { err.line("ntdiag: " + problem.description) }

        var session = DiagnosisSession(rules: rules, given: given)
        options.textOnlyFor = session.eventsNeedingText
        var remembered = HistorySession(path: try history.path(), inputs: files)
        var reports: [ReadReport] = []
        for path in files {
            let report = LogInput.read(path: path, options: options, into: &session, history: &remembered)
            reports.append(report)
            if report.failed && report.events == 0 { err.line(ReadReportText.summaryLine(report)) }
            for line in ReadReportText.problemLines(report) { err.line(line) }
        }
        err.flush()
        var result = files.isEmpty ? session.finishWithoutLogs(problems: problems)
            : session.finish(inputs: reports, problems: problems, history: remembered.load(for: session))
        for problem in remembered.record(&result, command: "analyze", inputs: files) { err.line("ntdiag: " + problem.description) }
        err.flush()
        try destination.write(result, format: format)
        if result.isIncomplete { throw ExitStatus.inputFailed }
        if result.recommendsSomething { throw ExitStatus.recommended }
    }
}

/// The rules a command uses: the built-in ones, plus or overridden by `--rules DIR`.
enum RuleLoading {
    /// `withTests: false` for a diagnosis, which never runs the built-in rules' test cases.
    static func rules(directory: String?, withTests: Bool = true) -> RuleSet {
        let builtIn = RuleSet.builtIn(withTests: withTests)
        guard let directory else { return builtIn }
        return builtIn.overridden(by: RuleSet.load(directory: directory))
    }
}
