/// The rules' symptoms arranged for the event stream: by event ID and by STOP code, so an event
/// costs one dictionary lookup whatever the number of rules, and uninteresting events nothing more.
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

    /// Flat symptom number → (rule position, symptom position in the rule).
    let owners: [(rule: Int, symptom: Int)]
    /// Rule position → the flat numbers of its symptoms.
    let symptomNumbers: [[Int]]
    /// Flat symptom number → whether the times of matches must be kept (windows, uptime).
    let keepsTimes: [Bool]
    let byEventID: [UInt16: [EventEntry]]
    let byStopCode: [UInt32: [StopEntry]]

    public var symptomCount: Int { owners.count }

    init(rules: [Rule]) {
        var owners: [(rule: Int, symptom: Int)] = []
        var numbers: [[Int]] = []
        var keepsTimes: [Bool] = []
        var byEventID: [UInt16: [EventEntry]] = [:]
        var byStopCode: [UInt32: [StopEntry]] = [:]
        for (ruleIndex, rule) in rules.enumerated() {
            var ruleNumbers: [Int] = []
            for (symptomIndex, symptom) in rule.symptoms.enumerated() {
                let number = owners.count
                owners.append((ruleIndex, symptomIndex))
                ruleNumbers.append(number)
                keepsTimes.append(symptom.uptime != nil || symptom.count?.within != nil)
                switch symptom.kind {
                case .event(let pattern):
                    for id in Set(pattern.ids) { byEventID[id, default: []].append(EventEntry(symptom: number, pattern: pattern)) }
                case .stop(let pattern):
                    for code in Set(pattern.codes) { byStopCode[code.value, default: []].append(StopEntry(symptom: number, pattern: pattern)) }
                case .serviceCycles:
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
    }
}
