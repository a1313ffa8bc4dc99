/// The record numbers of one log in one export, as runs of consecutive numbers with the span of
/// time each run covers: record numbers are dense, so a whole export is usually one run (a few
/// more where the log was cleared, records were damaged or carved), whatever its size.
///
/// A record of another export is the same event when a run holds its number and the run's time
/// span holds its time (after a log is cleared, numbers start again at 1, at later times).
struct RecordRuns: Sendable {
    struct Run: Sendable, Equatable {
        var first: UInt64
        var last: UInt64
        var firstTime: Int64
        var lastTime: Int64
    }

    /// Above this many runs, runs are merged (their time spans joined): memory stays bounded
    /// on the most fragmented log, at the price of a coarser time check.
    static let limit = 4_096

    private(set) var runs: [Run] = []

    var isEmpty: Bool { runs.isEmpty }

    mutating func record(_ number: UInt64, seconds: Int64) {
        if let last = runs.last, number == last.last &+ 1, seconds >= last.lastTime {
            runs[runs.count - 1].last = number
            runs[runs.count - 1].lastTime = seconds
            return
        }
        runs.append(Run(first: number, last: number, firstTime: seconds, lastTime: seconds))
        if runs.count > RecordRuns.limit { compact(to: RecordRuns.limit / 2) }
    }

    mutating func merge(_ other: RecordRuns) {
        runs += other.runs
        compact(to: RecordRuns.limit)
    }

    /// Sorts the runs and joins those whose numbers overlap or touch; then, while there are
    /// more than `most`, joins neighbours.
    private mutating func compact(to most: Int) {
        runs.sort { $0.first < $1.first }
        var joined: [Run] = []
        for run in runs {
            if let last = joined.last, run.first <= last.last &+ 1 {
                joined[joined.count - 1] = Run(first: last.first, last: max(last.last, run.last),
                                               firstTime: min(last.firstTime, run.firstTime), lastTime: max(last.lastTime, run.lastTime))
            } else {
                joined.append(run)
            }
        }
        while joined.count > most {
            var halved: [Run] = []
            halved.reserveCapacity(joined.count / 2 + 1)
            var index = 0
            while index < joined.count {
                if index + 1 < joined.count {
                    let a = joined[index], b = joined[index + 1]
                    halved.append(Run(first: a.first, last: max(a.last, b.last), firstTime: min(a.firstTime, b.firstTime),
                                      lastTime: max(a.lastTime, b.lastTime)))
                } else {
                    halved.append(joined[index])
                }
                index += 2
            }
            joined = halved
        }
        runs = joined
    }

    /// True when some run holds `number` at `seconds` (runs must be compacted: sorted, disjoint).
    func contains(_ number: UInt64, seconds: Int64) -> Bool {
        var low = 0, high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].first <= number { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return false }
        let run = runs[low - 1]
        return number <= run.last && run.firstTime <= seconds && seconds <= run.lastTime
    }

    /// True when the two share a record number within a common time span.
    func overlaps(_ other: RecordRuns) -> Bool {
        for a in runs {
            for b in other.runs where a.first <= b.last && b.first <= a.last && a.firstTime <= b.lastTime && b.firstTime <= a.lastTime {
                return true
            }
        }
        return false
    }

    /// The runs sorted and disjoint, ready for `contains`.
    func compacted() -> RecordRuns {
        var copy = self
        copy.compact(to: RecordRuns.limit)
        return copy
    }
}
