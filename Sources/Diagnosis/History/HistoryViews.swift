/// What `ntdiag history` shows, as plain values the history store fills and reports render.

/// One machine the history knows.
public struct HistoryHostSummary: Sendable {
    public var host: String
    public var computer: String
    public var runs: Int
    /// The span of its logs over all runs.
    public var first: Int64?
    public var last: Int64?
    public var isUTC: Bool
    /// When it was last looked at.
    public var lastRun: String

    public init(host: String, computer: String, runs: Int, first: Int64?, last: Int64?, isUTC: Bool, lastRun: String) {
        self.host = host
        self.computer = computer
        self.runs = runs
        self.first = first
        self.last = last
        self.isUTC = isUTC
        self.lastRun = lastRun
    }
}

/// One recorded run (an audit).
public struct HistoryRunSummary: Sendable {
    public var id: Int64
    public var date: String
    public var command: String
    public var inputs: [String]
    public var hosts: [String]
    /// Confirmed, likely and exposed findings over its machines.
    public var openFindings: Int

    public init(id: Int64, date: String, command: String, inputs: [String], hosts: [String], openFindings: Int) {
        self.id = id
        self.date = date
        self.command = command
        self.inputs = inputs
        self.hosts = hosts
        self.openFindings = openFindings
    }
}

/// One machine over time: week by week what its logs held, what each run concluded, and its
/// counters.
public struct HistoryTimeline: Sendable {
    public struct Week: Sendable {
        /// The Monday, as days since 1970-01-01.
        public var start: Int64
        public var coveredDays: Int
        public var events: Int
        public var boots: Int
        public var uncleanShutdowns: Int
        /// Matching events by rule.
        public var matched: [String: Int]

        public init(start: Int64, coveredDays: Int = 0, events: Int = 0, boots: Int = 0, uncleanShutdowns: Int = 0, matched: [String: Int] = [:]) {
            self.start = start
            self.coveredDays = coveredDays
            self.events = events
            self.boots = boots
            self.uncleanShutdowns = uncleanShutdowns
            self.matched = matched
        }
    }

    public struct RunFindings: Sendable {
        public var id: Int64
        public var date: String
        public var first: Int64?
        public var last: Int64?
        /// (rule, status, title), ranked as the run ranked them.
        public var findings: [(rule: String, status: String, title: String)]

        public init(id: Int64, date: String, first: Int64?, last: Int64?, findings: [(rule: String, status: String, title: String)]) {
            self.id = id
            self.date = date
            self.first = first
            self.last = last
            self.findings = findings
        }
    }

    public var host: String
    public var computer: String
    public var isUTC: Bool
    public var weeks: [Week]
    public var runs: [RunFindings]
    public var counters: [CounterTrend]

    public init(host: String, computer: String, isUTC: Bool, weeks: [Week], runs: [RunFindings], counters: [CounterTrend]) {
        self.host = host
        self.computer = computer
        self.isUTC = isUTC
        self.weeks = weeks
        self.runs = runs
        self.counters = counters
    }
}
