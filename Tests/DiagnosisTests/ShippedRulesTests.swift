import Foundation
import Testing
@testable import Diagnosis

/// The rules that ship inside ntdiag: they load without problems, each carries a positive and a
/// negative case, every case passes, and the embedded copy is the one in `Rules/`.
@Suite("Shipped rules")
struct ShippedRulesTests {
    static let rules = RuleSet.builtIn()

    @Test func builtInRulesLoadWithoutProblems() {
        #expect(ShippedRulesTests.rules.problems.map(\.description) == [])
        #expect(ShippedRulesTests.rules.rules.count >= 22)
    }

    @Test(arguments: RuleSet.builtIn().rules.map(\.id))
    func everyCaseOfTheRulePasses(_ id: String) throws {
        let rule = try #require(ShippedRulesTests.rules.rule(id: id))
        #expect(rule.tests.contains { $0.expectation.isPositive })
        #expect(rule.tests.contains { !$0.expectation.isPositive })
        for outcome in RuleTestRunner.run(rule) {
            #expect(outcome.passed, "\(outcome.description)")
        }
    }

    @Test func embeddedRulesMatchTheRulesDirectory() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(BuiltInRules.files.map(\.name) == names)
        for file in BuiltInRules.files {
            let text = try String(contentsOf: directory.appendingPathComponent(file.name), encoding: .utf8)
            #expect(file.text == text, "\(file.name) differs from the embedded copy")
        }
    }
}
