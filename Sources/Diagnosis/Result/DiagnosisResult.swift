import EventLog

/// The whole outcome of a run: what was read, and the diagnosis of every machine. One value
/// serves every report (text, JSON, and later HTML, CSV and fleet audits), which are pure
/// functions of it.
public struct DiagnosisResult: Sendable {
    /// One report per input file, in the order given.
    public var inputs: [ReadReport]
    /// The machines, by computer name.
    public var hosts: [HostDiagnosis]
    /// Problems with rule files and facts files (the run went on without the broken parts).
    public var problems: [FileProblem]
    /// Remarks about the run as a whole (facts given for machines the logs never mention).
    public var notes: [String]
    /// How many rules were applied to each machine.
    public var rulesApplied: Int
    /// A facts-only check: no logs were given, on purpose; the machines are those the facts name
    /// and only `exposed` findings can come of it.
    public var factsOnly: Bool
    /// For audits: what the walk of the folders skipped, and the duplicates it removed.
    public var discovery: FileDiscovery?

    public init(inputs: [ReadReport], hosts: [HostDiagnosis], problems: [FileProblem] = [], notes: [String] = [], rulesApplied: Int,
                factsOnly: Bool = false) {
        self.inputs = inputs
        self.hosts = hosts
        self.problems = problems
        self.notes = notes
        self.rulesApplied = rulesApplied
        self.factsOnly = factsOnly
    }

    /// True when some machine needs a service pack or hotfix.
    public var recommendsSomething: Bool { hosts.contains { !$0.recommendation.isEmpty } }

    /// True when an input could not be read, logs were given but no event was read from them, or
    /// a rule or facts file is broken: the run must not exit 0 (DESIGN.md's exit code 2). A
    /// facts-only check reads no logs on purpose, so reading none is not held against it.
    public var isIncomplete: Bool {
        let nothingRead = !factsOnly && inputs.reduce(0) { $0 + $1.events } == 0
        return inputs.contains(where: \.failed) || nothingRead || !problems.isEmpty
    }
}

/// The diagnosis of one machine.
public struct HostDiagnosis: Sendable {
    public var computer: String
    public var key: HostKey
    public var files: [String]
    public var eventCount: Int
    public var firstTime: EventTime?
    public var lastTime: EventTime?
    public var facts: FactSheet
    /// Ranked: confirmed, likely, exposed, ruled-out; better matched first.
    public var findings: [Finding]
    public var recommendation: Recommendation
    /// Articles that share a symptom seen on this machine, compared (see `Differential`).
    public var differentials: [Differential] = []
    /// Boots, shutdowns and each finding's events in time.
    public var timeline = HostTimeline()
    /// Counters over time and weekly counts of matched events (with the history when there is one).
    public var trends = HostTrends()
    /// What these logs saw, for the history store.
    public var observations: HostObservations?
}
