/// What earlier runs saw of one machine, as the history store hands it to the engine: enough to
/// judge trends that no single export shows (weekly counts rising, an event coming back after
/// every boot, a counter climbing over weeks). Plain values: the engine knows nothing of the
/// database.
public struct HostHistory: Sendable {
    /// One earlier look at the machine: when the run was, and the span of its logs.
    public struct PastRun: Sendable, Equatable {
        public var id: Int64
        public var date: String
        public var first: Int64?
        public var last: Int64?

        public init(id: Int64, date: String, first: Int64?, last: Int64?) {
            self.id = id
            self.date = date
            self.first = first
            self.last = last
        }
    }

    public var runs: [PastRun] = []
    public var boots: [Int64] = []
    public var uncleanShutdowns: [Int64] = []
    /// Events per day and kind, over every earlier export.
    public var dailyCounts: [DailyEventCount] = []
    /// Times of the events that matched each rule's symptom, by `MatchKey`.
    public var matches: [MatchKey: [Int64]] = [:]
    /// Stop-and-start-again cycles, by service name key (`NameKey.value`).
    public var serviceCycles: [String: [Int64]] = [:]
    /// Counter series by canonical name.
    public var counters: [String: CounterSeries] = [:]

    public init() {}

    public var isEmpty: Bool { runs.isEmpty }

    /// The days (since 1970-01-01) some earlier export covered.
    var coveredDays: Set<Int64> {
        var days: Set<Int64> = []
        for run in runs {
            guard let first = run.first, let last = run.last, last >= first else { continue }
            let from = DailyEventCount.day(of: first), to = DailyEventCount.day(of: last)
            guard to - from < 3_660 else { continue }
            for day in from...to { days.insert(day) }
        }
        return days
    }
}

/// How many events of one kind (log, source, ID, type) one machine logged on one day.
public struct DailyEventCount: Sendable, Hashable {
    public var day: Int64
    public var log: String
    public var source: String
    public var id: UInt16
    public var type: String
    public var count: Int

    public init(day: Int64, log: String, source: String, id: UInt16, type: String, count: Int) {
        self.day = day
        self.log = log
        self.source = source
        self.id = id
        self.type = type
        self.count = count
    }

    public static func day(of seconds: Int64) -> Int64 { seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400 }
}

/// Names the events that matched one symptom of one rule, across runs: the rule's id and the
/// symptom's label (`Q196745|Srv 2020`), so a rule edited between runs still finds its past.
public struct MatchKey: Hashable, Sendable, Comparable {
    public var rule: String
    public var symptom: String

    public init(rule: String, symptom: String) {
        self.rule = rule
        self.symptom = symptom
    }

    public static func < (a: MatchKey, b: MatchKey) -> Bool { (a.rule, a.symptom) < (b.rule, b.symptom) }
}
