import Diagnosis
import EventLog
import Foundation
import Testing
@testable import Reports

/// The CSV report, the fleet part of the JSON report and the fleet summary in text.
@Suite("Fleet reports")
struct FleetReportTests {
    /// RFC 4180 rows (quoted fields may hold commas, quotes and line breaks).
    static func rows(_ csv: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, previousQuote = false
        for character in csv {
            if quoted {
                if character == "\"" { quoted = false; previousQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                if previousQuote { field.append("\"") }
                quoted = true
            case ",": row.append(field); field = ""
            case "\r\n", "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.append(character)
            }
            previousQuote = false
        }
        return rows
    }

    @Test func csvHasOneRowPerFindingAndEveryMachine() {
        let result = ReportFixtures.fleet()
        let rows = FleetReportTests.rows(DiagnosisCSV.render(result))
        #expect(rows.first == DiagnosisCSV.header)
        let body = rows.dropFirst()
        #expect(body.count == result.hosts.reduce(0) { $0 + max(1, $1.findings.count) })
        #expect(body.allSatisfy { $0.count == DiagnosisCSV.header.count })
        let fileServer = body.first { $0[0] == "FILESRV1" && $0[3] == "Q196745" }
        #expect(fileServer?[1] == "below SP4")
        #expect(fileServer?[2] == "likely")
        #expect(fileServer?[7] == "SP4" && fileServer?[8] == "SP6a" && fileServer?[9] == "SP4")
        #expect(fileServer?[11] == "2" && fileServer?[12] == "1999-03-10T09:00:00Z" && fileServer?[13] == "1999-03-11T09:00:00Z")
        #expect(fileServer?[14] == "groups_per_user users")
        #expect(body.first { $0[0] == "SQL01" }?[2] == "none")
        #expect(body.map { $0[0] } == body.map { $0[0] }.sorted())
    }

    @Test func csvFieldsAreNotFormulas() {
        #expect(DiagnosisCSV.spreadsheetSafe("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
        #expect(DiagnosisCSV.spreadsheetSafe("+1") == "'+1")
        #expect(DiagnosisCSV.spreadsheetSafe("@SUM(A1)") == "'@SUM(A1)")
        #expect(DiagnosisCSV.spreadsheetSafe("-cmd") == "'-cmd")
        #expect(DiagnosisCSV.spreadsheetSafe("-5") == "-5")
        #expect(DiagnosisCSV.spreadsheetSafe("NTSRV01") == "NTSRV01")
    }

    @Test func auditJSONHasTheFleetRollUp() throws {
        let json = DiagnosisJSON.render(ReportFixtures.fleet())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((root["hosts"] as? [[String: Any]])?.compactMap { $0["computer"] as? String } == ["FILESRV1", "PRINT01", "SQL01"])
        let fleet = try #require(root["fleet"] as? [String: Any])
        #expect(fleet["hosts"] as? Int == 3)
        #expect(fleet["summary"] as? String == "SP6a on 2 of 3 machines (minimum SP4 on 1, SP6 on 1); nothing to install on 1")
        let install = try #require((fleet["install"] as? [[String: Any]])?.first)
        #expect(install["service_pack"] as? String == "SP6a" && install["hosts"] as? [String] == ["FILESRV1", "PRINT01"])
        #expect((fleet["minimum"] as? [[String: Any]])?.compactMap { $0["service_pack"] as? String } == ["SP4", "SP6"])
        #expect(fleet["nothing_to_install"] as? [String] == ["SQL01"])
        #expect((fleet["service_packs"] as? [[String: Any]])?.compactMap { $0["service_pack"] as? String } == ["below SP4", "SP5", "SP6 or SP6a"])
        let defect = try #require((fleet["defects"] as? [[String: Any]])?.first { $0["rule"] as? String == "Q223791" })
        #expect(defect["confirmed"] as? [String] == ["PRINT01"] && defect["fixed_in"] as? String == "SP6")
        #expect((root["skipped"] as? [[String: Any]])?.first?["path"] as? String == "fleet/README.txt")
        #expect((root["duplicates"] as? [[String: Any]])?.first?["events"] as? Int == 4)
        // Analyze's JSON has none of these.
        var single = ReportFixtures.fleet()
        single.discovery = nil
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(DiagnosisJSON.render(single).utf8)) as? [String: Any])
        #expect(plain["fleet"] == nil && plain["skipped"] == nil)
    }

    @Test func textStartsWithTheFleet() {
        let text = FleetText.render(ReportFixtures.fleet())
        #expect(text.hasPrefix("Fleet: 3 machines in 3 files\n  SP6a on 2 of 3 machines (minimum SP4 on 1, SP6 on 1); nothing to install on 1.\n"))
        #expect(text.contains("  Install SP6a: FILESRV1, PRINT01\n"))
        #expect(text.contains("  skipped fleet/README.txt: not an event log\n"))
        #expect(text.contains("fleet/filesrv1/System-2.xml: 4 events already read from fleet/filesrv1/System.xml, counted once"))
        #expect(text.contains("\nFILESRV1: 3 events"))
    }
}
