/// Which rules a person asks about (`ntdiag rules list --fixed-in SP4 --symptom stop`): every
/// criterion given must hold. Also what a rule is about, in the terms the filters and counts use.
public struct RuleQuery: Sendable {
    /// `SP4`, `SP6a`, `hotfix` (any hotfix-only fix) or a hotfix id (`Q293841`).
    public var fixedIn: String?
    /// `event`, `stop`, `service-cycles` or `absent`.
    public var symptom: String?
    /// A service the rule concerns (a condition, a service cycle, or an event source that implies it).
    public var service: String?
    /// A STOP code the rule matches (`0A`, `0xC000021A`).
    public var stop: String?
    /// An event ID the rule matches.
    public var eventID: UInt16?
    /// A fact the rule's conditions test.
    public var fact: String?
    public var severity: Severity?

    public init() {}

    public static let symptomKinds = ["event", "stop", "service-cycles", "counter", "absent"]

    public func matches(_ rule: Rule) -> Bool {
        if let fixedIn, !RuleQuery.fixLabels(rule.fix).contains(where: { $0.lowercased() == fixedIn.lowercased() }) {
            if ServicePack(parsing: fixedIn).map({ $0 != rule.fix.servicePack }) ?? true { return false }
        }
        if let symptom, !rule.symptomKinds.contains(String(symptom.lowercased().map { $0 == "_" ? "-" : $0 })) { return false }
        if let service, !rule.services.contains(where: { ServiceName.key($0) == ServiceName.key(service) }) { return false }
        if let stop {
            guard let code = StopCode(parsing: stop) else { return false }
            let matches = rule.primarySymptoms.contains { symptom in
                if case .stop(let pattern) = symptom.kind { return pattern.anyCode || pattern.codes.contains(code) }
                return false
            }
            if !matches { return false }
        }
        if let eventID {
            let matches = rule.symptoms.contains { symptom in
                if case .event(let pattern) = symptom.kind { return pattern.ids.contains(eventID) }
                return false
            }
            if !matches { return false }
        }
        if let fact, !rule.conditions.contains(where: { $0.fact == fact }) && !(fact == FactName.crashDriver && rule.hasDriverSymptom) { return false }
        if let severity, rule.severity != severity { return false }
        return true
    }

    /// `SP4`; `hotfix`, `Q293841` for a hotfix-only fix.
    static func fixLabels(_ fix: Fix) -> [String] {
        var labels: [String] = []
        if let servicePack = fix.servicePack { labels.append(servicePack.description) }
        if let hotfix = fix.hotfix, fix.servicePack == nil { labels += ["hotfix", hotfix] }
        return labels
    }
}

extension Rule {
    /// `event`, `stop`, `service-cycles`, `absent`: the kinds of its primary symptoms.
    public var symptomKinds: [String] {
        var kinds: [String] = []
        for symptom in primarySymptoms {
            let kind: String
            switch symptom.kind {
            case .event: kind = symptom.absent ? "absent" : "event"
            case .stop: kind = "stop"
            case .serviceCycles: kind = "service-cycles"
            case .counter: kind = "counter"
            }
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        return kinds
    }

    /// The services the rule concerns, by display name: those its conditions require, those it
    /// watches cycle, and those its events' sources belong to.
    public var services: [String] {
        var names: [String] = []
        func add(_ name: String) { if !names.contains(where: { ServiceName.key($0) == ServiceName.key(name) }) { names.append(name) } }
        for condition in conditions {
            if condition.fact == FactName.services, case .includes(let name) = condition.test { add(name) }
        }
        for symptom in symptoms {
            switch symptom.kind {
            case .serviceCycles(let pattern): add(pattern.service)
            case .event(let pattern): for key in pattern.sourceKeys { ServiceName.implied(bySource: key).map(add) }
            case .counter(let pattern): if let steps = pattern.steps { add(steps.service) }
            case .stop: break
            }
        }
        return names
    }

    /// `SP4`, `SP6a`, or `hotfix` for a fix no service pack contains: the key of the counts.
    public var fixedInLabel: String { fix.servicePack?.description ?? "hotfix" }

    var hasDriverSymptom: Bool {
        symptoms.contains { symptom in
            if case .stop(let pattern) = symptom.kind { return pattern.driver != nil }
            return false
        }
    }
}
