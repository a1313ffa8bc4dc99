import Diagnosis

/// The "Shared symptoms" part of the text report: for each symptom several articles explain, the
/// candidates best first, what would tell them apart, and whether the fix depends on which it is.
enum DifferentialText {
    static func render(_ differentials: [Differential], host: HostDiagnosis, style: TextStyle, manyHosts: Bool) -> [String] {
        var out = [style.bold("Shared symptoms")]
        for differential in differentials {
            out.append("")
            let count = differential.candidates.count
            out += style.wrap("\(differential.symptom): \(count) candidate article\(count == 1 ? "" : "s"), best first", indent: "    ", firstIndent: "  ")
            let ruleWidth = (differential.candidates.map(\.rule.count).max() ?? 0) + 2
            for (position, candidate) in differential.candidates.enumerated() {
                let lead = "    \(position + 1). " + DiagnosisText.pad(candidate.rule, ruleWidth) + DiagnosisText.pad(candidate.status.rawValue, 11)
                    + DiagnosisText.pad(candidate.fix.description, 10)
                out += style.wrap(candidate.title, indent: String(repeating: " ", count: lead.count), firstIndent: lead)
            }
            let field = { (label: String, text: String) in
                style.wrap(text, indent: "    " + String(repeating: " ", count: 18), firstIndent: "    " + DiagnosisText.pad(label, 18))
            }
            if !differential.ruledOut.isEmpty {
                out += field("Ruled out", differential.ruledOut.map { "\($0.rule) (\($0.reason))" }.joined(separator: "; "))
            }
            if !differential.distinguishers.isEmpty {
                out += field("Tells them apart", distinguishers(differential.distinguishers))
            } else if count > 1 {
                out += field("Tells them apart", "nothing in the rules: the articles ask for the same things")
            }
            if !differential.settlingFacts.isEmpty {
                let prefix = manyHosts ? host.key.value + ":" : ""
                out += field("Would settle it", differential.settlingFacts.map { "--fact \(prefix)\($0.fact)=… (\($0.candidates) of \(count))" }.joined(separator: ", "))
            }
            out += field("Fix", fixText(differential))
        }
        return out
    }

    /// `STOP parameters: p1 = 0xBAD0B0E4 (Q192765); driver on the blue screen: the crash is in srv.sys (Q186805)`.
    static func distinguishers(_ marks: [Differential.Mark]) -> String {
        var parts: [String] = []
        for kind in Differential.Mark.Kind.allCases {
            let ofKind = marks.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { continue }
            parts.append(kind.rawValue + ": " + ofKind.map { "\($0.text) (\($0.rules.joined(separator: ", ")))" }.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }

    /// Whether the recommendation depends on which candidate it is.
    static func fixText(_ differential: Differential) -> String {
        switch differential.fix {
        case .same(let fix):
            let all = differential.candidates.count == 1 ? "The candidate" : "Every candidate"
            return "\(all) is fixed by \(fix), so the recommendation does not depend on which one it is."
        case .differs(let servicePack, let hotfixes):
            let fixes = Array(Set(differential.candidates.map(\.fix.description))).sorted().joined(separator: ", ")
            var parts: [String] = []
            if let servicePack {
                let covered = differential.candidates.filter { $0.fix.servicePack != nil }.map(\.rule)
                parts.append("\(servicePack.longName) or later covers \(covered.joined(separator: ", "))")
            }
            for hotfix in hotfixes {
                let covered = differential.candidates.filter { $0.fix.hotfix == hotfix && $0.fix.servicePack == nil }.map(\.rule)
                parts.append("hotfix \(hotfix) covers \(covered.joined(separator: ", "))")
            }
            return "The fixes differ (\(fixes)): " + parts.joined(separator: "; ") + ". Installing all of them, as recommended below, covers every candidate."
        }
    }
}
