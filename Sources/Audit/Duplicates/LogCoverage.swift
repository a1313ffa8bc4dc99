/// What one export holds of one machine's log, in a form small enough to keep for every file of
/// an audit: the record numbers (as runs), the span of time, the exact fingerprints of the events
/// in its first and last second, and a sample of fingerprints by content.
///
/// Enough to decide, for a later file, which of its events this export already held:
/// - with record numbers on both sides and a known log name: the same record number at a time
///   within the same run (exact for what the record number says);
/// - otherwise (text exports have no record numbers, `.evt` files no log name): when the
///   samples show the later file repeats this one over their common period, every event strictly
///   inside this export's span, and the events of its first and last second whose fingerprints
///   it holds.
struct LogCoverage: Sendable {
    /// Exact fingerprints kept per boundary second; past this, every event of that second counts.
    static let boundaryLimit = 1_024

    var records = RecordRuns()
    private(set) var events = 0
    private(set) var first: Int64 = .max
    private(set) var last: Int64 = .min
    private(set) var firstPrints: Set<UInt64> = []
    private(set) var lastPrints: Set<UInt64> = []
    private(set) var sample = FingerprintSample()

    mutating func record(seconds: Int64, record: UInt64?, print: UInt64) {
        events += 1
        if let record { records.record(record, seconds: seconds) }
        sample.record(print, seconds: seconds)
        if seconds < first {
            first = seconds
            firstPrints = [print]
        } else if seconds == first, firstPrints.count < LogCoverage.boundaryLimit {
            firstPrints.insert(print)
        }
        if seconds > last {
            last = seconds
            lastPrints = [print]
        } else if seconds == last, lastPrints.count < LogCoverage.boundaryLimit {
            lastPrints.insert(print)
        }
    }

    mutating func merge(_ other: LogCoverage) {
        guard other.events > 0 else { return }
        events += other.events
        records.merge(other.records)
        sample.merge(other.sample)
        if other.first < first {
            first = other.first
            firstPrints = other.firstPrints
        } else if other.first == first {
            firstPrints.formUnion(other.firstPrints)
        }
        if other.last > last {
            last = other.last
            lastPrints = other.lastPrints
        } else if other.last == last {
            lastPrints.formUnion(other.lastPrints)
        }
    }

    /// True when this export held an event at `seconds` with fingerprint `print` (the window
    /// test; call only once `repeats` said the other file copies this one).
    func holds(seconds: Int64, print: UInt64) -> Bool {
        if first < seconds && seconds < last { return true }
        if seconds == first { return firstPrints.count >= LogCoverage.boundaryLimit || firstPrints.contains(print) }
        if seconds == last { return lastPrints.count >= LogCoverage.boundaryLimit || lastPrints.contains(print) }
        return false
    }

    /// True when `later` repeats this export over the period both cover: at least nine in ten of
    /// its sampled events there are in this export's sample too.
    func isRepeated(by later: LogCoverage) -> Bool {
        let from = max(first, later.first), to = min(last, later.last)
        guard events > 0, later.events > 0, from <= to else { return false }
        let level = max(sample.level, later.sample.level)
        let theirs = later.sample.prints(atLevel: level, from: from, to: to)
        guard !theirs.isEmpty else { return false }
        let shared = theirs.filter(sample.contains).count
        return shared * 10 >= theirs.count * 9
    }
}
