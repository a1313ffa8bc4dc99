import Diagnosis
import EventLog
import Foundation
import Testing
@testable import Reports

/// The text and JSON reports of a diagnosis built in code (no log reader needed).
@Suite("Diagnosis reports")
struct DiagnosisReportTests {
    static func time(day: Int, hour: Int = 9) -> EventTime {
        EventTime(year: 1999, month: 3, day: day, hour: hour, isUTC: true)!
    }

    static func result(facts: [String] = []) -> DiagnosisResult {
        var given = GivenFacts()
        for argument in facts {
            if case .success(let parsed) = FactArgument.parse(argument) { given.addDefaults([parsed.fact]) }
        }
        var session = DiagnosisSession(rules: RuleSet.builtIn(), given: given)
        var boot = TestEvents.boot(computer: "FILESRV1")
        boot.timeGenerated = time(day: 1, hour: 8)
        boot.recordNumber = 1
        session.add(boot, file: "System.xml")
        for (index, day) in [10, 11].enumerated() {
            let event = Event(source: "Srv", id: 2020, type: .error, timeGenerated: time(day: day), recordNumber: UInt64(2 + index), log: "System",
                              computer: "FILESRV1", message: "The server could not allocate from the system paged pool: the pool was empty.")
            session.add(event, file: "System.xml")
        }
        var report = ReadReport(path: "System.xml")
        report.format = .eventXML
        report.encoding = .utf8
        report.events = 3
        return session.finish(inputs: [report])
    }

    @Test func jsonFollowsTheContract() throws {
        let json = DiagnosisJSON.render(DiagnosisReportTests.result())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((root["inputs"] as? [[String: Any]])?.first?["format"] as? String == "event-xml")
        let host = try #require((root["hosts"] as? [[String: Any]])?.first)
        #expect(host["computer"] as? String == "FILESRV1")
        #expect((host["facts"] as? [String: Any])?["service_pack"] as? String == "below 4")
        #expect((host["facts"] as? [String: Any])?["boots"] as? Int == 1)
        let finding = try #require((host["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "Q196745")
        #expect(finding["status"] as? String == "likely")
        #expect(finding["missing_facts"] as? [String] == ["groups_per_user", "users"])
        #expect(finding["reason"] is NSNull)
        let first = try #require((finding["evidence"] as? [[String: Any]])?.first?["first"] as? [String: Any])
        #expect(first["record"] as? Int == 2 && first["time"] as? String == "1999-03-10T09:00:00Z" && first["source"] as? String == "Srv" && first["id"] as? Int == 2020)
        let recommendation = try #require(host["recommendation"] as? [String: Any])
        #expect(recommendation["install"] as? String == "SP6a" && recommendation["minimum"] as? String == "SP4")
        #expect((recommendation["resolves"] as? [[String: Any]])?.first?["by"] as? String == "SP4")
    }

    @Test func jsonKeysComeInTheContractOrder() {
        let json = DiagnosisJSON.render(DiagnosisReportTests.result())
        let order = ["\"inputs\"", "\"hosts\"", "\"computer\"", "\"facts\"", "\"fact_sources\"", "\"findings\"", "\"rule\"", "\"kb\"", "\"title\"",
                     "\"severity\"", "\"status\"", "\"fixed_in\"", "\"evidence\"", "\"missing_facts\"", "\"reason\"", "\"recommendation\"",
                     "\"install\"", "\"minimum\"", "\"hotfixes\"", "\"resolves\""]
        let positions = order.compactMap { json.firstRange(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
        #expect(json == DiagnosisJSON.render(DiagnosisReportTests.result()))
    }

    @Test func textReadsLikeADiagnosis() {
        let text = DiagnosisText.render(DiagnosisReportTests.result())
        #expect(text.contains("In short: 1 likely defect (Q196745). Install Service Pack 6a (Service Pack 4 at least)."))
        #expect(text.contains("LIKELY"))
        #expect(text.contains("Seen       Srv 2020 × 2: first 1999-03-10T09:00:00Z (record 2, System.xml), last\n"))
        #expect(text.contains("the first came 9 days after the boot at"))
        #expect(text.contains("Unknown    users above 100? groups_per_user above 10?"))
        #expect(text.contains("Settle it  --fact users=… --fact groups_per_user=…"))
        #expect(text.contains("Q196745  likely     SP4  Server service slowly leaks paged pool"))
        #expect(!text.contains("\u{1B}["))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 || $0.contains("  Q196745  ") || $0.hasPrefix("  LIKELY") })
    }

    @Test func confirmedWithTheFactsAndColourWhenAsked() {
        let text = DiagnosisText.render(DiagnosisReportTests.result(facts: ["users=450", "groups_per_user=14"]), style: TextStyle(color: true))
        #expect(text.contains("\u{1B}[1;31mCONFIRMED"))
        #expect(text.contains("users above 100 (users is 450)"))
    }

    @Test func nothingToInstall() {
        let text = DiagnosisText.render(DiagnosisReportTests.result(facts: ["service_pack=4"]))
        #expect(text.contains("In short: no known defect found; 1 ruled out. Nothing to install."))
        #expect(text.contains("Because    service pack 4 already installed"))
        #expect(text.contains("Nothing: every finding is ruled out or already fixed."))
    }

    @Test func noEventsAtAll() {
        let text = DiagnosisText.render(DiagnosisResult(inputs: [], hosts: [], rulesApplied: 29))
        #expect(text.contains("No events were read"))
    }

    @Test func jsonValuesRender() {
        let value = JSONValue.object([("a", .array([.integer(1), .string("x\"y")])), ("b", .number(1.5)), ("c", .null), ("d", .object([]))])
        #expect(value.rendered() == "{\n  \"a\": [1, \"x\\\"y\"],\n  \"b\": 1.5,\n  \"c\": null,\n  \"d\": {}\n}")
    }
}

/// The shared-symptom comparison in the text and JSON reports.
@Suite("Differential reports")
struct DifferentialReportTests {
    static func result() -> DiagnosisResult {
        var given = GivenFacts()
        if case .success(let parsed) = FactArgument.parse("service_pack=3") { given.addDefaults([parsed.fact]) }
        var session = DiagnosisSession(rules: RuleSet.builtIn(), given: given)
        var crash = TestEvents.saveDump("0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000000)", computer: "PDC1")
        crash.timeGenerated = EventTime(year: 1999, month: 5, day: 20, hour: 6, isUTC: true)
        session.add(crash, file: "System.xml")
        return session.finish(inputs: [ReadReport(path: "System.xml")])
    }

    @Test func textShowsTheCandidatesAndTheFixVerdict() {
        let text = DiagnosisText.render(DifferentialReportTests.result())
        #expect(text.contains("Shared symptoms"))
        #expect(text.contains("STOP 0xC000021A: 4 candidate articles, best first"))
        #expect(text.contains("Tells them apart"))
        #expect(text.contains("Would settle it   --fact "))
        #expect(text.contains("Every candidate is fixed by SP4, so the recommendation does not depend on"))
    }

    @Test func jsonCarriesTheDifferential() throws {
        let json = DiagnosisJSON.render(DifferentialReportTests.result())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let host = try #require((root["hosts"] as? [[String: Any]])?.first)
        let differential = try #require((host["differentials"] as? [[String: Any]])?.first)
        #expect(differential["symptom"] as? String == "STOP 0xC000021A")
        #expect((differential["candidates"] as? [[String: Any]])?.first?["rank"] as? Int == 1)
        #expect((differential["fix"] as? [String: Any])?["depends_on_candidate"] as? Bool == false)
        #expect((differential["distinguishers"] as? [[String: Any]])?.isEmpty == false)
    }
}
