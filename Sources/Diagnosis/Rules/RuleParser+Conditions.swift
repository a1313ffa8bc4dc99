extension RuleParser {
    static let conditionTests = ["is", "is_not", "one_of", "above", "below", "at_least", "at_most", "includes", "excludes"]

    mutating func parseConditions(_ node: YAMLNode) -> [Condition] {
        guard case .list(let items, _) = node else {
            reader.problem(node.line, "conditions must be a list, not \(node.kindName)", hint: "start each with '- fact: NAME'")
            return []
        }
        return items.compactMap { parseCondition($0) }
    }

    mutating func parseCondition(_ node: YAMLNode) -> Condition? {
        guard let fields = reader.map(node, "a condition", allowed: ["fact"] + RuleParser.conditionTests) else { return nil }
        guard let fact = reader.text(fields, "fact", in: "a condition", required: true, at: node.line) else { return nil }
        guard FactName.isWellFormed(fact) else {
            reader.problem(fields["fact"]?.line ?? node.line, "'\(fact)' is not a fact name",
                           hint: Suggestion.closest(to: fact, among: FactName.ordered).map { "did you mean '\($0)'?" } ?? "use lower_case_with_underscores")
            return nil
        }
        let tests = RuleParser.conditionTests.filter { fields[$0] != nil }
        guard tests.count == 1, let entry = fields[tests[0]] else {
            reader.problem(node.line, tests.isEmpty ? "the condition on '\(fact)' has no test" : "a condition has one test (found \(tests.joined(separator: ", ")))",
                           hint: "use one of " + RuleParser.conditionTests.joined(separator: ", ") + "; write two conditions for a range")
            return nil
        }
        guard let test = parseTest(tests[0], entry.value, fact: fact) else { return nil }
        return Condition(fact: fact, test: test, line: node.line)
    }

    private mutating func parseTest(_ name: String, _ node: YAMLNode, fact: String) -> Condition.Test? {
        let kind = FactName.kind(of: fact)
        switch name {
        case "above", "below", "at_least", "at_most":
            guard let text = node.text else {
                reader.problem(node.line, "'\(name)' needs a single value, not \(node.kindName)")
                return nil
            }
            if kind == .servicePack {
                guard let level = servicePack(text, line: node.line) else { return nil }
                switch name {
                case "below": return .servicePackBelow(level)
                case "at_least": return .servicePackAtLeast(level)
                case "above":
                    guard let next = level.next else { break }
                    return .servicePackAtLeast(next)
                default:
                    guard let next = level.next else { break }
                    return .servicePackBelow(next)
                }
                reader.problem(node.line, "no service pack is \(name.replacingUnderscores) \(level)")
                return nil
            }
            guard kind == .number || kind == .free, let number = FactParser.number(text) else {
                reader.problem(node.line, "'\(name)' compares numbers, and '\(fact)' \(kind == .number ? "needs a number, not '\(text)'" : "is not a number")")
                return nil
            }
            switch name {
            case "above": return .above(number)
            case "below": return .below(number)
            case "at_least": return .atLeast(number)
            default: return .atMost(number)
            }
        case "includes", "excludes":
            guard kind == .list || kind == .free, let text = node.text else {
                reader.problem(node.line, "'\(name)' needs one name and a list fact such as services or hotfixes")
                return nil
            }
            return name == "includes" ? .includes(text) : .excludes(text)
        default:
            let values = reader.texts(node, "'\(name)'")
            if kind == .free, values.count == 1, case .flag(let flag) = FactParser.freeValue(values[0]) {
                return name == "is_not" ? .flag(!flag) : .flag(flag)
            }
            var normalised: [String] = []
            for value in values {
                switch FactParser.parse(name: fact, text: value) {
                case .success(let parsed): normalised.append(parsed.description)
                case .failure(let error):
                    reader.problem(node.line, "'\(value)' is not a value of \(fact)", hint: "expected \(error.expected)")
                }
            }
            guard !normalised.isEmpty else { return nil }
            if kind == .servicePack { reader.problem(node.line, "compare service packs with below or at_least"); return nil }
            return name == "is_not" ? .noneOf(normalised) : .oneOf(normalised)
        }
    }
}

extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
