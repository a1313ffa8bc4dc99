import Foundation
import Testing
import TestSupport

/// `ntdiag analyze --facts FILE` without logs: a patch scanner over an inventory.
@Suite("ntdiag analyze, facts only")
struct FactsOnlyCheckTests {
    static let fleet = "SampleLogs/inventory/fleet-inventory.yaml"

    @Test func everyHostOfTheInventoryIsCheckedAndExposedFindingsRecommended() throws {
        let result = try NTDiagBinary.run(["analyze", "--facts", FactsOnlyCheckTests.fleet, "--format", "json"])
        #expect(result.status == 1, "something is recommended")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((root["inputs"] as? [Any])?.isEmpty == true)
        let hosts = try #require(root["hosts"] as? [[String: Any]])
        #expect(hosts.map { $0["computer"] as? String } == ["DHCPALPHA1", "FILESRV1", "LAB7", "RAS1", "WINS1"])
        let statuses = Set(hosts.flatMap { ($0["findings"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String } })
        #expect(statuses == ["exposed"])
        let alpha = try #require(hosts.first)
        #expect((alpha["findings"] as? [[String: Any]])?.contains { $0["rule"] as? String == "Q184744" } == true)
        #expect((alpha["recommendation"] as? [String: Any])?["install"] as? String == "SP6a")
        let lab = try #require(hosts.first { $0["computer"] as? String == "LAB7" })
        #expect((lab["findings"] as? [Any])?.isEmpty == true)
    }

    @Test func textSaysNoLogsWereRead() throws {
        let result = try NTDiagBinary.run(["analyze", "--facts", FactsOnlyCheckTests.fleet])
        #expect(result.stdout.contains("5 machines checked from their facts alone (no logs read)"))
        #expect(result.stdout.contains("DHCPALPHA1: facts only"))
        #expect(result.stdout.contains("EXPOSED"))
    }

    @Test func aPatchedMachineExitsZero() throws {
        let result = try NTDiagBinary.run(["analyze", "--fact", "service_pack=6a", "--fact", "architecture=alpha", "--fact", "hotfixes=Q246009"])
        #expect(result.status == 0, "nothing read on purpose is not 'nothing read': \(result.stderr)")
        #expect(result.stdout.contains("(every machine): facts only"))
    }

    @Test func factsAloneOnAnOldMachineExitOne() throws {
        let result = try NTDiagBinary.run(["analyze", "--fact", "service_pack=3", "--fact", "architecture=alpha", "--fact", "services=DHCP Server"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Q184744"))
    }

    @Test func aBrokenInventoryStillExitsTwo() throws {
        let file = try ScratchFolder.file("broken.yaml")
        try "hosts:\n  NT1:\n    service_pack: SP9\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try NTDiagBinary.run(["analyze", "--facts", file.path])
        #expect(result.status == 2)
    }

    @Test func neitherLogsNorFactsIsAUsageError() throws {
        let result = try NTDiagBinary.run(["analyze"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("facts-only check"))
    }
}
