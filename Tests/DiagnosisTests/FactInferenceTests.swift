import EventLog
import Testing
@testable import Diagnosis

@Suite("Fact inference")
struct FactInferenceTests {
    static let none = RuleSet()

    func facts(_ events: [Event], given: [String] = []) throws -> FactSheet {
        try #require(Fixture.diagnose(events, rules: FactInferenceTests.none, facts: given)).facts
    }

    @Test func versionFromInsertionStrings() throws {
        let sheet = try facts([Fixture.boot(day: 1), Fixture.version("4.0 1381 Service Pack 5 Multiprocessor Free", day: 1)])
        #expect(sheet[FactName.osVersion]?.value == .text("4.0"))
        #expect(sheet[FactName.build]?.value == .number(1381))
        #expect(sheet[FactName.servicePack]?.value == .servicePack(.exactly(ServicePack(number: 5)!)))
        #expect(sheet[FactName.processors]?.value == .text("multiprocessor"))
        #expect(sheet[FactName.servicePack]?.source.description.hasPrefix("EventLog 6009") == true)
    }

    @Test func versionFromTheMessageAlone() throws {
        let event = Fixture.event("EventLog", 6009, day: 1, message: "Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 3, RC 1.32 Uniprocessor Free.")
        let sheet = try facts([event])
        #expect(sheet[FactName.servicePack]?.value == .servicePack(.exactly(ServicePack(number: 3)!)))
        #expect(sheet[FactName.processors]?.value == .text("uniprocessor"))
        #expect(sheet.notes.contains { $0.contains("6009 first appeared in SP4") })
    }

    @Test func windowsXPVersionIsNotNT4() throws {
        let event = Fixture.event("EventLog", 6009, day: 1, message: "Microsoft (R) Windows (R) 5.01. 2600 Service Pack 3 Uniprocessor Free.")
        let sheet = try facts([event])
        #expect(sheet[FactName.osVersion]?.value == .text("5.1"))
        #expect(sheet[FactName.build]?.value == .number(2600))
        #expect(sheet.notes.isEmpty, "the SP4 origin of 6009 concerns NT 4.0 only")
    }

    @Test func servicePackSixMeansSixOrSixA() throws {
        let sheet = try facts([Fixture.version("4.0 1381 Service Pack 6 Uniprocessor Free", day: 1)])
        #expect(sheet[FactName.servicePack]?.value.description == "6 or 6a")
    }

    @Test func bootsWithoutAny6009MeanBelowSP4() throws {
        let sheet = try facts([Fixture.boot(day: 1), Fixture.boot(day: 8), Fixture.event("Srv", 2013, day: 9)])
        let fact = try #require(sheet[FactName.servicePack])
        #expect(fact.value.description == "below 4")
        #expect(fact.source.description.contains("no EventLog 6009 at any of the 2 boots"))
        #expect(sheet[FactName.boots]?.value == .number(2))
    }

    @Test func shutdownEventsWithout6009MeanSP4OrLater() throws {
        var clean = TestEvents.shutdown("clean", computer: Fixture.host)!
        clean.timeGenerated = Fixture.time(day: 2)
        let sheet = try facts([Fixture.boot(day: 1), clean])
        #expect(sheet[FactName.servicePack]?.value.description == "4 or later")
        #expect(sheet[FactName.cleanShutdowns]?.value == .number(1))
    }

    @Test func noBootsAndNo6009LeaveTheServicePackUnknown() throws {
        let sheet = try facts([Fixture.event("Srv", 2020, day: 3)])
        #expect(sheet[FactName.servicePack] == nil)
    }

    @Test func theLatest6009WinsAndTheChangeIsNoted() throws {
        let sheet = try facts([Fixture.version("4.0 1381 Service Pack 4 Uniprocessor Free", day: 1),
                               Fixture.version("4.0 1381 Service Pack 5 Uniprocessor Free", day: 9)])
        #expect(sheet[FactName.servicePack]?.value.description == "5")
        #expect(sheet.notes.contains { $0.contains("changed from") })
    }

    @Test func uptimeFromTheLastBoot() throws {
        let sheet = try facts([Fixture.boot(day: 1, hour: 9), Fixture.event("Srv", 2013, day: 11, hour: 21)])
        #expect(sheet[FactName.uptimeDays]?.value == .number(10.5))
    }

    @Test func servicesFromServiceControlManagerAndSources() throws {
        let sheet = try facts([Fixture.service("DHCP Server", "running", day: 1),
                               Fixture.event("Service Control Manager", 7035, day: 1, message: "The Spooler service was successfully sent a stop control."),
                               Fixture.event("WINS", 4165, day: 2)])
        #expect(sheet[FactName.services]?.value == .list(["DHCP Server", "Spooler", "Windows Internet Name Service"], complete: false))
    }

    @Test func textExportsCarryOnlyMessagesAndThatIsEnough() throws {
        let events = [
            Fixture.event("EventLog", 6009, day: 1, message: "Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 3 Uniprocessor Free."),
            Fixture.event("Save Dump", 1001, day: 2, message: "The computer has rebooted from a bugcheck.  The bugcheck was: 0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000003). Microsoft Windows NT [v15.1381]. A dump was saved in: D:\\DUMPS\\MEMORY.DMP."),
            Fixture.event("Service Control Manager", 7036, day: 3, message: "The DHCP Server service entered the stopped state."),
            Fixture.event("Service Control Manager", 7036, day: 3, hour: 10, message: "The DHCP Server service entered the running state."),
        ]
        let sheet = try facts(events)
        #expect(sheet[FactName.servicePack]?.value.description == "3")
        #expect(sheet[FactName.bugchecks]?.value == .list(["0xC000021A (0xE17C7FC8, 0x00000001, 0x00000000, 0x00000003)"], complete: false))
        #expect(sheet[FactName.services]?.value == .list(["DHCP Server"], complete: false))
        #expect(sheet[FactName.serviceRestarts]?.value == .list(["DHCP Server ×1"], complete: false))
    }

    @Test func serviceRestartsWithoutAReboot() throws {
        let sheet = try facts([Fixture.boot(day: 1), Fixture.service("DHCP Server", "stopped", day: 2), Fixture.service("DHCP Server", "running", day: 2, minute: 3),
                               Fixture.service("Spooler", "stopped", day: 3), Fixture.boot(day: 4), Fixture.service("Spooler", "running", day: 4)])
        #expect(sheet[FactName.serviceRestarts]?.value == .list(["DHCP Server ×1"], complete: false))
    }

    @Test func crashesAndTheBuildFromSaveDump() throws {
        let sheet = try facts([Fixture.crash("0x0000000a (0x00000000, 0x00000002, 0x00000000, 0x8011a2b3)", day: 2)])
        #expect(sheet[FactName.bugchecks]?.value == .list(["0x0000000A (0x00000000, 0x00000002, 0x00000000, 0x8011A2B3)"], complete: false))
        #expect(sheet[FactName.build]?.value == .number(1381))
        #expect(sheet[FactName.osVersion]?.value == .text("4.0"))
    }

    @Test func givenFactsBeatInferredOnesAndConflictsAreReported() throws {
        let sheet = try facts([Fixture.version("4.0 1381 Service Pack 4 Uniprocessor Free", day: 1)],
                              given: ["service_pack=3", "processors=uniprocessor"])
        #expect(sheet[FactName.servicePack]?.value.description == "3")
        #expect(sheet[FactName.servicePack]?.source.isGiven == true)
        #expect(sheet.conflicts.map(\.given.name) == ["service_pack"])
        #expect(sheet.conflicts.first?.description.contains("the logs say 4") == true)
    }

    @Test func aGivenValueInsideAnInferredRangeIsNoConflict() throws {
        let sheet = try facts([Fixture.boot(day: 1)], given: ["service_pack=3"])
        #expect(sheet.conflicts.isEmpty)
        let six = try facts([Fixture.version("4.0 1381 Service Pack 6 Uniprocessor Free", day: 1)], given: ["service_pack=6a"])
        #expect(six.conflicts.isEmpty)
    }
}
