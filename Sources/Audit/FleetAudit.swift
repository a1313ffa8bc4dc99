import Diagnosis
import EventLog

/// What an audit needs: the folders, how to read the files, how many threads, the rules and
/// the facts given (with any problems met loading them).
public struct AuditRequest: Sendable {
    public var roots: [String]
    public var options: ReadOptions
    public var jobs: Int
    public var rules: RuleSet
    public var given: GivenFacts
    public var problems: [FileProblem]

    public init(roots: [String], options: ReadOptions = ReadOptions(), jobs: Int = 1, rules: RuleSet, given: GivenFacts = GivenFacts(),
                problems: [FileProblem] = []) {
        self.roots = roots
        self.options = options
        self.jobs = jobs
        self.rules = rules
        self.given = given
        self.problems = problems
    }
}

/// `ntdiag audit` as a library: walks the folders, recognises the logs by content, reads them
/// in parallel, groups their events by machine across files (a file with no computer name
/// counts as its folder's machine), counts the events of overlapping exports once, and
/// diagnoses every machine. The result is the same for any number of threads.
public enum FleetAudit {
    public static func run(_ request: AuditRequest, progress: AuditProgress = AuditProgress()) -> DiagnosisResult {
        run(request, progress: progress, history: nil).result
    }

    /// An audit that remembers: `history` gives what earlier runs saw of the machines found
    /// (asked once every file is read), and the result comes with every event kept counted per
    /// machine and day, for the history to record. Without `history`, nothing is counted.
    public static func run(_ request: AuditRequest, progress: AuditProgress = AuditProgress(),
                           history: ((DiagnosisSession) -> [HostKey: HostHistory])?) -> (result: DiagnosisResult, days: DailyEventCounter) {
        let walk = FolderWalker.walk(request.roots)
        let scheduler = AuditScheduler(files: walk.files, options: request.options, rules: request.rules, given: request.given,
                                       progress: progress, countDays: history != nil)
        scheduler.run(jobs: request.jobs)
        let inputs = (walk.failures + scheduler.reports).sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        var result = scheduler.session.finish(inputs: inputs, problems: request.problems, history: history?(scheduler.session) ?? [:])
        let skipped = (walk.skipped + scheduler.notLogs).sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        result.discovery = FileDiscovery(roots: request.roots, skipped: skipped, duplicates: scheduler.duplicates)
        return (result, scheduler.days)
    }
}
