/// The rules' symptoms arranged for the event stream: by event ID, then by source, and by STOP
/// code, so an event costs one dictionary lookup whatever the number of rules, uninteresting
/// events nothing more, and an event whose ID some rule wants one more lookup by its source.
///
/// Every symptom of every rule has a flat number; accumulators keep their evidence in an array
/// by that number.
public struct RuleIndex: Sendable {
    struct EventEntry: Sendable {
        var symptom: Int
        var pattern: EventPattern
    }

    struct StopEntry: Sendable {
        var symptom: Int
        var pattern: StopPattern
    }

    /// The symptoms that want one event ID: by exact source, and those that take any source or
    /// match their source loosely (checked one by one; there are few).
    struct EventBucket: Sendable {
        var bySource: [SourceKey: [EventEntry]] = [:]
        var otherSources: [EventEntry] = []

        /// The entries whose source fits an event from `source`.
        func entries(for source: SourceKey) -> [EventEntry] {
            let exact = bySource[source] ?? []
            if otherSources.isEmpty { return exact }
            return exact + otherSources.filter { $0.pattern.accepts(source: source) }
        }
    }

    /// Flat symptom number → (rule position, symptom position in the rule).
    let owners: [(rule: Int, symptom: Int)]
    /// Rule position → the flat numbers of its symptoms.
    let symptomNumbers: [[Int]]
    /// Flat symptom number → whether the times of matches must be kept (windows, uptime).
    let keepsTimes: [Bool]
    let byEventID: [UInt16: EventBucket]
    let byStopCode: [UInt32: [StopEntry]]
    /// Symptoms that take any STOP code (`code: any`).
    let anyStop: [StopEntry]

    public var symptomCount: Int { owners.count }

    init(rules: [Rule]) {
        var owners: [(rule: Int, symptom: Int)] = []
        var numbers: [[Int]] = []
        var keepsTimes: [Bool] = []
        var byEventID: [UInt16: EventBucket] = [:]
        var byStopCode: [UInt32: [StopEntry]] = [:]
        var anyStop: [StopEntry] = []
        for (ruleIndex, rule) in rules.enumerated() {
            var ruleNumbers: [Int] = []
            for (symptomIndex, symptom) in rule.symptoms.enumerated() {
                let number = owners.count
                owners.append((ruleIndex, symptomIndex))
                ruleNumbers.append(number)
                keepsTimes.append(symptom.uptime != nil || symptom.count?.within != nil || symptom.trend != nil)
                switch symptom.kind {
                case .event(let pattern):
                    let entry = EventEntry(symptom: number, pattern: pattern)
                    for id in Set(pattern.ids) {
                        if pattern.sourceKeys.isEmpty || pattern.looseSource {
                            byEventID[id, default: EventBucket()].otherSources.append(entry)
                        } else {
                            for source in Set(pattern.sourceKeys) { byEventID[id, default: EventBucket()].bySource[source, default: []].append(entry) }
                        }
                    }
                case .stop(let pattern):
                    let entry = StopEntry(symptom: number, pattern: pattern)
                    if pattern.anyCode { anyStop.append(entry) }
                    for code in Set(pattern.codes) { byStopCode[code.value, default: []].append(entry) }
                case .serviceCycles, .counter:
                    break
                }
            }
            numbers.append(ruleNumbers)
        }
        self.owners = owners
        symptomNumbers = numbers
        self.keepsTimes = keepsTimes
        self.byEventID = byEventID
        self.byStopCode = byStopCode
        self.anyStop = anyStop
    }

    /// The STOP symptoms a crash with this code may be.
    func stopEntries(for code: UInt32) -> [StopEntry] {
        let exact = byStopCode[code] ?? []
        return anyStop.isEmpty ? exact : exact + anyStop
    }
}
