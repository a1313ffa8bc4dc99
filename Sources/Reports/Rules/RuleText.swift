import Diagnosis

/// `ntdiag rules list` and `ntdiag rules show`: the rules as people read them.
public enum RuleText {
    public static let listHeader = pad("ID", 10) + pad("SEVERITY", 10) + pad("FIXED IN", 18) + pad("SYMPTOMS", 34) + "TITLE"

    public static func listRow(_ rule: Rule) -> String {
        let symptoms = rule.symptoms.filter { !$0.supporting }.map(\.label).joined(separator: "; ")
        return pad(rule.id, 10) + pad(rule.severity.rawValue, 10) + pad(rule.fix.description, 18)
            + pad(String(symptoms.prefix(32)), 34) + rule.title
    }

    public static func details(_ rule: Rule) -> String {
        let style = TextStyle()
        var out: [String] = []
        out.append("\(rule.id)  \(rule.title)")
        out.append("KB article \(rule.kb) · severity \(rule.severity.rawValue) · fixed in \(rule.fix)" + (rule.fix.note.map { " (\($0))" } ?? ""))
        out.append("Product: Windows NT \(rule.product.osVersion)" + (rule.product.editions.isEmpty ? "" : " (" + rule.product.editions.joined(separator: ", ") + ")"))
        out.append("File: \(rule.path)")
        out.append("")
        out += style.wrap(rule.summary, indent: "")
        out.append("")
        out.append("Symptoms (\(rule.symptomsMatch == .all ? "all" : "any one") of the primary ones):")
        for symptom in rule.symptoms {
            var line = "  - " + symptom.label + (symptom.supporting ? " (supporting)" : "")
            var requirements: [String] = []
            switch symptom.kind {
            case .event(let pattern):
                if pattern.looseSource { requirements.append("source matched loosely (the article does not name it)") }
                if let type = pattern.type { requirements.append("type \(type.name)") }
                if let log = pattern.log { requirements.append("in the \(log) log") }
                for condition in pattern.strings { requirements.append("string \(condition.position) \(condition.match)") }
                for match in pattern.message { requirements.append("message \(match)") }
            case .stop(let pattern):
                let parameters = pattern.parameterText
                if !parameters.isEmpty { requirements.append(parameters) }
            case .serviceCycles(let pattern):
                requirements.append("at least \(pattern.atLeast) time\(pattern.atLeast == 1 ? "" : "s")")
            }
            if let count = symptom.count { requirements.append("at least \(count.atLeast) events" + (count.within.map { " within \(Duration.text($0))" } ?? "")) }
            if let uptime = symptom.uptime {
                if let least = uptime.atLeast { requirements.append("uptime at least \(Duration.text(least))") }
                if let most = uptime.atMost { requirements.append("uptime at most \(Duration.text(most))") }
            }
            if !requirements.isEmpty { line += ": " + requirements.joined(separator: ", ") }
            out.append(line)
        }
        out.append("Conditions:")
        for condition in rule.conditions {
            out.append("  - " + condition.text(fix: rule.fix) + (condition.implied ? " (from the product and fix)" : ""))
        }
        out.append("")
        out.append("Remedy:")
        out += style.wrap(rule.remedy, indent: "  ")
        if let note = rule.note {
            out.append("Note:")
            out += style.wrap(note, indent: "  ")
        }
        if !rule.references.isEmpty { out.append("References: " + rule.references.joined(separator: ", ")) }
        out.append("")
        out.append("Test cases:")
        for test in rule.tests { out.append("  - \(test.name) → \(test.expectation)") }
        return out.joined(separator: "\n") + "\n"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
