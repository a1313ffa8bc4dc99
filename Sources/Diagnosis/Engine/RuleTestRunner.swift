/// Runs the test cases a rule carries: each case's events and facts go through the real engine,
/// and the status (and, when the case says, the reason and missing facts) must come out as
/// expected. Used by `ntdiag rules test` and by `swift test`.
public enum RuleTestRunner {
    public struct Outcome: Sendable {
        public var rule: String
        public var path: String
        public var test: String
        public var line: Int
        public var expected: RuleTestCase.Expectation
        public var actual: FindingStatus?
        /// Empty when the case passed; otherwise what differed.
        public var failures: [String]

        public var passed: Bool { failures.isEmpty }
        /// `Rules/Q196745.yaml:40: test 'SP3 server' expected confirmed, got likely`.
        public var description: String {
            "\(path):\(line): \(rule) test '\(test)': " + (passed ? "ok" : failures.joined(separator: "; "))
        }
    }

    public static func run(_ rules: RuleSet) -> [Outcome] {
        rules.rules.flatMap(run)
    }

    public static func run(_ rule: Rule) -> [Outcome] {
        let single = RuleSet(rules: [rule])
        return rule.tests.map { testCase in
            var host = HostAccumulator(key: HostKey(testCase.computer), index: single.index)
            var profiles = SourceProfiles()
            for event in testCase.events { host.add(event, profile: profiles.profile(for: event.source), file: "test") }
            for (name, series) in testCase.counters { host.counters.merge(series: series, name: name) }
            var given = GivenFacts()
            given.addDefaults(testCase.facts)
            let diagnosis = Diagnoser.diagnose(host, rules: single, given: given)
            let finding = diagnosis.findings.first { $0.rule == rule.id }
            var failures: [String] = []
            let actual = finding.map { RuleTestCase.Expectation.status($0.status) } ?? .nothing
            if actual != testCase.expectation {
                var text = "expected \(testCase.expectation), got \(actual)"
                if let reason = finding?.reason { text += " (reason: \(reason))" }
                if let missing = finding?.missingFacts, !missing.isEmpty { text += " (missing: \(missing.joined(separator: ", ")))" }
                failures.append(text)
            }
            if let wanted = testCase.reasonContains, !(finding?.reason?.lowercased().contains(wanted.lowercased()) ?? false) {
                failures.append("the reason '\(finding?.reason ?? "")' does not contain '\(wanted)'")
            }
            if let wanted = testCase.missingFacts, Set(wanted) != Set(finding?.missingFacts ?? []) {
                failures.append("missing facts are [\((finding?.missingFacts ?? []).joined(separator: ", "))], expected [\(wanted.joined(separator: ", "))]")
            }
            return Outcome(rule: rule.id, path: rule.path, test: testCase.name, line: testCase.line, expected: testCase.expectation,
                           actual: finding?.status, failures: failures)
        }
    }
}
