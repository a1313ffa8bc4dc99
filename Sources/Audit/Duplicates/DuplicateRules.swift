import Diagnosis
import EventLog

/// For one file, which of its events earlier files already held: per log of a machine, the
/// record runs of earlier exports of that log, and the coverages of earlier exports shown to
/// repeat it. Built by `DuplicatePlanner`; applied while the file is read again.
struct DuplicateRules: Sendable {
    var records: [CoverageKey: RecordRuns] = [:]
    var windows: [CoverageKey: [LogCoverage]] = [:]
    /// Positions (in path order) of the earlier files that hold some of this file's events.
    var sources: [Int] = []
    /// The machine of the file's events without a computer name.
    var unnamedOwner: HostKey

    var isEmpty: Bool { records.isEmpty && windows.isEmpty }

    /// Tells, event by event, whether the rules drop it (caching the key for runs of events).
    struct Filter {
        let rules: DuplicateRules
        private var last: (computer: String?, log: String?, isUTC: Bool, key: CoverageKey)?

        init(_ rules: DuplicateRules) { self.rules = rules }

        mutating func isDuplicate(_ event: Event) -> Bool {
            guard let time = event.timeGenerated ?? event.timeWritten else { return false }
            let key: CoverageKey
            if let last, last.computer == event.computer, last.log == event.log, last.isUTC == time.isUTC {
                key = last.key
            } else {
                key = CoverageKey(computer: event.computer, log: event.log, isUTC: time.isUTC, unnamedOwner: rules.unnamedOwner)
                last = (event.computer, event.log, time.isUTC, key)
            }
            if let record = event.recordNumber, let runs = rules.records[key], runs.contains(record, seconds: time.seconds) { return true }
            guard let windows = rules.windows[key] else { return false }
            let print = EventFingerprint.of(event, time: time)
            return windows.contains { $0.holds(seconds: time.seconds, print: print) }
        }
    }
}

/// Decides, file by file in path order, which events a file shares with the files before it.
/// It keeps the coverage of every file seen (small: see `LogCoverage`), indexed by machine.
struct DuplicatePlanner: Sendable {
    private var earlier: [HostKey: [(file: Int, key: CoverageKey, coverage: LogCoverage)]] = [:]

    /// The rules for file `position`, given its coverage; then remembers that coverage.
    mutating func plan(_ position: Int, coverage: ExportCoverage, unnamedOwner: HostKey) -> DuplicateRules {
        var rules = DuplicateRules(unnamedOwner: unnamedOwner)
        var sources: Set<Int> = []
        for (key, mine) in coverage.logs {
            for (file, theirKey, theirs) in earlier[key.host] ?? [] where theirKey.couldBeSameLog(as: key) {
                if theirKey.sharesRecordNumbers(with: key) && !theirs.records.isEmpty && !mine.records.isEmpty {
                    guard theirs.records.overlaps(mine.records) else { continue }
                    rules.records[key, default: RecordRuns()].merge(theirs.records)
                } else {
                    guard theirs.isRepeated(by: mine) else { continue }
                    rules.windows[key, default: []].append(theirs)
                }
                sources.insert(file)
            }
        }
        for (key, mine) in coverage.logs { earlier[key.host, default: []].append((position, key, mine)) }
        rules.sources = sources.sorted()
        return rules
    }
}
