/// The counters of one machine: a series per counter whose meaning ntdiag knows (the pools, the
/// registry quota, a process's private bytes), and a short summary of every other counter, kept
/// by name as the log wrote it. Bounded: at most `seriesLimit` series and `summaryLimit` summaries.
public struct CounterSet: Sendable {
    static let seriesLimit = 64
    static let summaryLimit = 2_000

    /// By canonical name (`Memory\Pool Paged Bytes`, `Process(_Total)\Private Bytes`).
    public private(set) var series: [String: CounterSeries] = [:]
    /// By name as written (`Процесс(Idle)\% загруженности процессора`).
    public private(set) var summaries: [String: CounterSummary] = [:]
    /// Counters past the limits, not kept.
    public private(set) var droppedCounters = 0

    public init() {}

    public var isEmpty: Bool { series.isEmpty && summaries.isEmpty }

    mutating func merge(series other: CounterSeries, name: String) {
        CounterSet.merge(other, name: name, into: &series, limit: CounterSet.seriesLimit, dropped: &droppedCounters) { $0.merge($1) }
    }

    mutating func merge(summary other: CounterSummary, name: String) {
        CounterSet.merge(other, name: name, into: &summaries, limit: CounterSet.summaryLimit, dropped: &droppedCounters) { $0.merge($1) }
    }

    /// Adds `value` under `name`, combining with what is there, within `limit` names.
    private static func merge<Value>(_ value: Value, name: String, into table: inout [String: Value], limit: Int, dropped: inout Int,
                                     combine: (inout Value, Value) -> Void) {
        if var existing = table.removeValue(forKey: name) {
            combine(&existing, value)
            table[name] = existing
        } else if table.count < limit {
            table[name] = value
        } else {
            dropped += 1
        }
    }

    mutating func merge(_ other: CounterSet) {
        for (name, theirs) in other.series { merge(series: theirs, name: name) }
        for (name, theirs) in other.summaries { merge(summary: theirs, name: name) }
        droppedCounters += other.droppedCounters
    }
}

/// What is kept of a counter ntdiag does not reason about: how many samples, the range, and the
/// first and last value with their times.
public struct CounterSummary: Sendable, Equatable {
    public var samples = 0
    public var lowest = Double.infinity
    public var highest = -Double.infinity
    public var first: (seconds: Int64, value: Double)?
    public var last: (seconds: Int64, value: Double)?

    mutating func add(seconds: Int64, value: Double) {
        guard value.isFinite else { return }
        samples += 1
        lowest = min(lowest, value)
        highest = max(highest, value)
        if first.map({ seconds < $0.seconds }) ?? true { first = (seconds, value) }
        if last.map({ seconds >= $0.seconds }) ?? true { last = (seconds, value) }
    }

    mutating func merge(_ other: CounterSummary) {
        samples += other.samples
        lowest = min(lowest, other.lowest)
        highest = max(highest, other.highest)
        if let theirs = other.first, first.map({ theirs.seconds < $0.seconds }) ?? true { first = theirs }
        if let theirs = other.last, last.map({ theirs.seconds >= $0.seconds }) ?? true { last = theirs }
    }

    public static func == (a: CounterSummary, b: CounterSummary) -> Bool {
        a.samples == b.samples && a.lowest == b.lowest && a.highest == b.highest
            && a.first?.seconds == b.first?.seconds && a.last?.seconds == b.last?.seconds
    }
}
