/// Turns what was gathered about one machine into its diagnosis: facts (inferred, then given on
/// top), every rule applied, findings ranked, and the recommendation.
public enum Diagnoser {
    public static func diagnose(_ gathered: HostAccumulator, rules: RuleSet, given: GivenFacts) -> HostDiagnosis {
        var host = gathered
        host.boots.normalise()
        var facts = FactInference.facts(of: host)
        for fact in given.facts(for: host.key) { facts.give(fact) }
        var findings: [Finding] = []
        for (position, rule) in rules.rules.enumerated() {
            if let finding = RuleEvaluator.evaluate(rule, numbers: rules.index.symptomNumbers[position], host: host, facts: facts) {
                findings.append(finding)
            }
        }
        findings = RuleEvaluator.ranked(findings)
        return HostDiagnosis(computer: host.computer, key: host.key, files: host.files.sorted(), eventCount: host.eventCount,
                             firstTime: host.firstTime, lastTime: host.lastTime, facts: facts, findings: findings,
                             recommendation: Recommender.recommend(findings, facts: facts),
                             differentials: Differential.build(findings: findings, rules: rules.rules))
    }
}
