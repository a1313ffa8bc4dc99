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

    /// The trees composed at build time are the trees the text gives at run time.
    @Test func embeddedTreesAreTheParsedText() throws {
        #expect(BuiltInRules.files.filter { $0.tree != nil }.count >= BuiltInRules.files.count - 2)
        for file in BuiltInRules.files {
            guard let tree = file.tree else { continue }
            let parsed = try YAMLNode.parse(file.text, path: file.name).get()
            #expect(EmbeddedYAML.decode(tree) == parsed, "\(file.name)")
        }
    }

    @Test func aDamagedEmbeddedTreeReadsAsNothing() throws {
        let tree = try #require(BuiltInRules.files.compactMap(\.tree).first)
        #expect(EmbeddedYAML.decode(tree) != nil)
        for damaged in [String(tree.dropLast()), tree + "s00:0:", "x" + tree, String(tree.prefix(40)), "", "s01:99:short", "m1:2:s01:1:a",
                        String(repeating: "q1:1:", count: 100) + "s01:0:", "s01:99999999999999999999:x", "s91:1:a"] {
            #expect(EmbeddedYAML.decode(damaged) == nil, "\(damaged.prefix(60))")
        }
        #expect(EmbeddedYAML.decode("m1:1:s01:2:ids01:4:Q123") == .map([YAMLEntry(key: .scalar("id", line: 1, quoted: false), value: .scalar("Q123", line: 1, quoted: false))], line: 1))
        #expect(EmbeddedYAML.decode("s27:3:~ x") == .scalar("~ x", line: 7, quoted: true))
        #expect(EmbeddedYAML.decode("s07:1:~") == .null(line: 7))
    }
}
