import EventLog

/// Counts every event of a run per machine, day and kind (log, source, ID, type), for the
/// history's `day_counts`. Each file is counted on its own, and files are combined by keeping,
/// for each day and kind, the largest count one file showed: two exports of the same log that
/// overlap hold the same events for the days they share, and counting them once is what makes
/// re-importing harmless. (Two files that each hold a different part of one day of one log,
/// which exports never do, would be undercounted.)
///
/// Bounded: at most `limit` (machine, day, kind) entries; beyond that new ones are dropped and
/// counted in `dropped`. Events without a time or a computer name are not counted.
public struct DailyEventCounter: Sendable {
    static let limit = 500_000

    struct Key: Hashable, Sendable {
        var host: String
        var day: Int64
        var log: String
        var source: String
        var id: UInt16
        var type: String
    }

    private var file: [Key: Int] = [:]
    private var total: [Key: Int] = [:]
    private var currentFile: String?
    private var lastComputer: String?
    private var lastHost = ""
    public private(set) var dropped = 0

    public init() {}

    public mutating func add(_ event: Event, file path: String) {
        if path != currentFile {
            finishFile()
            currentFile = path
        }
        guard let time = event.timeGenerated ?? event.timeWritten, let computer = event.computer else { return }
        if computer != lastComputer {
            lastComputer = computer
            lastHost = HostKey(computer).value
        }
        guard !lastHost.isEmpty else { return }
        let key = Key(host: lastHost, day: DailyEventCount.day(of: time.seconds), log: event.log ?? "", source: event.source, id: event.id, type: event.type.name)
        if let count = file[key] {
            file[key] = count + 1
        } else if file.count + total.count < DailyEventCounter.limit {
            file[key] = 1
        } else {
            dropped += 1
        }
    }

    /// Folds the current file into the run's counts (called by `counts` too).
    public mutating func finishFile() {
        for (key, count) in file where count > total[key] ?? 0 { total[key] = count }
        file.removeAll(keepingCapacity: true)
        currentFile = nil
    }

    /// Adds another counter's files (an audit counts each file on its own thread).
    public mutating func merge(_ other: DailyEventCounter) {
        var other = other
        other.finishFile()
        finishFile()
        for (key, count) in other.total where count > total[key] ?? 0 {
            if total[key] != nil || total.count < DailyEventCounter.limit { total[key] = count } else { dropped += 1 }
        }
        dropped += other.dropped
    }

    /// The counts per machine (by `HostKey` value).
    public mutating func counts() -> [String: [DailyEventCount]] {
        finishFile()
        var result: [String: [DailyEventCount]] = [:]
        for (key, count) in total {
            result[key.host, default: []].append(DailyEventCount(day: key.day, log: key.log, source: key.source, id: key.id, type: key.type, count: count))
        }
        return result
    }
}
