import EventLog
import Testing
@testable import Diagnosis

/// The fleet roll-up: service packs, what to install where, hotfixes, defects across machines.
@Suite("Fleet summary")
struct FleetSummaryTests {
    static func host(_ name: String, _ events: [Event], facts: [String] = []) -> HostDiagnosis? {
        let renamed = events.map { event -> Event in
            var copy = event
            copy.computer = name
            return copy
        }
        return Fixture.diagnose(renamed, rules: RuleSet.builtIn(), facts: facts)
    }

    @Test func rollsUpWhatToInstallWhere() throws {
        let leak = [Fixture.boot(day: 1), Fixture.event("Srv", 2020, day: 12, type: .error)]
        let hosts = try [
            #require(FleetSummaryTests.host("B", leak)),
            #require(FleetSummaryTests.host("A", leak)),
            #require(FleetSummaryTests.host("C", [Fixture.boot(day: 1), Fixture.version("4.0 1381 Service Pack 6 Uniprocessor Free", day: 1)],
                                            facts: ["service_pack=6a"])),
            #require(FleetSummaryTests.host("D", [Fixture.event("Srv", 2013, day: 1)])),
        ]
        let fleet = FleetSummary(hosts: hosts)
        #expect(fleet.hostCount == 4)
        #expect(fleet.installs == [FleetSummary.Group(label: "SP6a", hosts: ["B", "A"])])
        #expect(fleet.minimums == [FleetSummary.Group(label: "SP4", hosts: ["B", "A"])])
        #expect(fleet.nothingToInstall == ["C", "D"])
        #expect(fleet.servicePacks.map(\.label) == ["below SP4", "SP6a", "unknown"])
        #expect(fleet.servicePacks.map(\.hosts.count) == [2, 1, 1])
        #expect(fleet.defects.first?.rule == "Q196745" && fleet.defects.first?.hosts[.likely] == ["B", "A"])
        #expect(fleet.sentence == "SP6a on 2 of 4 machines (minimum SP4 on 2); nothing to install on 2")
    }

    @Test func servicePackNames() {
        #expect(FleetSummary.name(of: .exactly(.rtm)) == "RTM")
        #expect(FleetSummary.name(of: ServicePackRange(ServicePack(number: 6)!, .sp6a)) == "SP6 or SP6a")
        #expect(FleetSummary.name(of: ServicePackRange.below(ServicePack(number: 4)!)!) == "below SP4")
        #expect(FleetSummary.name(of: .atLeast(ServicePack(number: 4)!)) == "SP4 or later")
        #expect(FleetSummary.name(of: ServicePackRange(ServicePack(number: 3)!, ServicePack(number: 5)!)) == "SP3 to SP5")
    }
}
