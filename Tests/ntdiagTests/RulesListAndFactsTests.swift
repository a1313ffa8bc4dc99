import Foundation
import Testing
import TestSupport

/// `ntdiag rules list` filters and counts, `rules show`, and `rules facts` with its template.
@Suite("ntdiag rules list, show, facts")
struct RulesListAndFactsTests {
    @Test func listShowsEveryRuleAndFilters() throws {
        let all = try NTDiagBinary.run(["rules", "list"])
        #expect(all.status == 0)
        #expect(all.stdout.contains("96 of 96 rules"))
        let dhcp = try NTDiagBinary.run(["rules", "list", "--service", "DHCP Server"])
        #expect(dhcp.stdout.contains("Q184744") && dhcp.stdout.contains("Q216793") && !dhcp.stdout.contains("Q196745"))
        let sp4Stops = try NTDiagBinary.run(["rules", "list", "--fixed-in", "SP4", "--symptom", "stop"])
        #expect(sp4Stops.stdout.contains("Q192765") && !sp4Stops.stdout.contains("Q196745") && !sp4Stops.stdout.contains("Q229502"))
        let hotfixes = try NTDiagBinary.run(["rules", "list", "--fixed-in", "hotfix"])
        #expect(hotfixes.stdout.contains("Q293841") && hotfixes.stdout.contains("11 of 96 rules"))
        let zeroA = try NTDiagBinary.run(["rules", "list", "--stop", "0A"])
        #expect(zeroA.stdout.contains("Q186805") && !zeroA.stdout.contains("Q184744"))
    }

    @Test func countsByFixSymptomKindAndService() throws {
        let result = try NTDiagBinary.run(["rules", "list", "--counts"])
        for phrase in ["96 rules", "By fix:", "  SP4 ", "By symptom kind:", "  stop ", "By service:", "  DHCP Server "] {
            #expect(result.stdout.contains(phrase), "missing \(phrase)")
        }
    }

    @Test func badFiltersAreUsageErrors() throws {
        #expect(try NTDiagBinary.run(["rules", "list", "--symptom", "smoke"]).status == 64)
        #expect(try NTDiagBinary.run(["rules", "list", "--stop", "zz"]).status == 64)
    }

    @Test func showReadsLikeProseAndNamesThePeers() throws {
        let result = try NTDiagBinary.run(["rules", "show", "Q186805"])
        #expect(result.status == 0)
        for phrase in ["What the logs show:", "a crash with STOP 0x0000000A in srv.sys", "What must be true of the machine:",
                       "What fixes it: SP4", "Other articles with STOP 0x0000000A, and what tells them apart:", "Q192765 (fixed in SP4): p1 = 0xBAD0B0E4"] {
            #expect(result.stdout.contains(phrase), "missing \(phrase)")
        }
        #expect(!result.stdout.contains("symptoms:"), "not YAML")
    }

    @Test func factsListsWhatTheRulesUseMostDecisiveFirst() throws {
        let result = try NTDiagBinary.run(["rules", "facts"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("FACT") == true)
        #expect(lines.dropFirst().first?.hasPrefix("os_version") == true)
        #expect(result.stdout.contains("crash_driver"))
    }

    @Test func theTemplateIsAValidFactsFileWithEveryCanonicalFact() throws {
        let file = try ScratchFolder.file("template.yaml")
        let result = try NTDiagBinary.run(["rules", "facts", "--write-template", file.path])
        #expect(result.status == 0)
        let text = try String(contentsOf: file, encoding: .utf8)
        for name in ["os_version", "service_pack", "architecture", "processors", "edition", "users", "groups_per_user", "services",
                     "hotfixes", "uptime_days", "crash_driver", "# hosts:"] {
            #expect(text.contains(name), "missing \(name)")
        }
        #expect(text.firstRange(of: "# os_version: decides 96 rules")?.lowerBound ?? text.endIndex < text.firstRange(of: "# services: decides")?.lowerBound ?? text.startIndex)
        // Written as it is, the template gives no fact; with the defaults' lines uncommented it still reads.
        let again = try NTDiagBinary.run(["rules", "facts", "--write-template", file.path])
        #expect(again.status == 64, "never overwrites")
        let uncommented = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("  # "), let colon = line.firstIndex(of: ":"), !line[line.index(line.startIndex, offsetBy: 4)..<colon].contains(" "),
                  !line.contains("decides"), !line.hasSuffix("…") else { return String(line) }
            return "  " + line.dropFirst(4)
        }.joined(separator: "\n")
        let filled = try ScratchFolder.file("filled.yaml")
        try uncommented.write(to: filled, atomically: true, encoding: .utf8)
        let check = try NTDiagBinary.run(["analyze", "--facts", filled.path])
        #expect(check.status != 2, "the filled-in template reads without problems: \(check.stderr)")
    }
}
