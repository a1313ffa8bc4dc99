import Diagnosis

/// `ntdiag rules list --counts`: how the rules spread over fixes, symptom kinds and services.
public enum RuleCountsText {
    public static func render(_ rules: [Rule]) -> String {
        var out: [String] = ["\(rules.count) rule\(rules.count == 1 ? "" : "s")", ""]
        out += table("By fix", tally(rules.map { [$0.fixedInLabel] }, order: fixOrder))
        out += table("By symptom kind", tally(rules.map(\.symptomKinds)))
        // One spelling per service (`WINS` and `Windows Internet Name Service` are one): the longest the rules use.
        var spellings: [NameKey: String] = [:]
        for name in rules.flatMap(\.services) {
            let key = ServiceName.key(name)
            if name.count > spellings[key]?.count ?? 0 { spellings[key] = name }
        }
        out += table("By service", tally(rules.map { rule in rule.services.isEmpty ? ["(none)"] : rule.services.map { spellings[ServiceName.key($0)] ?? $0 } }))
        return out.joined(separator: "\n") + "\n"
    }

    /// Counts per key; a rule with several keys counts once under each.
    static func tally(_ keys: [[String]], order: ((String, String) -> Bool)? = nil) -> [(String, Int)] {
        var counts: [String: Int] = [:]
        for list in keys { for key in Set(list) { counts[key, default: 0] += 1 } }
        return counts.sorted { a, b in
            if let order { return order(a.key, b.key) }
            return a.value != b.value ? a.value > b.value : a.key < b.key
        }
    }

    /// Service packs in release order, hotfixes last.
    static func fixOrder(_ a: String, _ b: String) -> Bool {
        let (pa, pb) = (ServicePack(parsing: a), ServicePack(parsing: b))
        switch (pa, pb) {
        case (let x?, let y?): return x < y
        case (.some, .none): return true
        case (.none, .some): return false
        default: return a < b
        }
    }

    static func table(_ title: String, _ rows: [(String, Int)]) -> [String] {
        let width = (rows.map(\.0.count).max() ?? 0) + 2
        return [title + ":"] + rows.map { "  " + RuleText.pad($0.0, width) + String($0.1) } + [""]
    }
}
