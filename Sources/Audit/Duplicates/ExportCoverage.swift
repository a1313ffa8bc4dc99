import Diagnosis
import EventLog

/// Every log of every machine one export holds, as `LogCoverage`s: built while the file is read
/// (keyed by the names as written, cached for runs of events), then keyed by machine once the
/// owner of its unnamed events is known.
struct ExportCoverage: Sendable {
    private(set) var logs: [CoverageKey: LogCoverage] = [:]

    init() {}

    /// The coverage being built during a read.
    struct Builder {
        private struct RawKey: Hashable {
            var computer: String?
            var log: String?
            var isUTC: Bool
        }

        private var positions: [RawKey: Int] = [:]
        private var keys: [RawKey] = []
        private var coverages: [LogCoverage] = []
        private var last: (key: RawKey, position: Int)?

        mutating func record(_ event: Event) {
            guard let time = event.timeGenerated ?? event.timeWritten else { return }
            let key = RawKey(computer: event.computer, log: event.log, isUTC: time.isUTC)
            let position: Int
            if let last, last.key == key {
                position = last.position
            } else if let known = positions[key] {
                position = known
                last = (key, known)
            } else {
                position = coverages.count
                positions[key] = position
                keys.append(key)
                coverages.append(LogCoverage())
                last = (key, position)
            }
            coverages[position].record(seconds: time.seconds, record: event.recordNumber, print: EventFingerprint.of(event, time: time))
        }

        /// The coverage by machine, with unnamed events given to `unnamedOwner`.
        func finish(unnamedOwner: HostKey) -> ExportCoverage {
            var coverage = ExportCoverage()
            for (key, logCoverage) in zip(keys, coverages) {
                let merged = CoverageKey(computer: key.computer, log: key.log, isUTC: key.isUTC, unnamedOwner: unnamedOwner)
                coverage.logs[merged, default: LogCoverage()].merge(logCoverage)
            }
            return coverage
        }
    }
}
