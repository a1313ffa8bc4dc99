/// Which facts the rules use and how many rules each decides: what is worth putting in a facts
/// file (`ntdiag rules facts`, and the template it writes).
public struct FactUsage: Sendable {
    public var fact: String
    /// The rules whose status the fact can change, by id.
    public var rules: [String]
    /// How the rules test it: `processors is multiprocessor`, `users above 100`.
    public var tests: [String]
    /// An example value that makes the first test hold (for the template).
    public var example: String
    /// What the fact means, for canonical facts.
    public var explanation: String?

    /// Every fact any rule uses, the most decisive first (then by name).
    public static func of(_ rules: [Rule]) -> [FactUsage] {
        var usage: [String: FactUsage] = [:]
        func record(_ fact: String, rule: Rule, test: String, example: String) {
            var entry = usage[fact] ?? FactUsage(fact: fact, rules: [], tests: [], example: example, explanation: FactName.explanations[fact])
            if !entry.rules.contains(rule.id) { entry.rules.append(rule.id) }
            if !entry.tests.contains(test) { entry.tests.append(test) }
            usage[fact] = entry
        }
        for rule in rules {
            for condition in rule.conditions {
                record(condition.fact, rule: rule, test: condition.text(fix: rule.fix), example: example(condition))
            }
            for symptom in rule.symptoms {
                if case .stop(let pattern) = symptom.kind, let driver = pattern.driver {
                    record(FactName.crashDriver, rule: rule, test: "the crash is in \(driver)", example: "[\(driver)]")
                }
                if symptom.uptime != nil { record(FactName.uptimeDays, rule: rule, test: "uptime before \(symptom.label)", example: "12") }
            }
        }
        return usage.values.sorted { $0.rules.count != $1.rules.count ? $0.rules.count > $1.rules.count : $0.fact < $1.fact }
    }

    /// A value that satisfies the condition, written as a facts file would.
    static func example(_ condition: Condition) -> String {
        switch condition.test {
        case .oneOf(let values): return values.first ?? ""
        case .noneOf:
            return condition.fact == FactName.architecture ? "x86" : "…"
        case .flag(let value): return value ? "yes" : "no"
        case .above(let limit): return FactValue.format(limit.rounded(.down) + 1)
        case .below(let limit): return FactValue.format(limit.rounded(.up) - 1)
        case .atLeast(let limit), .atMost(let limit): return FactValue.format(limit)
        case .includes(let item): return "[\(item)]"
        case .excludes: return "[]"
        case .servicePackBelow(let level): return (level.previous ?? .rtm).label
        case .servicePackAtLeast(let level): return level.label
        }
    }
}
