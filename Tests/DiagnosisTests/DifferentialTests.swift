import EventLog
import Testing
@testable import Diagnosis

/// Articles that share a symptom are compared on the machine: ranked, told apart by their own
/// data, and the fix verdict says whether the recommendation depends on which one it is.
@Suite("Differentials")
struct DifferentialTests {
    static func diagnose(_ events: [Event], facts: [String]) throws -> HostDiagnosis {
        try #require(Fixture.diagnose(events, rules: RuleSet.builtIn(), facts: facts))
    }

    @Test func aBareStopAHasManyCandidatesToldApartByDriversParametersAndFacts() throws {
        let host = try DifferentialTests.diagnose([Fixture.crash("0x0000000a (0x00000010, 0x00000002, 0x00000000, 0xfca1b2c3)", day: 2)],
                                                  facts: ["service_pack=3"])
        let differential = try #require(host.differentials.first { $0.symptom == "STOP 0x0000000A" })
        #expect(differential.candidates.count >= 5)
        #expect(differential.candidates.map(\.status) == differential.candidates.map(\.status).sorted())
        #expect(differential.distinguishers.contains { $0.kind == .driver && $0.text == "the crash is in srv.sys" && $0.rules.contains("Q186805") })
        #expect(differential.settlingFacts.first?.fact == "crash_driver")
        #expect(!differential.ruledOut.isEmpty, "candidates whose parameters differ are listed as ruled out")
        guard case .differs(let servicePack, _) = differential.fix else {
            Issue.record("the 0xA candidates have different fixes (SP3, SP4, SP5, SP6)")
            return
        }
        #expect(servicePack?.description == "SP6")
    }

    @Test func candidatesSharingAFixSayTheRecommendationDoesNotDependOnWhichOne() throws {
        let host = try DifferentialTests.diagnose([Fixture.crash("0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000000)", day: 2)],
                                                  facts: ["service_pack=3"])
        let differential = try #require(host.differentials.first { $0.symptom == "STOP 0xC000021A" })
        #expect(differential.fix.isSame)
        #expect(differential.candidates.contains { $0.rule == "Q184744" })
        #expect(differential.ruledOut.contains { $0.rule == "Q200848" })
    }

    @Test func srv2019CandidatesDifferInTheirFixes() throws {
        let host = try DifferentialTests.diagnose([Fixture.event("Srv", 2019, day: 2, type: .error)], facts: ["service_pack=5"])
        let differential = try #require(host.differentials.first { $0.symptom == "Srv 2019" })
        #expect(Set(differential.candidates.map(\.rule)).isSuperset(of: ["Q226513", "Q272194", "Q293841"]))
        #expect(!differential.fix.isSame)
        #expect(differential.distinguishers.contains { $0.fact == "addjob_named_pipe" })
    }

    @Test func aLoneFindingHasNoDifferential() throws {
        let host = try DifferentialTests.diagnose([Fixture.event("MQSeries", 9213, day: 2)], facts: ["service_pack=6"])
        #expect(host.differentials.isEmpty)
    }

    @Test func peersOfARuleAreTheRulesThatShareItsSymptom() throws {
        let rules = RuleSet.builtIn()
        let rule = try #require(rules.rule(id: "Q314696"))
        let peers = Differential.peers(of: rule, in: rules.rules)
        #expect(peers.first?.symptom == "NetBT 4320")
        #expect(peers.first?.peers.map(\.rule.id) == ["Q184832"])
    }
}
