/// Applies one rule to one machine: evaluates its symptoms and conditions with three-valued
/// logic and turns the outcome into a status (DESIGN.md), with evidence, missing facts, reason
/// and a score for ranking.
enum RuleEvaluator {
    /// Whether the rule's defining symptoms show in the logs.
    enum SymptomState {
        case present, uncertain, excluded, absent
    }

    /// The finding, or nil when there is nothing to report (no symptom and not exposed).
    static func evaluate(_ rule: Rule, numbers: [Int], host: HostAccumulator, facts: FactSheet,
                         history: HostHistory = HostHistory(), counterTrends: [String: CounterTrend] = [:]) -> Finding? {
        let evaluator = SymptomEvaluator(host: host, facts: facts, history: history, counterTrends: counterTrends)
        let outcomes = zip(rule.symptoms, numbers).map { evaluator.evaluate($0, number: $1, rule: rule.id) }
        let primary = zip(rule.symptoms, outcomes).filter { !$0.0.supporting }.map(\.1)
        let supporting = zip(rule.symptoms, outcomes).filter { $0.0.supporting }.map(\.1)
        let state = symptomState(primary, match: rule.symptomsMatch)
        let conditions = rule.conditions.map { ConditionEvaluator.evaluate($0, facts: facts, fix: rule.fix) }
        let counted = conditions.filter { !$0.ignorable }
        let conditionTruth = counted.reduce(Truth.yes) { $0 && $1.check.truth }

        let status: FindingStatus
        switch (state, conditionTruth) {
        case (.present, .yes): status = .confirmed
        case (.present, .unknown), (.uncertain, .yes), (.uncertain, .unknown): status = .likely
        case (.present, .no), (.uncertain, .no), (.excluded, _): status = .ruledOut
        case (.absent, .yes):
            guard counted.contains(where: { $0.isSpecific && $0.check.truth == .yes }) else { return nil }
            status = .exposed
        case (.absent, _): return nil
        }

        var reasons: [String] = []
        if status == .ruledOut {
            reasons += counted.compactMap(\.reason)
            if state == .excluded { reasons += primary.compactMap(\.reason) }
        } else if state == .uncertain {
            reasons += primary.compactMap(\.uncertainty)
        }
        var missing = Set(counted.filter { $0.check.truth == .unknown }.compactMap(\.check.fact))
        if state == .uncertain { missing.formUnion(primary.flatMap(\.missingFacts)) }

        let symptomPoints: Double = state == .present ? 1 : (state == .uncertain ? 0.5 : 0)
        let specificity = zip(rule.symptoms, outcomes).filter { !$0.0.supporting && $0.1.truth == .yes }.map(\.0.constraints).reduce(0, +)
            + counted.filter { $0.isSpecific && $0.check.truth == .yes }.count
        let points = symptomPoints + Double(counted.filter { $0.check.truth == .yes }.count) + Double(supporting.filter { $0.truth == .yes }.count)
        let total = 1 + Double(counted.count + supporting.count)

        return Finding(
            rule: rule.id, kb: rule.kb, title: rule.title, summary: rule.summary, remedy: rule.remedy, severity: rule.severity,
            status: status, fix: rule.fix, references: rule.references,
            evidence: zip(rule.symptoms, outcomes).compactMap { $0.1.found ? $0.1.evidence : nil },
            missingFacts: status == .ruledOut ? [] : missing.sorted(),
            reason: reasons.isEmpty ? nil : reasons.joined(separator: "; "),
            checks: outcomes.flatMap(\.checks) + conditions.map(\.check),
            score: points / total, specificity: specificity)
    }

    static func symptomState(_ outcomes: [SymptomOutcome], match: SymptomMatch) -> SymptomState {
        let truth: Truth
        switch match {
        case .any: truth = outcomes.reduce(Truth.no) { $0 || $1.truth }
        case .all: truth = outcomes.reduce(Truth.yes) { $0 && $1.truth }
        }
        switch truth {
        case .yes: return .present
        case .unknown: return .uncertain
        case .no: return outcomes.contains(where: { $0.found && $0.truth == .no }) ? .excluded : .absent
        }
    }

    /// Confirmed before likely before exposed before ruled-out; then the more specific match, the
    /// better-matched, the more severe, and the id, so output is deterministic.
    static func ranked(_ findings: [Finding]) -> [Finding] {
        findings.sorted { a, b in
            if a.status != b.status { return a.status < b.status }
            if a.specificity != b.specificity { return a.specificity > b.specificity }
            if abs(a.score - b.score) > 1e-9 { return a.score > b.score }
            if a.severity != b.severity { return a.severity > b.severity }
            return a.rule.count != b.rule.count ? a.rule.count < b.rule.count : a.rule < b.rule
        }
    }
}
