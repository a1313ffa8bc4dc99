/// The trends a report shows for one machine: each counter over time with its fitted line and
/// projected exhaustion, and the weekly counts of the events that matched rules, over the
/// history and the new logs.
public struct HostTrends: Sendable {
    /// The counters ntdiag follows, by name.
    public var counters: [CounterTrend] = []
    /// The other counters the logs held, summarised, by name as written.
    public var otherCounters: [(name: String, summary: CounterSummary)] = []
    /// Per rule with matching events: their weekly counts.
    public var weekly: [WeeklyMatches] = []
    /// How many earlier runs the history held for this machine.
    public var earlierRuns = 0

    public init() {}

    public var isEmpty: Bool { counters.isEmpty && otherCounters.isEmpty && weekly.isEmpty && earlierRuns == 0 }
}

/// The weekly counts of one rule's matching events.
public struct WeeklyMatches: Sendable {
    public var rule: String
    public var title: String
    public var weeks: [WeeklyCounts.Week]
}
