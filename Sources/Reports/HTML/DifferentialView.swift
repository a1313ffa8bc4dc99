import Diagnosis

/// One symptom several articles explain, as the page shows it: the candidates best first (each
/// linked to its finding), those ruled out, what tells them apart, the facts that would settle
/// it, and whether the fix depends on which one it is.
struct DifferentialView {
    let symptom: String
    let count: Int
    let candidates: [Candidate]
    let ruledOut: String?
    let distinguishers: String?
    let settle: String?
    let fix: String

    struct Candidate {
        let rule: String
        let title: String
        let status: String
        let fix: String
        let anchor: String?
    }

    init(_ differential: Differential, host: HostDiagnosis, anchors: [String: String], factPrefix: String) {
        let total = differential.candidates.count
        symptom = differential.symptom
        count = total
        candidates = differential.candidates.map {
            Candidate(rule: $0.rule, title: $0.title, status: $0.status.rawValue, fix: $0.fix.description, anchor: anchors[$0.rule])
        }
        ruledOut = differential.ruledOut.isEmpty ? nil : differential.ruledOut.map { "\($0.rule) (\($0.reason))" }.joined(separator: "; ")
        if !differential.distinguishers.isEmpty {
            distinguishers = DifferentialText.distinguishers(differential.distinguishers)
        } else {
            distinguishers = total > 1 ? "nothing in the rules: the articles ask for the same things" : nil
        }
        settle = differential.settlingFacts.isEmpty ? nil
            : differential.settlingFacts.map { "--fact \(factPrefix)\($0.fact)=… (\($0.candidates) of \(total))" }.joined(separator: ", ")
        fix = DifferentialText.fixText(differential)
    }
}
