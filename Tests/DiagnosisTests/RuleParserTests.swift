import Foundation
import Testing
import TestSupport
@testable import Diagnosis

@Suite("Rule files")
struct RuleParserTests {
    @Test func aValidRuleLoadsWithItsImpliedConditions() throws {
        let set = Fixture.rules(Fixture.rule(symptoms: "  - event: { source: SRV, id: 2020 }", conditions: "  - fact: users\n    above: 100"))
        #expect(set.problems.isEmpty, "\(set.problems)")
        let rule = try #require(set.rules.first)
        #expect(rule.conditions.map(\.fact) == ["os_version", "service_pack", "users"])
        #expect(rule.conditions.filter(\.implied).count == 2)
        if case .event(let pattern) = rule.symptoms.first?.kind {
            #expect(pattern.sourceKeys == [SourceKey("Srv")])
        } else {
            Issue.record("expected an event symptom")
        }
    }

    @Test func everyProblemHasItsLineAndAHint() {
        let text = """
        id: Q100001
        title: broken
        summary: s
        remedy: r
        severity: urgent
        sypmtoms:
          - event: { id: 2020 }
        symptoms:
          - stop: { code: 0xZZ }
          - event: { source: Srv, id: 2020, message: { regex: "(unclosed" } }
          - stop: { code: 0x0A, parameters: [1, 2, 3, 4, 5] }
        conditions:
          - fact: Users
            above: 100
          - fact: users
            above: many
        fixed_in: SP9
        tests: []
        """
        let set = RuleSet.parse([(path: "Rules/Q100001.yaml", text: text)])
        #expect(set.rules.isEmpty)
        let lines = set.problems.map(\.description)
        #expect(lines.contains("Rules/Q100001.yaml:5: unknown severity 'urgent' (use low, medium, high or critical)"))
        #expect(lines.contains("Rules/Q100001.yaml:6: unknown key 'sypmtoms' in a rule (did you mean 'symptoms'?)"))
        #expect(lines.contains { $0.hasPrefix("Rules/Q100001.yaml:9: '0xZZ' is not a STOP code") })
        #expect(lines.contains { $0.hasPrefix("Rules/Q100001.yaml:10: the regex '(unclosed' does not compile") })
        #expect(lines.contains { $0.hasPrefix("Rules/Q100001.yaml:11: parameters must be a list of up to four entries") })
        #expect(lines.contains { $0.hasPrefix("Rules/Q100001.yaml:13: 'Users' is not a fact name (did you mean 'users'?)") })
        #expect(lines.contains { $0.hasPrefix("Rules/Q100001.yaml:16: 'above' compares numbers, and 'users' needs a number") })
        #expect(lines.contains { $0.hasPrefix("Rules/Q100001.yaml:17: fixed_in 'SP9' is not a service pack") })
        #expect(lines.contains { $0.contains("the tests have no positive case") })
    }

    @Test func yamlSyntaxErrorsNameTheLine() {
        let set = RuleSet.parse([(path: "x.yaml", text: "id: Q1\ntitle: [unclosed\nsummary: x\n")])
        #expect(set.problems.first?.line ?? 0 >= 2)
        #expect(set.problems.first?.message.hasPrefix("YAML syntax") == true)
    }

    @Test func theFileNameMustMatchTheID() {
        let set = RuleSet.parse([(path: "Rules/Q999999.yaml", text: Fixture.rule(symptoms: "  - event: { id: 1 }"))])
        #expect(set.rules.isEmpty)
        #expect(set.problems.first?.description == "Rules/Q999999.yaml:1: the id 'Q100001' does not match the file name (name the file Q100001.yaml)")
    }

    @Test func aBrokenFileDoesNotStopTheOthers() throws {
        let directory = try ScratchFolder.make("rules")
        try Fixture.rule(id: "Q100001", symptoms: "  - event: { id: 1 }").write(to: directory.appendingPathComponent("Q100001.yaml"), atomically: true, encoding: .utf8)
        try "id: Q100002\ntitle: [".write(to: directory.appendingPathComponent("Q100002.yaml"), atomically: true, encoding: .utf8)
        try "not a rule".write(to: directory.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let set = RuleSet.load(directory: directory.path)
        #expect(set.rules.map(\.id) == ["Q100001"])
        #expect(set.problems.count == 1)
        #expect(set.problems.first?.path.hasSuffix("Q100002.yaml") == true)
    }

    @Test func aDirectoryOverridesBuiltInRulesByID() throws {
        let builtIn = RuleSet.builtIn()
        let replacement = Fixture.rule(id: "Q196745", symptoms: "  - event: { source: Srv, id: 2021 }")
        let merged = builtIn.overridden(by: RuleSet.parse([(path: "mine/Q196745.yaml", text: replacement)]))
        #expect(merged.rules.count == builtIn.rules.count)
        #expect(merged.rule(id: "Q196745")?.path == "mine/Q196745.yaml")
    }

    @Test func aliasBombsAreRefusedBeforeParsing() {
        let bomb = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        ? *i
        : boom
        """
        let set = RuleSet.parse([(path: "bomb.yaml", text: bomb)])
        #expect(set.rules.isEmpty)
        #expect(set.problems.map(\.description) == ["bomb.yaml:1: YAML anchors and aliases (&name, *name) are not allowed (write the value out in full, or quote text that starts with * or &)"])
        let facts = FactsFileParser.parse("defaults: &d { users: 1 }\nhosts: { A: *d }\n", path: "f.yaml")
        #expect(facts.problems.first?.line == 1)
    }

    @Test func theSafetyScanLeavesQuotedAndCommentedTextAlone() {
        #expect(YAMLSafety.firstAnchorOrAlias(in: "a: \"*not an alias\"\nb: '&neither'\nc: x # *comment\nd: 2*3\ne: a&b\n") == nil)
        #expect(YAMLSafety.firstAnchorOrAlias(in: "summary: |\n  *emphasis* in a block\n  &more\nnext: 1\n") == nil)
        #expect(YAMLSafety.firstAnchorOrAlias(in: "list:\n  - *x\n")?.line == 2)
        #expect(YAMLSafety.firstAnchorOrAlias(in: "m: {k: *x}\n")?.line == 1)
        #expect(YAMLSafety.firstAnchorOrAlias(in: "m: !!str &a v\n")?.line == 1)
    }

    @Test func oversizedFilesAreRefused() {
        let huge = String(repeating: "# padding line\n", count: (YAMLNode.maximumBytes / 15) + 10)
        let set = RuleSet.parse([(path: "huge.yaml", text: huge)])
        #expect(set.problems.first?.message.contains("larger than") == true)
    }
}
