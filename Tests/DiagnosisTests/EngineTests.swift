import EventLog
import Testing
@testable import Diagnosis

/// Each kind of symptom and condition, and each status, through the real engine.
@Suite("Engine")
struct EngineTests {
    func finding(_ rule: String, _ events: [Event], facts: [String] = []) throws -> Finding? {
        let rules = Fixture.rules(rule)
        try #require(rules.problems.isEmpty, "\(rules.problems)")
        return Fixture.diagnose(events, rules: rules, facts: facts)?.findings.first
    }

    // MARK: Symptoms

    @Test func eventsBySourceAliasAndID() throws {
        let rule = Fixture.rule(symptoms: "  - event: { source: SRV, id: 2020 }")
        #expect(try finding(rule, [Fixture.event("Svr", 2020, day: 1)], facts: ["service_pack=3"])?.status == .confirmed)
        #expect(try finding(rule, [Fixture.event("Srv", 2019, day: 1)], facts: ["service_pack=3"]) == nil)
        #expect(try finding(rule, [Fixture.event("Rdr", 2020, day: 1)], facts: ["service_pack=3"]) == nil)
        let spaced = Fixture.rule(symptoms: "  - event: { source: Event Log, id: 6008 }")
        #expect(try finding(spaced, [Fixture.event("EventLog", 6008, day: 1)], facts: ["service_pack=3"])?.status == .confirmed)
    }

    @Test func looseSourcesMatchResemblingNames() throws {
        let rule = Fixture.rule(symptoms: "  - event: { source: LPR Print Monitor, loose_source: true, id: 2004 }")
        #expect(try finding(rule, [Fixture.event("LprMon", 2004, day: 1)], facts: ["service_pack=3"])?.status == .confirmed)
        #expect(try finding(rule, [Fixture.event("Rdr", 2004, day: 1)], facts: ["service_pack=3"]) == nil)
    }

    @Test func conditionsOnInsertionStringsAndMessages() throws {
        let equals = Fixture.rule(symptoms: "  - event: { source: SCM, id: 7023, strings: { 1: { equals: messenger } } }")
        #expect(try finding(equals, [Fixture.event("Service Control Manager", 7023, day: 1, strings: ["Messenger", "%%2140"])], facts: ["service_pack=3"])?.status == .confirmed)
        #expect(try finding(equals, [Fixture.event("Service Control Manager", 7023, day: 1, strings: ["Alerter", "%%2140"])], facts: ["service_pack=3"]) == nil)
        let messageOnly = Fixture.event("Service Control Manager", 7023, day: 1, message: "The Messenger service terminated with the following error: …")
        #expect(try finding(equals, [messageOnly], facts: ["service_pack=3"])?.status == .confirmed)

        let contains = Fixture.rule(symptoms: "  - event: { source: MQSeries, id: 9213, message: { contains: so_keepalive } }")
        #expect(try finding(contains, [Fixture.event("MQSeries", 9213, day: 1, message: "setsockopt(SO_KEEPALIVE) failed")], facts: ["service_pack=3"]) != nil)
        #expect(try finding(contains, [Fixture.event("MQSeries", 9213, day: 1, message: "connect failed")], facts: ["service_pack=3"]) == nil)

        let regex = Fixture.rule(symptoms: "  - event: { source: SCM, id: 7000, message: { regex: \"timely fashion|%%1053\" } }")
        #expect(try finding(regex, [Fixture.event("Service Control Manager", 7000, day: 1, strings: ["Fax", "%%1053"])], facts: ["service_pack=3"]) != nil)
        // From a .evt: the message is rendered by ntdiag (%%1053 in its own words); the raw strings still count.
        let rendered = MessageCatalog.message(source: "Service Control Manager", id: 7000, strings: ["Fax", "%%1053"])
        #expect(!rendered.contains("%%1053"))
        #expect(try finding(regex, [Fixture.event("Service Control Manager", 7000, day: 1, strings: ["Fax", "%%1053"], message: rendered)],
                            facts: ["service_pack=3"]) != nil)
        // A message with strings that hold no parameter reference: the message alone is the text
        // (a text export's strings were taken back out of it and add nothing).
        let fax = Fixture.rule(symptoms: "  - event: { source: SCM, id: 7000, message: { regex: \"^Fax \" } }")
        #expect(try finding(fax, [Fixture.event("Service Control Manager", 7000, day: 1, strings: ["Fax", "timed out"], message: "The Fax service failed")],
                            facts: ["service_pack=3"]) == nil)
    }

    @Test func stopCodesWithParameters() throws {
        let rule = Fixture.rule(symptoms: "  - stop: { code: 0A, parameters: [0xBAD0B0E4, 2, [1, 3], any] }")
        let hit = try #require(try finding(rule, [Fixture.crash("0x0000000a (0xbad0b0e4, 0x00000002, 0x00000001, 0x800032ea)", day: 1)], facts: ["service_pack=3"]))
        #expect(hit.status == .confirmed)
        #expect(hit.evidence.first?.bugchecks.first?.description == "0x0000000A (0xBAD0B0E4, 0x00000002, 0x00000001, 0x800032EA)")
        let miss = try #require(try finding(rule, [Fixture.crash("0x0000000a (0x00000004, 0x00000003, 0x00000000, 0x80012d90)", day: 1)], facts: ["service_pack=3"]))
        #expect(miss.status == .ruledOut)
        #expect(miss.reason?.contains("p1 = 0xBAD0B0E4") == true)
        let same = Fixture.rule(symptoms: "  - stop: { code: 0x0000000A, parameters: [any, any, same as p1] }")
        #expect(try finding(same, [Fixture.crash("0x0000000a (0xfee3b797, 0x00000002, 0xfee3b797, 0xff1e82e8)", day: 1)], facts: ["service_pack=3"])?.status == .confirmed)
    }

    @Test func countWithinAWindow() throws {
        let rule = Fixture.rule(symptoms: "  - event: { source: DhcpServer, id: 1014 }\n    count: { at_least: 3, within: 1h }")
        let burst = (0..<3).map { Fixture.event("DhcpServer", 1014, day: 1, minute: $0 * 15) }
        let found = try #require(try finding(rule, burst, facts: ["service_pack=3"]))
        #expect(found.status == .confirmed)
        #expect(found.evidence.first?.details.first?.hasPrefix("3 within 1h") == true)
        let spread = (0..<3).map { Fixture.event("DhcpServer", 1014, day: 1 + $0) }
        #expect(try finding(rule, spread, facts: ["service_pack=3"])?.status == .ruledOut)
        let untimed = [Event(source: "DhcpServer", id: 1014, computer: Fixture.host)]
        #expect(try finding(rule, untimed, facts: ["service_pack=3"])?.status == .likely)
    }

    @Test func uptimeBeforeTheEvent() throws {
        let rule = Fixture.rule(symptoms: "  - event: { source: Srv, id: 2020 }\n    uptime: { at_least: 7d }")
        let long = try #require(try finding(rule, [Fixture.boot(day: 1), Fixture.event("Srv", 2020, day: 10)], facts: ["service_pack=3"]))
        #expect(long.status == .confirmed)
        #expect(long.evidence.first?.details.first?.hasPrefix("the first came 9 days after the boot") == true)
        let short = try #require(try finding(rule, [Fixture.boot(day: 8), Fixture.event("Srv", 2020, day: 10)], facts: ["service_pack=3"]))
        #expect(short.status == .ruledOut)
        // No boot in the log: the log's own span is a lower bound.
        let spanEnough = [Fixture.event("Srv", 2013, day: 1), Fixture.event("Srv", 2020, day: 10)]
        #expect(try finding(rule, spanEnough, facts: ["service_pack=3"])?.status == .confirmed)
        let unknown = try #require(try finding(rule, [Fixture.event("Srv", 2013, day: 9), Fixture.event("Srv", 2020, day: 10)], facts: ["service_pack=3"]))
        #expect(unknown.status == .likely)
        #expect(unknown.missingFacts == ["uptime_days"])
        // A given uptime at the end of the log settles it.
        #expect(try finding(rule, [Fixture.event("Srv", 2013, day: 9), Fixture.event("Srv", 2020, day: 10)], facts: ["service_pack=3", "uptime_days=30"])?.status == .confirmed)
    }

    @Test func serviceStopStartCycles() throws {
        let rule = Fixture.rule(symptoms: "  - service_cycles: { service: DHCPServer, at_least: 2 }")
        var events = [Fixture.boot(day: 1), Fixture.service("DHCP Server", "running", day: 1)]
        for day in 2...3 {
            events.append(Fixture.service("DHCP Server", "stopped", day: day))
            events.append(Fixture.service("DHCP Server", "running", day: day, minute: 2))
        }
        #expect(try finding(rule, events, facts: ["service_pack=3"])?.status == .confirmed)
        // A stop at shutdown and a start at the next boot is a restart, not a cycle.
        let restarts = [Fixture.service("DHCP Server", "stopped", day: 1, hour: 22), Fixture.boot(day: 2),
                        Fixture.service("DHCP Server", "running", day: 2), Fixture.service("DHCP Server", "stopped", day: 2, hour: 22),
                        Fixture.boot(day: 3), Fixture.service("DHCP Server", "running", day: 3)]
        #expect(try finding(rule, restarts, facts: ["service_pack=3"]) == nil)
    }

    @Test func supportingSymptomsAloneDoNotEstablishADefect() throws {
        let rule = Fixture.rule(symptoms: "  - stop: { code: 0xC000021A }\n  - event: { source: Srv, id: 2013 }\n    supporting: true")
        #expect(try finding(rule, [Fixture.event("Srv", 2013, day: 1)], facts: ["service_pack=3"]) == nil)
        let both = try #require(try finding(rule, [Fixture.event("Srv", 2013, day: 1), Fixture.crash("0xc000021a (0, 0, 0, 0)", day: 2)], facts: ["service_pack=3"]))
        #expect(both.evidence.count == 2)
    }

    @Test func allSymptomsMustMatchWhenTheRuleSaysSo() throws {
        let rule = Fixture.rule(symptoms: "  - event: { source: WINS, id: 4165 }\n  - event: { source: SCM, id: 7023 }", extra: "symptoms_match: all")
        #expect(try finding(rule, [Fixture.event("WINS", 4165, day: 1)], facts: ["service_pack=3"]) == nil)
        #expect(try finding(rule, [Fixture.event("WINS", 4165, day: 1), Fixture.event("Service Control Manager", 7023, day: 1)], facts: ["service_pack=3"])?.status == .confirmed)
    }

    // MARK: Conditions and statuses

    @Test func statusesFollowThreeValuedLogic() throws {
        let rule = Fixture.rule(symptoms: "  - event: { source: Srv, id: 2020 }",
                                conditions: "  - fact: users\n    above: 100\n  - fact: architecture\n    is: x86")
        let event = Fixture.event("Srv", 2020, day: 1)
        #expect(try finding(rule, [event], facts: ["service_pack=3", "users=450", "architecture=x86"])?.status == .confirmed)
        let likely = try #require(try finding(rule, [event], facts: ["service_pack=3", "architecture=x86"]))
        #expect(likely.status == .likely && likely.missingFacts == ["users"])
        let ruledOut = try #require(try finding(rule, [event], facts: ["users=450", "architecture=alpha"]))
        #expect(ruledOut.status == .ruledOut && ruledOut.reason == "hardware is alpha")
        let quiet = [Fixture.event("Srv", 2013, day: 1)]
        let exposed = try #require(try finding(rule, quiet, facts: ["service_pack=3", "users=450", "architecture=x86"]))
        #expect(exposed.status == .exposed)
        #expect(try finding(rule, quiet, facts: ["service_pack=3"]) == nil)
        let fixed = try #require(try finding(rule, [event], facts: ["service_pack=4", "users=450", "architecture=x86"]))
        #expect(fixed.reason == "service pack 4 already installed")
    }

    @Test func onlyVersionFactsKnownIsNotExposure() throws {
        let rule = Fixture.rule(symptoms: "  - event: { source: Srv, id: 2020 }")
        #expect(try finding(rule, [Fixture.event("Srv", 2013, day: 1)], facts: ["service_pack=3"]) == nil)
    }

    @Test func conditionKinds() throws {
        let event = Fixture.event("Srv", 2020, day: 1)
        func status(_ conditions: String, _ facts: [String]) throws -> FindingStatus? {
            try finding(Fixture.rule(symptoms: "  - event: { source: Srv, id: 2020 }", conditions: conditions), [event], facts: ["service_pack=3"] + facts)?.status
        }
        #expect(try status("  - fact: processors\n    is: multiprocessor", ["processors=4"]) == .confirmed)
        #expect(try status("  - fact: processors\n    is: multiprocessor", ["processors=1"]) == .ruledOut)
        #expect(try status("  - fact: groups_per_user\n    at_least: 10", ["groups_per_user=10"]) == .confirmed)
        #expect(try status("  - fact: groups_per_user\n    at_most: 10", ["groups_per_user=11"]) == .ruledOut)
        #expect(try status("  - fact: services\n    includes: WINS", ["services=Windows Internet Name Service,Server"]) == .confirmed)
        #expect(try status("  - fact: services\n    includes: WINS", ["services=Server"]) == .ruledOut)
        #expect(try status("  - fact: architecture\n    one_of: [alpha, mips]", ["architecture=MIPS"]) == .confirmed)
        #expect(try status("  - fact: architecture\n    is_not: x86", ["architecture=i386"]) == .ruledOut)
        #expect(try status("  - fact: crash_on_audit_fail\n    is: yes", ["crash_on_audit_fail=true"]) == .confirmed)
        #expect(try status("  - fact: crash_on_audit_fail\n    is: yes", ["crash_on_audit_fail=no"]) == .ruledOut)
        #expect(try status("  - fact: service_pack\n    at_least: 2", []) == .confirmed)
        #expect(try status("  - fact: service_pack\n    at_least: 4", []) == .ruledOut)
        #expect(try status("  - fact: os_version\n    is: \"4.0\"", ["os_version=4.00"]) == .confirmed)
    }

    @Test func servicesSeenInTheLogsSatisfyAServiceCondition() throws {
        let rule = Fixture.rule(symptoms: "  - event: { source: Srv, id: 2020 }", conditions: "  - fact: services\n    includes: DHCP Server")
        let seen = try finding(rule, [Fixture.event("DhcpServer", 1024, day: 1), Fixture.event("Srv", 2020, day: 2)], facts: ["service_pack=3"])
        #expect(seen?.status == .confirmed)
        let notSeen = try finding(rule, [Fixture.event("Srv", 2020, day: 2)], facts: ["service_pack=3"])
        #expect(notSeen?.status == .likely)
    }

    @Test func anotherWindowsVersionRulesOutButAnUnknownOneDoesNot() throws {
        let rule = Fixture.rule(symptoms: "  - event: { source: Srv, id: 2020 }")
        let xp = Fixture.event("EventLog", 6009, day: 1, message: "Microsoft (R) Windows (R) 5.01. 2600 Service Pack 2 Uniprocessor Free.")
        let found = try #require(try finding(rule, [xp, Fixture.event("Srv", 2020, day: 2)]))
        #expect(found.status == .ruledOut)
        #expect(found.reason?.hasPrefix("the machine runs Windows 5.1, not NT 4.0") == true)
    }

    @Test func sixOrSixALeavesAnSP6aFixLikely() throws {
        let rule = Fixture.rule(symptoms: "  - event: { source: MQSeries, id: 9213 }", fixedIn: "SP6a")
        let found = try #require(try finding(rule, [Fixture.version("4.0 1381 Service Pack 6 Uniprocessor Free", day: 1), Fixture.event("MQSeries", 9213, day: 2)]))
        #expect(found.status == .likely)
        #expect(found.missingFacts == ["service_pack"])
    }

    @Test func findingsSharingASymptomAreAllReportedAndRanked() throws {
        let rules = RuleSet.builtIn()
        let events = [Fixture.crash("0x0000000a (0xbad0b0e4, 0x00000002, 0x00000001, 0x800032ea)", day: 1)]
        let host = try #require(Fixture.diagnose(events, rules: rules, facts: ["service_pack=3", "processors=multiprocessor", "architecture=x86"]))
        let zeroA = host.findings.filter { $0.evidence.contains { $0.symptom.contains("0x0000000A") } }
        #expect(zeroA.count >= 6)
        #expect(zeroA.first?.rule == "Q192765")
        #expect(zeroA.first?.status == .confirmed)
        let statuses = host.findings.map(\.status)
        #expect(statuses == statuses.sorted())
        let likely = host.findings.filter { $0.status == .likely }
        let order = likely.map { [Double($0.specificity), $0.score] }
        #expect(order == order.sorted { $0.lexicographicallyPrecedes($1) }.reversed())
        #expect(host.findings.contains { $0.rule == "Q192736" && $0.status == .ruledOut })
    }
}

@Suite("Text exports")
struct TextExportTests {
    @Test func insertionStringsAreRecoveredFromTheMessage() throws {
        let rules = Fixture.rules(Fixture.rule(symptoms: "  - event: { source: SCM, id: 7023, strings: { 2: { contains: \"internal Windows NT error\" } } }"))
        let event = Fixture.event("Service Control Manager", 7023, day: 1,
                                  message: "The Messenger service terminated with the following error: An internal Windows NT error occurred.")
        #expect(Fixture.diagnose([event], rules: rules, facts: ["service_pack=3"])?.findings.first?.status == .confirmed)
        let other = Fixture.event("Service Control Manager", 7023, day: 1, message: "The Messenger service terminated with the following error: Access is denied.")
        #expect(Fixture.diagnose([other], rules: rules, facts: ["service_pack=3"])?.findings.isEmpty == true)
    }
}
