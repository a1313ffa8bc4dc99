/// What the logs hold for one symptom of one rule: a count, the first and last matching events,
/// a few samples, and (when the rule needs them for windows or uptime) the times compactly.
/// Bounded whatever the log's size.
public struct SymptomEvidence: Sendable {
    static let sampleLimit = 3
    static let timeLimit = 200_000

    public private(set) var count = 0
    public private(set) var first: EvidenceEvent?
    public private(set) var last: EvidenceEvent?
    public private(set) var samples: [EvidenceEvent] = []
    /// Seconds of every match (up to `timeLimit`), kept only when the rule needs them.
    public private(set) var times: [Int64] = []
    /// Matches beyond `timeLimit` whose times were not kept.
    public private(set) var timesDropped = 0
    /// Matches without a time.
    public private(set) var untimed = 0
    /// The distinct crashes behind a STOP symptom (up to `sampleLimit`).
    public private(set) var bugchecks: [Bugcheck] = []
    /// Crashes with the right STOP code whose parameters did not fit, with one example.
    public private(set) var nearMisses = 0
    public private(set) var nearMiss: Bugcheck?
    /// The driver the near miss's report named, when it did.
    public private(set) var nearMissDriver: String?
    public private(set) var nearMissEvent: EvidenceEvent?
    /// Matching crashes whose report named the driver the rule asks for.
    public private(set) var driverNamed = 0

    mutating func apply(_ change: (inout SymptomEvidence) -> Void) { change(&self) }

    mutating func record(_ event: EvidenceEvent, keepTime: Bool, bugcheck: Bugcheck? = nil, driverNamed named: Bool = false) {
        count += 1
        if named { driverNamed += 1 }
        // Compared in place: taking `first?.reference` copied the reference (and its strings) per match.
        if first.map({ isEarlier(event.reference, before: $0.reference) }) ?? true { first = event }
        if last.map({ isEarlier($0.reference, before: event.reference) }) ?? true { last = event }
        if samples.count < SymptomEvidence.sampleLimit || isEarlier(event.reference, before: samples[samples.count - 1].reference) {
            samples.append(event)
            samples.sort { isEarlier($0.reference, than: $1.reference) }
            if samples.count > SymptomEvidence.sampleLimit { samples.removeLast() }
        }
        if let seconds = event.seconds {
            if keepTime {
                if times.count < SymptomEvidence.timeLimit { times.append(seconds) } else { timesDropped += 1 }
            }
        } else {
            untimed += 1
        }
        if let bugcheck, bugchecks.count < SymptomEvidence.sampleLimit, !bugchecks.contains(bugcheck) { bugchecks.append(bugcheck) }
    }

    mutating func recordNearMiss(_ bugcheck: Bugcheck, driver: String?, event: EvidenceEvent) {
        nearMisses += 1
        if nearMissEvent == nil || isEarlier(event.reference, than: nearMissEvent?.reference) {
            nearMiss = bugcheck
            nearMissDriver = driver
            nearMissEvent = event
        }
    }

    mutating func merge(_ other: SymptomEvidence) {
        for event in other.samples + [other.first, other.last].compactMap({ $0 }) {
            if first == nil || isEarlier(event.reference, than: first?.reference) { first = event }
            if last == nil || isEarlier(last?.reference ?? event.reference, than: event.reference) { last = event }
        }
        var merged = samples
        for sample in other.samples where !merged.contains(sample) { merged.append(sample) }
        merged.sort { isEarlier($0.reference, than: $1.reference) }
        samples = Array(merged.prefix(SymptomEvidence.sampleLimit))
        count += other.count
        untimed += other.untimed
        let room = max(0, SymptomEvidence.timeLimit - times.count)
        times += other.times.prefix(room)
        timesDropped += other.timesDropped + max(0, other.times.count - room)
        for bugcheck in other.bugchecks where bugchecks.count < SymptomEvidence.sampleLimit && !bugchecks.contains(bugcheck) {
            bugchecks.append(bugcheck)
        }
        nearMisses += other.nearMisses
        driverNamed += other.driverNamed
        if let event = other.nearMissEvent, nearMissEvent == nil || isEarlier(event.reference, than: nearMissEvent?.reference) {
            nearMiss = other.nearMiss
            nearMissDriver = other.nearMissDriver
            nearMissEvent = event
        }
    }
}
