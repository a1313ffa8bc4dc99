import Foundation
import Testing
import TestSupport

/// `ntdiag analyze` end to end on the four scenarios of `SampleLogs/scenarios`, and its exit codes.
@Suite("ntdiag analyze")
struct AnalyzeCommandTests {
    static let scenarios = "SampleLogs/scenarios/"

    static func analyze(_ arguments: [String], environment: [String: String] = [:]) throws -> NTDiagBinary.Result {
        try NTDiagBinary.run(["analyze"] + arguments, environment: environment)
    }

    static func json(_ arguments: [String]) throws -> (status: Int32, host: [String: Any], root: [String: Any]) {
        let result = try analyze(arguments + ["--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let hosts = try #require(root["hosts"] as? [[String: Any]])
        return (result.status, try #require(hosts.first), root)
    }

    static func finding(_ host: [String: Any], _ rule: String) -> [String: Any]? {
        (host["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == rule }
    }

    @Test func fileServerWithoutInventoryIsLikely() throws {
        let (status, host, _) = try AnalyzeCommandTests.json([AnalyzeCommandTests.scenarios + "a-fileserver-sp3/System.xml"])
        #expect(status == 1)
        #expect(host["computer"] as? String == "FILESRV1")
        let facts = try #require(host["facts"] as? [String: Any])
        #expect(facts["service_pack"] as? String == "below 4")
        let sources = try #require(host["fact_sources"] as? [String: String])
        #expect(sources["service_pack"]?.contains("no EventLog 6009") == true)
        let finding = try #require(AnalyzeCommandTests.finding(host, "Q196745"))
        #expect(finding["status"] as? String == "likely")
        #expect(finding["missing_facts"] as? [String] == ["groups_per_user", "users"])
        #expect(finding["fixed_in"] as? String == "SP4")
        let evidence = try #require((finding["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["count"] as? Int == 6)
        #expect((evidence["first"] as? [String: Any])?["record"] as? Int == 28)
        let recommendation = try #require(host["recommendation"] as? [String: Any])
        #expect(recommendation["install"] as? String == "SP6a")
        #expect(recommendation["minimum"] as? String == "SP4")
    }

    @Test func fileServerWithInventoryIsConfirmed() throws {
        let folder = AnalyzeCommandTests.scenarios + "a-fileserver-sp3/"
        let (status, host, _) = try AnalyzeCommandTests.json([folder + "System.xml", "--facts", folder + "inventory.yaml"])
        #expect(status == 1)
        #expect(AnalyzeCommandTests.finding(host, "Q196745")?["status"] as? String == "confirmed")
        let sources = try #require(host["fact_sources"] as? [String: String])
        #expect(sources["users"] == "given: \(folder)inventory.yaml:5")
        #expect((host["recommendation"] as? [String: Any])?["minimum"] as? String == "SP4")
    }

    @Test func factsOnTheCommandLineDoTheSame() throws {
        let (_, host, _) = try AnalyzeCommandTests.json([AnalyzeCommandTests.scenarios + "a-fileserver-sp3/System.xml",
                                                        "--fact", "users=450", "--fact", "FILESRV1:groups_per_user=14"])
        #expect(AnalyzeCommandTests.finding(host, "Q196745")?["status"] as? String == "confirmed")
    }

    @Test func alphaDHCPServerIsConfirmed() throws {
        let folder = AnalyzeCommandTests.scenarios + "b-alpha-dhcp/"
        let (status, host, _) = try AnalyzeCommandTests.json([folder + "System.xml", "--facts", folder + "inventory.yaml"])
        #expect(status == 1)
        let finding = try #require(AnalyzeCommandTests.finding(host, "Q184744"))
        #expect(finding["status"] as? String == "confirmed")
        let evidence = try #require(finding["evidence"] as? [[String: Any]])
        #expect(evidence.map { $0["symptom"] as? String } == ["STOP 0xC000021A", "DHCP Server stopped and started again"])
        #expect(evidence.last?["count"] as? Int == 10)
        #expect((host["findings"] as? [[String: Any]])?.first?["rule"] as? String == "Q184744")
    }

    @Test func theSameLogsFromAnX86MachineRuleItOut() throws {
        let folder = AnalyzeCommandTests.scenarios + "c-x86-dhcp/"
        let (_, host, _) = try AnalyzeCommandTests.json([folder + "System.xml", "--facts", folder + "inventory.yaml"])
        let finding = try #require(AnalyzeCommandTests.finding(host, "Q184744"))
        #expect(finding["status"] as? String == "ruled-out")
        #expect(finding["reason"] as? String == "hardware is x86")
    }

    @Test func anSP4ServerNeedsNothing() throws {
        let result = try AnalyzeCommandTests.analyze([AnalyzeCommandTests.scenarios + "d-sp4-server/System.xml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("service pack 4 already installed"))
        #expect(result.stdout.contains("Nothing to install"))
        let (_, host, _) = try AnalyzeCommandTests.json([AnalyzeCommandTests.scenarios + "d-sp4-server/System.xml"])
        #expect(AnalyzeCommandTests.finding(host, "Q196745")?["status"] as? String == "ruled-out")
        #expect((host["recommendation"] as? [String: Any])?["install"] is NSNull)
    }

    @Test func theReadmeCommandReadsLikeADiagnosis() throws {
        let result = try AnalyzeCommandTests.analyze([AnalyzeCommandTests.scenarios + "a-fileserver-sp3/System.xml"])
        #expect(result.status == 1)
        for phrase in ["FILESRV1", "In short: 1 likely defect (Q196745). Install Service Pack 6a (Service Pack 4 at least).",
                       "no EventLog 6009 at any of the 4 boots", "LIKELY", "Srv 2020 × 6", "after the boot",
                       "--fact users=… --fact groups_per_user=…", "Service Pack 4 is the minimum"] {
            #expect(result.stdout.contains(phrase), "missing: \(phrase)")
        }
        #expect(!result.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func jsonIsDeterministicAndHasTheContractFields() throws {
        let arguments = [AnalyzeCommandTests.scenarios + "b-alpha-dhcp/System.xml", AnalyzeCommandTests.scenarios + "a-fileserver-sp3/System.xml", "--format", "json"]
        let first = try AnalyzeCommandTests.analyze(arguments)
        let second = try AnalyzeCommandTests.analyze(arguments)
        #expect(first.stdout == second.stdout)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        let inputs = try #require(root["inputs"] as? [[String: Any]])
        #expect(Set(inputs.first.map { Array($0.keys) } ?? []).isSuperset(of: ["path", "format", "encoding", "events", "recovered", "skipped", "problems"]))
        let hosts = try #require(root["hosts"] as? [[String: Any]])
        #expect(hosts.map { $0["computer"] as? String } == ["DHCPALPHA1", "FILESRV1"])
        for host in hosts {
            #expect(Set(host.keys).isSuperset(of: ["computer", "facts", "fact_sources", "findings", "recommendation"]))
            for finding in host["findings"] as? [[String: Any]] ?? [] {
                #expect(Set(finding.keys).isSuperset(of: ["rule", "kb", "title", "severity", "status", "fixed_in", "evidence", "missing_facts", "reason"]))
            }
            #expect(Set((host["recommendation"] as? [String: Any]).map { Array($0.keys) } ?? []).isSuperset(of: ["install", "minimum", "hotfixes", "resolves"]))
        }
    }

    @Test func outputGoesToAFile() throws {
        let path = try ScratchFolder.file("report.json").path
        let result = try AnalyzeCommandTests.analyze([AnalyzeCommandTests.scenarios + "d-sp4-server/System.xml", "--format", "json", "--output", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("\"computer\": \"SP4SRV1\""))
    }

    // MARK: Exit codes

    @Test func anUnreadableInputExitsTwoButTheOthersAreStillDiagnosed() throws {
        let result = try AnalyzeCommandTests.analyze([AnalyzeCommandTests.scenarios + "a-fileserver-sp3/System.xml", "/nonexistent/System.evt"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("FILESRV1"))
        #expect(result.stderr.contains("/nonexistent/System.evt: cannot read"))
    }

    @Test func nothingReadExitsTwo() throws {
        let empty = try ScratchFolder.file("empty.xml").path
        try Data().write(to: URL(fileURLWithPath: empty))
        #expect(try AnalyzeCommandTests.analyze([empty]).status == 2)
    }

    @Test func aBrokenRuleFileExitsTwoAndTheOtherRulesStillApply() throws {
        let directory = try ScratchFolder.make("rules")
        try "id: Q999999\ntitle: [broken\n".write(to: directory.appendingPathComponent("Q999999.yaml"), atomically: true, encoding: .utf8)
        let result = try AnalyzeCommandTests.analyze([AnalyzeCommandTests.scenarios + "d-sp4-server/System.xml", "--rules", directory.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Q999999.yaml:3: YAML syntax"))
        #expect(result.stdout.contains("service pack 4 already installed"))
    }

    @Test func aBrokenFactsFileExitsTwo() throws {
        let facts = try ScratchFolder.file("facts.yaml")
        try "hosts:\n  SP4SRV1:\n    processors: lots\n".write(to: facts, atomically: true, encoding: .utf8)
        let result = try AnalyzeCommandTests.analyze([AnalyzeCommandTests.scenarios + "d-sp4-server/System.xml", "--facts", facts.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(":3: 'lots' is not a value of processors"))
    }

    @Test func usageErrorsExitSixtyFour() throws {
        #expect(try AnalyzeCommandTests.analyze(["x.xml", "--fact", "users"]).status == 64)
        #expect(try AnalyzeCommandTests.analyze(["x.xml", "--fact", "processors=lots"]).status == 64)
        #expect(try AnalyzeCommandTests.analyze(["x.xml", "--format", "pdf"]).status == 64)
        #expect(try AnalyzeCommandTests.analyze([]).status == 64)
        let unwritable = try AnalyzeCommandTests.analyze([AnalyzeCommandTests.scenarios + "d-sp4-server/System.xml", "--output", "/nonexistent/dir/out.json"])
        #expect(unwritable.status == 64)
        #expect(unwritable.stderr.contains("cannot write /nonexistent/dir/out.json"))
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let file = AnalyzeCommandTests.scenarios + "d-sp4-server/System.xml"
        #expect(!(try AnalyzeCommandTests.analyze([file]).stdout.contains("\u{1B}[")), "a pipe gets no colour")
        // `script` gives the command a terminal, when the system has it.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let command = "'\(NTDiagBinary.url.path)' analyze '\(file)'"
        let terminal = try NTDiagBinary.runProgram("/usr/bin/script", ["-qec", command, "/dev/null"], environment: ["NO_COLOR": ""])
        #expect(terminal.stdout.contains("\u{1B}[1m"))
        let noColor = try NTDiagBinary.runProgram("/usr/bin/script", ["-qec", command, "/dev/null"], environment: ["NO_COLOR": "1"])
        #expect(noColor.stdout.contains("SP4SRV1") && !noColor.stdout.contains("\u{1B}["))
    }
}

@Suite("ntdiag rules")
struct RulesCommandTests {
    @Test func testRunsEveryCaseOfTheShippedRules() throws {
        let result = try NTDiagBinary.run(["rules", "test"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("cases passed in 96 rules"))
    }

    @Test func testExitsNonZeroWhenACaseFails() throws {
        let directory = try RulesCommandTests.directory(with: RulesCommandTests.failingRule)
        let result = try NTDiagBinary.run(["rules", "test", directory])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Q100001.yaml:20: Q100001 test 'wrong on purpose': expected confirmed, got none"))
    }

    @Test func validateReportsFileAndLine() throws {
        let directory = try RulesCommandTests.directory(with: "id: Q100001\ntitle: t\nsumary: s\n")
        let result = try NTDiagBinary.run(["rules", "validate", directory])
        #expect(result.status == 2)
        #expect(result.stdout.contains("Q100001.yaml:3: unknown key 'sumary' in a rule (did you mean 'summary'?)"))
        #expect(try NTDiagBinary.run(["rules", "validate", "Rules"]).status == 0)
    }

    @Test func listAndShow() throws {
        let list = try NTDiagBinary.run(["rules", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("Q196745"))
        let show = try NTDiagBinary.run(["rules", "show", "q184744"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("architecture is alpha"))
        #expect(try NTDiagBinary.run(["rules", "show", "Q1"]).status == 64)
    }

    @Test func rulesWorkFromAnyDirectory() throws {
        let process = Process()
        process.executableURL = NTDiagBinary.url
        process.arguments = ["rules", "list"]
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self).contains("Q184744"))
    }

    static let failingRule = """
    id: Q100001
    title: test
    summary: s
    remedy: r
    severity: low
    symptoms:
      - event: { source: Srv, id: 2020 }
    fixed_in: SP4
    tests:
      - name: right
        facts: { service_pack: 3 }
        events:
          - { time: 1999-03-01T08:00:00, source: Srv, id: 2020 }
        expect: confirmed
      - name: negative
        facts: { service_pack: 4 }
        events:
          - { time: 1999-03-01T08:00:00, source: Srv, id: 2020 }
        expect: ruled-out
      - name: wrong on purpose
        facts: { service_pack: 3 }
        events:
          - { time: 1999-03-01T08:00:00, source: Srv, id: 2019 }
        expect: confirmed
    """

    static func directory(with rule: String) throws -> String {
        let directory = try ScratchFolder.make("rules")
        try rule.write(to: directory.appendingPathComponent("Q100001.yaml"), atomically: true, encoding: .utf8)
        return directory.path
    }
}
