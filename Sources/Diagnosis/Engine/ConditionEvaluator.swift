/// Checks one condition against what is known of a machine: yes, no, or unknown, with the
/// sentence a report needs in each case.
struct ConditionOutcome {
    var check: Check
    /// Why it does not hold, in the words a colleague would use ("hardware is x86").
    var reason: String?
    /// An implied version or edition condition whose fact is unknown is not held against a rule.
    var ignorable: Bool
    /// A condition the article states about the machine (not its version or fixes): the kind
    /// that makes a machine `exposed` when it holds.
    var isSpecific: Bool
}

/// Evaluates conditions: the truth, the sentence for reports, the reason when one fails.
enum ConditionEvaluator {
    static func evaluate(_ condition: Condition, facts: FactSheet, fix: Fix) -> ConditionOutcome {
        let fact = facts[condition.fact]
        let truth = fact.map { test(condition.test, $0.value) } ?? .unknown
        let soft = condition.implied && (condition.fact == FactName.osVersion || condition.fact == FactName.edition
                                         || (condition.fact == FactName.hotfixes && fix.servicePack != nil))
        let versionFacts: Set<String> = [FactName.osVersion, FactName.edition, FactName.servicePack, FactName.hotfixes, FactName.build]
        let check = Check(text: text(condition, fix: fix), truth: truth, detail: fact?.value.description, fact: condition.fact,
                          source: fact.map { ($0.source.isGiven ? "given in " : "") + $0.source.description })
        return ConditionOutcome(check: check, reason: truth == .no ? fact.map { reason(condition, $0.value, fix: fix) } : nil,
                                ignorable: soft && truth == .unknown, isSpecific: !versionFacts.contains(condition.fact))
    }

    static func test(_ test: Condition.Test, _ value: FactValue) -> Truth {
        switch test {
        case .oneOf(let options):
            return Truth(options.contains { NameKey($0) == NameKey(value.description) })
        case .noneOf(let options):
            return Truth(!options.contains { NameKey($0) == NameKey(value.description) })
        case .flag(let expected):
            if case .flag(let actual) = value { return Truth(actual == expected) }
            return .unknown
        case .above(let limit): return value.number.map { Truth($0 > limit) } ?? .unknown
        case .below(let limit): return value.number.map { Truth($0 < limit) } ?? .unknown
        case .atLeast(let limit): return value.number.map { Truth($0 >= limit) } ?? .unknown
        case .atMost(let limit): return value.number.map { Truth($0 <= limit) } ?? .unknown
        case .includes(let name), .excludes(let name):
            let wanted = ServiceName.key(name)
            let present: Truth
            switch value {
            case .list(let items, let complete):
                present = items.contains { ServiceName.key($0) == wanted } ? .yes : (complete ? .no : .unknown)
            case .text(let text): present = Truth(ServiceName.key(text) == wanted)
            default: present = .unknown
            }
            if case .excludes = test { return !present }
            return present
        case .servicePackBelow(let level):
            guard case .servicePack(let range) = value else { return .unknown }
            return range.isBelow(level)
        case .servicePackAtLeast(let level):
            guard case .servicePack(let range) = value else { return .unknown }
            return !range.isBelow(level)
        }
    }

    /// `users above 100`, `architecture is alpha`, `SP4 not yet installed`.
    static func text(_ condition: Condition, fix: Fix) -> String {
        let name = condition.fact
        switch condition.test {
        case .oneOf(let options):
            if condition.implied && name == FactName.osVersion { return "Windows NT " + options.joined(separator: " or ") }
            return "\(name) is " + options.joined(separator: " or ")
        case .noneOf(let options): return "\(name) is not " + options.joined(separator: " or ")
        case .flag(let expected): return "\(name) is \(expected ? "yes" : "no")"
        case .above(let limit): return "\(name) above \(FactValue.format(limit))"
        case .below(let limit): return "\(name) below \(FactValue.format(limit))"
        case .atLeast(let limit): return "\(name) at least \(FactValue.format(limit))"
        case .atMost(let limit): return "\(name) at most \(FactValue.format(limit))"
        case .includes(let item): return "\(name) include \(item)"
        case .excludes(let item):
            return condition.implied && name == FactName.hotfixes ? "hotfix \(item) not installed" : "\(name) do not include \(item)"
        case .servicePackBelow(let level):
            return condition.implied ? "\(level) not yet installed" : "service pack below \(level)"
        case .servicePackAtLeast(let level): return "service pack \(level) or later"
        }
    }

    /// Why the condition fails, as a colleague would say it.
    static func reason(_ condition: Condition, _ value: FactValue, fix: Fix) -> String {
        let name = condition.fact
        switch (name, condition.test) {
        case (FactName.architecture, _): return "hardware is \(value)"
        case (FactName.processors, _): return "the machine is \(value)"
        case (FactName.osVersion, .oneOf(let options)):
            return "the machine runs Windows \(value), not NT " + options.joined(separator: " or ")
        case (FactName.servicePack, .servicePackBelow(let level)):
            guard case .servicePack(let range) = value else { break }
            if range.isExact && range.lowest == level { return "service pack \(range) already installed" }
            return "service pack \(range) already installed (fixed in \(level))"
        case (FactName.servicePack, .servicePackAtLeast(let level)):
            return "service pack \(value) is installed; the defect came with \(level)"
        case (FactName.hotfixes, .excludes(let hotfix)) where condition.implied:
            return "hotfix \(hotfix) already installed"
        case (_, .includes(let item)):
            return name == FactName.services ? "the \(item) service is not on the machine (services: \(value))" : "\(name) do not include \(item)"
        case (_, .excludes(let item)):
            return name == FactName.services ? "the \(item) service runs on the machine" : "\(name) include \(item)"
        case (_, .above(let limit)): return "\(name) is \(value) (the defect needs more than \(FactValue.format(limit)))"
        case (_, .below(let limit)): return "\(name) is \(value) (the defect needs fewer than \(FactValue.format(limit)))"
        case (_, .atLeast(let limit)): return "\(name) is \(value) (the defect needs at least \(FactValue.format(limit)))"
        case (_, .atMost(let limit)): return "\(name) is \(value) (the defect needs at most \(FactValue.format(limit)))"
        default: break
        }
        return "\(name) is \(value) (the rule needs \(text(condition, fix: fix)))"
    }
}
