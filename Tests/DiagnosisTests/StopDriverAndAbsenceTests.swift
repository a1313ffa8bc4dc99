import EventLog
import Testing
@testable import Diagnosis

/// The parts of the rule language that tell articles with one STOP code apart and describe
/// missing events: `driver:`, `code: any`, `absent: true`.
@Suite("Drivers, any STOP code, absent events")
struct StopDriverAndAbsenceTests {
    static let driverRule = Fixture.rule(symptoms: "  - stop: { code: 0x0A, driver: srv.sys }")

    static func finding(_ rule: String, _ events: [Event], facts: [String] = ["service_pack=3"]) throws -> Finding? {
        let rules = Fixture.rules(rule)
        #expect(rules.problems.isEmpty, "\(rules.problems.map(\.description))")
        return Fixture.diagnose(events, rules: rules, facts: facts)?.findings.first
    }

    static func crash(naming driver: String?) -> Event {
        var event = Fixture.crash("0x0000000a (0x00000010, 0x00000002, 0x00000000, 0xfca1b2c3)", day: 2)
        if let driver { event.message = "STOP 0x0000000A IRQL_NOT_LESS_OR_EQUAL. Address fca1b2c3 has base at fca00000 - \(driver)" }
        return event
    }

    @Test func driversAreFoundInCrashText() {
        #expect(CrashDriverText.driver(in: "Address fef68219 has base at fef55000 - rdr.sys.") == "rdr.sys")
        #expect(CrashDriverText.driver(in: "STOP 0x0000000A in HAL.DLL on a two-way machine") == "hal.dll")
        #expect(CrashDriverText.driver(in: "The bugcheck was: 0x0000000a (0, 2, 0, 0). A dump was saved in: C:\\WINNT\\MEMORY.DMP.") == nil)
        // The last module named wins; a dash glued to the name and the sentence's stops are dropped.
        #expect(CrashDriverText.driver(in: "ntoskrnl.exe called -Win32K.SYS..") == "win32k.sys")
        #expect(CrashDriverText.driver(in: "nothing but .sys and ..dll here") == nil)
        #expect(CrashDriverText.driver(in: "") == nil)
    }

    @Test func aCrashReportNamingTheDriverConfirms() throws {
        let found = try #require(try StopDriverAndAbsenceTests.finding(StopDriverAndAbsenceTests.driverRule, [StopDriverAndAbsenceTests.crash(naming: "Srv.sys")]))
        #expect(found.status == .confirmed)
        #expect(found.evidence.first?.details.contains("1 crash report names srv.sys") == true)
    }

    @Test func anUnnamedDriverLeavesItLikelyUntilGiven() throws {
        let unnamed = try #require(try StopDriverAndAbsenceTests.finding(StopDriverAndAbsenceTests.driverRule, [StopDriverAndAbsenceTests.crash(naming: nil)]))
        #expect(unnamed.status == .likely)
        #expect(unnamed.missingFacts == ["crash_driver"])
        let given = try #require(try StopDriverAndAbsenceTests.finding(StopDriverAndAbsenceTests.driverRule, [StopDriverAndAbsenceTests.crash(naming: nil)],
                                                                   facts: ["service_pack=3", "crash_driver=srv.sys"]))
        #expect(given.status == .confirmed)
        let other = try #require(try StopDriverAndAbsenceTests.finding(StopDriverAndAbsenceTests.driverRule, [StopDriverAndAbsenceTests.crash(naming: nil)],
                                                                   facts: ["service_pack=3", "crash_driver=tcpip.sys"]))
        #expect(other.status == .ruledOut)
    }

    @Test func anotherDriverRulesItOut() throws {
        let found = try #require(try StopDriverAndAbsenceTests.finding(StopDriverAndAbsenceTests.driverRule, [StopDriverAndAbsenceTests.crash(naming: "ndis.sys")]))
        #expect(found.status == .ruledOut)
        #expect(found.reason?.contains("names ndis.sys, but the article's is in srv.sys") == true)
    }

    @Test func anyCodeTakesEveryCrash() throws {
        let rule = Fixture.rule(symptoms: "  - stop: any", conditions: "  - fact: busy\n    is: yes")
        let found = try #require(try StopDriverAndAbsenceTests.finding(rule, [Fixture.crash("0x00000050 (0xe1000000, 0, 0, 0)", day: 2)], facts: ["service_pack=3", "busy=yes"]))
        #expect(found.status == .confirmed)
        #expect(found.evidence.first?.symptom == "any STOP")
    }

    static let absenceRule = Fixture.rule(symptoms: """
          - event: { source: EventLog, id: 6008 }
          - event: { source: Save Dump, id: [1000, 1001] }
            absent: true
        """, extra: "symptoms_match: all")

    @Test func anAbsentEventCountsOnlyWhenMissing() throws {
        let shutdown = Fixture.event("EventLog", 6008, day: 2, type: .error)
        let missing = try #require(try StopDriverAndAbsenceTests.finding(StopDriverAndAbsenceTests.absenceRule, [shutdown]))
        #expect(missing.status == .confirmed)
        #expect(missing.evidence.contains { $0.symptom == "no Save Dump 1000/1001" && $0.count == 0 })
        let recorded = try StopDriverAndAbsenceTests.finding(StopDriverAndAbsenceTests.absenceRule,
                                                             [shutdown, Fixture.crash("0x0000000a (0, 2, 0, 0)", day: 2)], facts: [])
        #expect(recorded == nil)
    }

    @Test func anAbsentEventNeedsAllAndAPresentOne() {
        let alone = Fixture.rules(Fixture.rule(symptoms: "  - event: { source: Save Dump, id: 1001 }\n    absent: true", extra: "symptoms_match: all"))
        #expect(alone.problems.contains { $0.description.contains("an absent symptom needs symptoms_match: all and a symptom that is present") })
        let anyMatch = Fixture.rules(Fixture.rule(symptoms: "  - event: { source: EventLog, id: 6008 }\n  - event: { source: Save Dump, id: 1001 }\n    absent: true"))
        #expect(!anyMatch.problems.isEmpty)
        let onStop = Fixture.rules(Fixture.rule(symptoms: "  - event: { source: EventLog, id: 6008 }\n  - stop: 0x0A\n    absent: true", extra: "symptoms_match: all"))
        #expect(onStop.problems.contains { $0.description.contains("only an event symptom can be absent") })
        let badDriver = Fixture.rules(Fixture.rule(symptoms: "  - stop: { code: 0x0A, driver: the network }"))
        #expect(badDriver.problems.contains { $0.description.contains("is not a driver file name") })
    }

    @Test func textConditionsIgnoreCase() {
        let contains = TextMatch(kind: .contains, text: "Registry Quota")
        #expect(contains.matches("System Process - Low on REGISTRY QUOTA"))
        #expect(!contains.matches("registry quot"))
        #expect(TextMatch(kind: .equals, text: "Messenger").matches("  messenger "))
        #expect(!TextMatch(kind: .equals, text: "Messenger").matches("Messenger2"))
        #expect(TextMatch(kind: .contains, text: "Zürich").matches("Backup agent ZÜRICH"))
        #expect(TextMatch(kind: .equals, text: "0").matchesInside("pages printed: 0"))
    }

    @Test func eventsAreIndexedBySourceWithinTheirID() throws {
        let rules = Fixture.rules(Fixture.rule(symptoms: "  - event: { source: Userenv, id: 1000 }"),
                                  Fixture.rule(id: "Q100002", symptoms: "  - event: { source: ClusSvc, loose_source: true, id: 1000 }"))
        let bucket = try #require(rules.index.byEventID[1000])
        #expect(bucket.bySource[SourceKey("Userenv")]?.count == 1)
        #expect(bucket.otherSources.count == 1)
        #expect(bucket.entries(for: SourceKey("Userenv")).count == 1)
        #expect(bucket.entries(for: SourceKey("ClusterService")).count == 1)
        #expect(bucket.entries(for: SourceKey("Application Popup")).isEmpty)
    }
}
