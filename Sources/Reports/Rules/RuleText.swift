import Diagnosis

/// `ntdiag rules list` and `ntdiag rules show`: the rules as people read them.
public enum RuleText {
    public static let listHeader = pad("ID", 10) + pad("SEVERITY", 10) + pad("FIXED IN", 18) + pad("SYMPTOMS", 34) + "TITLE"

    public static func listRow(_ rule: Rule) -> String {
        let symptoms = rule.symptoms.filter { !$0.supporting }.map(\.label).joined(separator: "; ")
        return pad(rule.id, 10) + pad(rule.severity.rawValue, 10) + pad(rule.fix.description, 18)
            + pad(String(symptoms.prefix(32)), 34) + rule.title
    }

    /// One rule in sentences: what the logs show, what must be true, what fixes it, which other
    /// articles share its symptom and what tells them apart, and its test cases.
    public static func details(_ rule: Rule, among rules: [Rule] = []) -> String {
        let style = TextStyle()
        var out: [String] = []
        out.append("\(rule.id)  \(rule.title)")
        out.append("Knowledge Base article \(rule.kb) · severity \(rule.severity.rawValue) · \(rule.path)")
        out.append("")
        out += style.wrap(rule.summary, indent: "")
        out.append("")
        let primary = rule.primarySymptoms.count
        out.append(primary > 1 && rule.symptomsMatch == .all ? "What the logs show (all of these):" : primary > 1 ? "What the logs show (any of these):" : "What the logs show:")
        for symptom in rule.symptoms {
            out += style.wrap(sentence(symptom), indent: "    ", firstIndent: "  - ")
        }
        let stated = rule.conditions.filter { !$0.implied }
        out.append("")
        out.append("What must be true of the machine:")
        for condition in stated { out.append("  - " + condition.text(fix: rule.fix)) }
        if stated.isEmpty { out.append("  - nothing beyond the product and the fix: the symptom alone decides") }
        let implied = rule.conditions.filter(\.implied).map { $0.text(fix: rule.fix) }
        out += style.wrap("and, from the product and fix: " + implied.joined(separator: "; ") + ".", indent: "    ", firstIndent: "  ")
        if !stated.isEmpty {
            out += style.wrap("Without a symptom, a machine known to meet all of these is reported as exposed.", indent: "  ", firstIndent: "  ")
        }
        out.append("")
        out.append("What fixes it: \(rule.fix)" + (rule.fix.note.map { " (\($0))" } ?? ""))
        out += style.wrap(rule.remedy, indent: "  ")
        if let note = rule.note {
            out.append("")
            out.append("About the article:")
            out += style.wrap(note, indent: "  ")
        }
        for group in Differential.peers(of: rule, in: rules) {
            out.append("")
            out.append("Other articles with \(group.symptom), and what tells them apart:")
            if !group.own.isEmpty { out += style.wrap("this one: " + group.own.map(\.text).joined(separator: "; "), indent: "      ", firstIndent: "  - ") }
            for peer in group.peers {
                let marks = peer.marks.isEmpty ? "nothing beyond the symptom" : peer.marks.map(\.text).joined(separator: "; ")
                out += style.wrap("\(peer.rule.id) (fixed in \(peer.rule.fix)): \(marks)", indent: "      ", firstIndent: "  - ")
            }
        }
        if !rule.references.isEmpty {
            out.append("")
            out.append("See also: " + rule.references.joined(separator: ", "))
        }
        out.append("")
        out.append("Test cases (ntdiag rules test runs them):")
        for test in rule.tests { out += style.wrap("\(test.name) → \(test.expectation)", indent: "      ", firstIndent: "  - ") }
        return out.joined(separator: "\n") + "\n"
    }

    /// `Srv 2020 at least 7 days after the last boot`, `STOP 0x0000000A in srv.sys with p1 = …`.
    static func sentence(_ symptom: Symptom) -> String {
        var parts: [String] = []
        switch symptom.kind {
        case .event(let pattern):
            parts.append((symptom.absent ? "no event " : "event ") + pattern.ids.map(String.init).joined(separator: " or ")
                         + " from " + (pattern.sources.isEmpty ? "any source" : pattern.sources.joined(separator: " or ")))
            if pattern.looseSource { parts.append("(or a source named like it: the article does not name it)") }
            if let type = pattern.type { parts.append("of type \(type.name)") }
            if let log = pattern.log { parts.append("in the \(log) log") }
            for condition in pattern.strings { parts.append("whose insertion string \(condition.position) \(condition.match)") }
            for match in pattern.message { parts.append("whose message \(match)") }
            if symptom.absent { parts.append("anywhere in the logs") }
        case .stop(let pattern):
            parts.append(pattern.anyCode ? "a crash with any STOP code" : "a crash with " + pattern.codeText)
            if !pattern.parameterText.isEmpty { parts.append("with " + pattern.parameterText) }
            if let driver = pattern.driver { parts.append("in \(driver) (named by the crash report or the crash_driver fact)") }
        case .serviceCycles(let pattern):
            parts.append("the \(pattern.service) service stopped and started again without a reboot at least \(pattern.atLeast) time\(pattern.atLeast == 1 ? "" : "s")")
            if let within = pattern.within { parts.append("within \(Duration.text(within))") }
        case .counter(let pattern):
            parts.append("the counter \(pattern.counter) rising steadily over at least \(Duration.text(pattern.over)) since the last boot")
            if let rate = pattern.rate { parts.append("at about \(rate.text)") }
            if let steps = pattern.steps { parts.append("jumping by about \(steps.text) each time \(steps.service) is stopped and started again") }
        }
        if let count = symptom.count { parts.append("at least \(count.atLeast) times" + (count.within.map { " within \(Duration.text($0))" } ?? "")) }
        if let uptime = symptom.uptime {
            if let least = uptime.atLeast { parts.append("at least \(Duration.text(least)) after a boot") }
            if let most = uptime.atMost { parts.append("at most \(Duration.text(most)) after a boot") }
        }
        if let trend = symptom.trend { parts.append(trend.text) }
        if symptom.supporting { parts.append("(supporting evidence only)") }
        return parts.joined(separator: " ")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
