import EventLog
import Testing
@testable import Diagnosis

@Suite("Recommendations")
struct RecommendationTests {
    func finding(_ id: String, _ status: FindingStatus, _ fix: Fix) -> Finding {
        Finding(rule: id, kb: id, title: "t \(id)", summary: "", remedy: "", severity: .high, status: status, fix: fix, references: [],
                evidence: [], missingFacts: [], reason: nil, checks: [], score: 1)
    }

    @Test func theHighestFixIsTheMinimumAndTheLatestIsRecommended() {
        let findings = [finding("Q1", .confirmed, Fix(servicePack: ServicePack(number: 4))),
                        finding("Q2", .likely, Fix(servicePack: ServicePack(number: 5))),
                        finding("Q3", .exposed, Fix(servicePack: ServicePack(number: 3))),
                        finding("Q4", .ruledOut, Fix(servicePack: .sp6a))]
        let recommendation = Recommender.recommend(findings, facts: FactSheet())
        #expect(recommendation.minimum == ServicePack(number: 5))
        #expect(recommendation.install == .sp6a)
        #expect(recommendation.resolves.map(\.rule) == ["Q1", "Q2", "Q3"])
        #expect(recommendation.resolves.map(\.by) == ["SP4", "SP5", "SP3"])
        #expect(recommendation.hotfixes.isEmpty)
    }

    @Test func hotfixesForDefectsNoServicePackFixes() {
        let findings = [finding("Q293841", .likely, Fix(hotfix: "Q293841", requires: .sp6a)),
                        finding("Q272194", .confirmed, Fix(hotfix: "Q272194"))]
        let recommendation = Recommender.recommend(findings, facts: FactSheet())
        #expect(recommendation.hotfixes.map(\.hotfix) == ["Q272194", "Q293841"])
        #expect(recommendation.minimum == .sp6a)
        #expect(recommendation.install == .sp6a)
        var atSixA = FactSheet()
        atSixA.give(Fact(name: FactName.servicePack, value: .servicePack(.exactly(.sp6a)), source: .commandLine("service_pack=6a")))
        let onSixA = Recommender.recommend(findings, facts: atSixA)
        #expect(onSixA.install == nil)
        #expect(onSixA.hotfixes.count == 2)
        #expect(!onSixA.isEmpty)
    }

    @Test func nothingWhenAllIsRuledOutOrThereAreNoFindings() {
        #expect(Recommender.recommend([finding("Q1", .ruledOut, Fix(servicePack: ServicePack(number: 4)))], facts: FactSheet()).isEmpty)
        #expect(Recommender.recommend([], facts: FactSheet()).isEmpty)
    }
}

@Suite("Accumulators")
struct AccumulatorTests {
    @Test func mergingTwoHalvesEqualsOnePass() throws {
        let rules = RuleSet.builtIn()
        var events: [Event] = [Fixture.boot(day: 1)]
        for day in 2...20 {
            events.append(Fixture.event("Srv", 2020, day: day, record: UInt64(day)))
            events.append(Fixture.service("DHCP Server", day % 2 == 0 ? "stopped" : "running", day: day))
        }
        events.append(Fixture.crash("0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000000)", day: 21))
        var profiles = SourceProfiles()
        var whole = HostAccumulator(key: HostKey(Fixture.host), index: rules.index)
        var first = HostAccumulator(key: HostKey(Fixture.host), index: rules.index)
        var second = HostAccumulator(key: HostKey(Fixture.host), index: rules.index)
        for (position, event) in events.enumerated() {
            let profile = profiles.profile(for: event.source)
            whole.add(event, profile: profile, file: "a.xml")
            if position % 2 == 0 { first.add(event, profile: profile, file: "a.xml") } else { second.add(event, profile: profile, file: "a.xml") }
        }
        second.merge(first)
        let a = Diagnoser.diagnose(whole, rules: rules, given: GivenFacts())
        let b = Diagnoser.diagnose(second, rules: rules, given: GivenFacts())
        #expect(a.eventCount == b.eventCount)
        #expect(a.findings.map(\.rule) == b.findings.map(\.rule))
        #expect(a.findings.map(\.status) == b.findings.map(\.status))
        #expect(a.findings.map { $0.evidence.map(\.count) } == b.findings.map { $0.evidence.map(\.count) })
        #expect(a.findings.map { $0.evidence.first?.first?.reference } == b.findings.map { $0.evidence.first?.first?.reference })
        #expect(a.facts.all.map(\.value) == b.facts.all.map(\.value))
    }

    @Test func evidenceStaysBoundedWhateverTheCount() throws {
        let rules = Fixture.rules(Fixture.rule(symptoms: "  - event: { source: Srv, id: 2020 }"))
        var host = HostAccumulator(key: HostKey(Fixture.host), index: rules.index)
        var profiles = SourceProfiles()
        for index in 0..<5_000 {
            let event = Fixture.event("Srv", 2020, day: 1 + index % 28, record: UInt64(index))
            host.add(event, profile: profiles.profile(for: event.source), file: "x.evt")
        }
        let evidence = try #require(host.evidence[0])
        #expect(evidence.count == 5_000)
        #expect(evidence.samples.count == SymptomEvidence.sampleLimit)
        #expect(evidence.times.isEmpty, "times are kept only for rules with windows or uptime")
    }

    @Test func eventsWithoutAComputerJoinTheirFilesMachine() throws {
        var session = DiagnosisSession(rules: RuleSet())
        session.add(Fixture.event("Srv", 2013, day: 1), file: "a.xml")
        var anonymous = Fixture.event("Srv", 2013, day: 2)
        anonymous.computer = nil
        session.add(anonymous, file: "a.xml")
        session.add(anonymous, file: "b.xml")
        let hosts = session.finish(inputs: []).hosts
        #expect(hosts.map(\.computer).sorted() == ["(no computer name: b.xml)", Fixture.host])
        #expect(hosts.first { $0.computer == Fixture.host }?.eventCount == 2)
    }
}
