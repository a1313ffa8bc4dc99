import Foundation
import History
import Testing
import TestSupport

/// The history end to end, through the binary: weekly exports that only together show a leak,
/// noise that shows none, re-imports that change nothing, broken databases, `ntdiag history`.
@Suite("ntdiag analyze --history and ntdiag history", .serialized)
struct HistoryCommandTests {
    static let weeks = ["08", "15", "22", "29"].map { "SampleLogs/history/FILESRV2-System-1999-03-\($0).txt" }
    static let inventory = "SampleLogs/history/inventory.yaml"

    static func folder() throws -> String {
        try ScratchFolder.make("history-cli").path
    }

    /// The status of a rule on FILESRV2 in a JSON report, and the finding itself.
    static func finding(_ json: String, rule: String) throws -> [String: Any]? {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let host = try #require((root["hosts"] as? [[String: Any]])?.first { $0["computer"] as? String == "FILESRV2" })
        return (host["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == rule }
    }

    static func analyze(_ files: [String], history: String?, extra: [String] = []) throws -> NTDiagBinary.Result {
        try NTDiagBinary.run(["analyze", "--format", "json", "--facts", inventory] + (history.map { ["--history", $0] } ?? []) + extra + files)
    }

    @Test func fourWeeklyExportsTogetherShowWhatNoneShowsAlone() throws {
        for week in Self.weeks {
            let alone = try Self.analyze([week], history: try Self.folder() + "/alone.sqlite")
            #expect(try Self.finding(alone.stdout, rule: "Q196745")?["status"] as? String == "likely", "\(week)")
        }
        let database = try Self.folder() + "/history.sqlite"
        var statuses: [String] = []
        for week in Self.weeks {
            let run = try Self.analyze([week], history: database)
            #expect(run.status == 1, "\(run.stderr)")
            statuses.append(try Self.finding(run.stdout, rule: "Q196745")?["status"] as? String ?? "none")
        }
        #expect(statuses == ["likely", "likely", "likely", "confirmed"])
        let text = try NTDiagBinary.run(["analyze", "--facts", Self.inventory, "--history", database, Self.weeks[3]])
        #expect(text.stdout.contains("weekly counts 1, 2, 4, 7 over 4 weeks from 1999-03-01: rising"))
        #expect(text.stdout.contains("Q196745  1999-03-01: 1, 1999-03-08: 2, 1999-03-15: 4, 1999-03-22: 7"))
        #expect(text.stdout.contains("these logs were recorded before (run 4"))
    }

    /// The weekly routine with audits: each week's folder (an export and that week's counter
    /// log) audited into one history; the fourth audit confirms what no week shows alone, and
    /// auditing a week again adds nothing.
    @Test func weeklyAuditsRememberToo() throws {
        let database = try Self.folder() + "/history.sqlite"
        var statuses: [String] = []
        var folder = ""
        for week in Self.weeks {
            folder = try Self.folder()
            try FileManager.default.copyItem(atPath: week, toPath: folder + "/" + (week as NSString).lastPathComponent)
            let run = try NTDiagBinary.run(["audit", "--quiet", "--format", "json", "--facts", Self.inventory, "--history", database, folder])
            #expect(run.status == 1, "\(run.stderr)")
            statuses.append(try Self.finding(run.stdout, rule: "Q196745")?["status"] as? String ?? "none")
        }
        #expect(statuses == ["likely", "likely", "likely", "confirmed"])
        let before = try HistoryStore(path: database).contents()
        let again = try NTDiagBinary.run(["audit", "--quiet", "--format", "text", "--facts", Self.inventory, "--history", database, folder])
        #expect(again.status == 1, "\(again.stderr)")
        let after = try HistoryStore(path: database).contents()
        let observations = { (lines: [String]) in lines.filter { line in !["runs:", "run_hosts:", "facts:", "findings:"].contains { line.hasPrefix($0) } } }
        #expect(observations(after) == observations(before), "the second audit of a week added observations")
        #expect(again.stdout.contains("recorded before"))
    }

    @Test func anAuditReadsCounterLogsInItsFolders() throws {
        let run = try NTDiagBinary.run(["audit", "--quiet", "--format", "json", "--facts", Self.inventory, "SampleLogs/history"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(try Self.finding(run.stdout, rule: "Q196745")?["status"] as? String == "confirmed")
        #expect(run.stdout.contains("Pool Paged Bytes"))
    }

    @Test func reimportingChangesNothing() throws {
        let database = try Self.folder() + "/history.sqlite"
        for week in Self.weeks { _ = try Self.analyze([week], history: database) }
        let before = try HistoryStore(path: database).contents()
        _ = try Self.analyze([Self.weeks[2]], history: database)
        _ = try Self.analyze(Array(Self.weeks.reversed()), history: database)
        _ = try Self.analyze(Self.weeks, history: database)
        let after = try HistoryStore(path: database).contents()
        let observations = { (lines: [String]) in lines.filter { line in !["runs:", "run_hosts:", "facts:", "findings:"].contains { line.hasPrefix($0) } } }
        #expect(observations(after) == observations(before))
        // Reading all four at once is a new run (other inputs), but adds no observation.
        #expect(after.filter { $0.hasPrefix("runs:") }.count == 5)
        _ = try Self.analyze(Self.weeks, history: database)
        #expect(try HistoryStore(path: database).contents() == after)
    }

    @Test func noiseWeekAfterWeekIsNotARise() throws {
        let folder = try Self.folder()
        let database = folder + "/history.sqlite"
        var last = ""
        for (week, count) in [3, 2, 3, 2].enumerated() {
            let path = folder + "/week\(week).txt"
            try WeeklyExport.text(week: week, srv2020: count).write(toFile: path, atomically: true, encoding: .utf8)
            last = try Self.analyze([path], history: database).stdout
        }
        let finding = try #require(try Self.finding(last, rule: "Q196745"))
        #expect(finding["status"] as? String == "likely")
        let evidence = try #require(finding["evidence"] as? [[String: Any]])
        #expect(evidence.contains { ($0["details"] as? [String])?.contains { $0.contains("weekly counts 3, 2, 3, 2") && $0.contains("not rising") } == true })
    }

    /// The HTML report draws the trends: the paged pool's chart with its projected exhaustion,
    /// and the weekly counts of Srv 2020 as bars.
    @Test func theHTMLReportDrawsTheTrends() throws {
        let run = try NTDiagBinary.run(["analyze", "--format", "html", "--facts", Self.inventory, "SampleLogs/history/FILESRV2-memory.csv"] + Self.weeks)
        #expect(run.status == 1, "\(run.stderr)")
        let trends = try #require(run.stdout.range(of: "<section class=\"trends\"").map { String(run.stdout[$0.lowerBound...]) })
        let section = trends.components(separatedBy: "</section>").first ?? ""
        #expect(section.contains("<figure class=\"trend rising\">"))
        #expect(section.contains("Memory\\Pool Paged Bytes</span> rose steadily"))
        #expect(section.contains("exhausted ≈ 1999-05-10"))
        #expect(section.components(separatedBy: "<svg").count - 1 >= 4 + 4)
        #expect(section.contains("<th scope=\"row\" class=\"mono\">1999-03-22</th><td class=\"num\">7</td>"))
    }

    @Test func weeklyCounterLogsTogetherShowTheLeak() throws {
        let folder = try Self.folder()
        let database = folder + "/history.sqlite"
        var statuses: [String] = []
        for week in 0..<4 {
            let path = folder + "/memory-week\(week).csv"
            try WeeklyExport.perfmon(week: week).write(toFile: path, atomically: true, encoding: .utf8)
            let alone = try Self.analyze([path], history: folder + "/alone\(week).sqlite")
            #expect(try Self.finding(alone.stdout, rule: "Q196745")?["status"] as? String == "exposed")
            let run = try Self.analyze([path], history: database)
            statuses.append(try Self.finding(run.stdout, rule: "Q196745")?["status"] as? String ?? "none")
        }
        #expect(statuses == ["exposed", "exposed", "confirmed", "confirmed"])
    }

    @Test func aPerfmonLogProjectsTheExhaustion() throws {
        let run = try Self.analyze(["SampleLogs/history/FILESRV2-memory.csv"], history: nil)
        #expect(run.status == 1)
        #expect(try Self.finding(run.stdout, rule: "Q196745")?["status"] as? String == "confirmed")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let host = try #require((root["hosts"] as? [[String: Any]])?.first)
        let counters = try #require((host["trends"] as? [String: Any])?["counters"] as? [[String: Any]])
        let paged = try #require(counters.first { $0["counter"] as? String == "Memory\\Pool Paged Bytes" })
        #expect(paged["rising"] as? Bool == true && (paged["exhaustion"] as? String)?.hasPrefix("1999-05") == true)
        #expect((paged["chart_svg"] as? String)?.hasPrefix("<svg ") == true)
        #expect((paged["limit"] as? [String: Any])?["assumed"] as? Bool == false)
    }

    @Test func aBrokenDatabaseIsExitTwoWithTheReportStillWritten() throws {
        let folder = try Self.folder()
        let notes = folder + "/notes.txt"
        try "not a database\n".write(toFile: notes, atomically: true, encoding: .utf8)
        let run = try NTDiagBinary.run(["analyze", "--history", notes, Self.weeks[0]])
        #expect(run.status == 2)
        #expect(run.stderr.contains("is not an ntdiag history database"))
        #expect(run.stdout.contains("FILESRV2"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "not a database\n")
        let input = try NTDiagBinary.run(["analyze", "--history", Self.weeks[0], Self.weeks[0]])
        #expect(input.status == 2 && input.stderr.contains("is one of the logs being read"))
        let missing = try NTDiagBinary.run(["history", "hosts", "--db", folder + "/none.sqlite"])
        #expect(missing.status == 2 && missing.stderr.contains("no history database"))
    }

    @Test func historySubcommands() throws {
        let folder = try Self.folder()
        let database = folder + "/history.sqlite"
        for week in Self.weeks { _ = try Self.analyze([week], history: database) }
        let hosts = try NTDiagBinary.run(["history", "hosts", "--db", database])
        #expect(hosts.status == 0 && hosts.stdout.contains("FILESRV2") && hosts.stdout.contains("1999-03-01T09:38:50 ") && hosts.stdout.contains("1999-03-29T07:36:33 "))
        let audits = try NTDiagBinary.run(["history", "audits", "--db", database, "--format", "json"])
        let runs = try #require(try JSONSerialization.jsonObject(with: Data(audits.stdout.utf8)) as? [[String: Any]])
        #expect(runs.count == 4 && runs.last?["open_findings"] as? Int == 1)
        let show = try NTDiagBinary.run(["history", "show", "filesrv2.corp.example", "--db", database])
        #expect(show.status == 0)
        #expect(show.stdout.contains("1999-03-22") && show.stdout.contains("Q196745 confirmed") && show.stdout.contains("Q196745 likely"))
        let unknown = try NTDiagBinary.run(["history", "show", "NOPE", "--db", database])
        #expect(unknown.status == 2 && unknown.stderr.contains("no machine named NOPE"))
        let prune = try NTDiagBinary.run(["history", "prune", "--keep", "2", "--db", database])
        #expect(prune.status == 0 && prune.stdout.contains("Removed 2 runs"))
        let defaultPlace = try NTDiagBinary.run(["analyze", "--history", "default", Self.weeks[0]], environment: ["XDG_DATA_HOME": folder + "/data"])
        #expect(defaultPlace.stdout.contains(folder + "/data/ntdiag/history.sqlite"))
        #expect(FileManager.default.fileExists(atPath: folder + "/data/ntdiag/history.sqlite"))
    }
}

/// Weekly exports made up for the tests: NT 4.0 Event Viewer text of FILESRV2 and PDH CSV logs
/// of its paged pool.
enum WeeklyExport {
    /// One week from Monday 1 March 1999 + `week` weeks, newest first, with `srv2020` errors on
    /// its Tuesday and Wednesday and a print job every day; no boot.
    static func text(week: Int, srv2020: Int) -> String {
        var lines: [(Int, String)] = []
        for day in 0..<7 {
            lines.append((day * 24 + 11, "Print\tInformation\tNone\t10\tFILESRV2\\maria\tFILESRV2\tDocument 1, Plan.doc owned by maria was printed on LASER1. "))
        }
        for i in 0..<srv2020 {
            lines.append((24 + 10 + i * 5, "Srv\tError\tNone\t2020\tN/A\tFILESRV2\tThe server was unable to allocate from the system paged pool because the pool was empty. "))
        }
        return lines.sorted { $0.0 > $1.0 }.map { hours, rest in
            let day = 1 + week * 7 + hours / 24, hour = hours % 24
            return "3/\(day)/99\t\(hour % 12 == 0 ? 12 : hour % 12):00:00 \(hour < 12 ? "AM" : "PM")\t" + rest
        }.joined(separator: "\r\n") + "\r\n"
    }

    /// Seven days of FILESRV2's paged pool every 30 minutes, rising 0.6 MB a day under a daily
    /// swing of 4 MB: one week alone is too short to judge (the rule asks for 14 days).
    static func perfmon(week: Int) -> String {
        var rows = ["\"(PDH-CSV 4.0) (W. Europe Standard Time)(-60)\",\"\\\\FILESRV2\\Memory\\Pool Paged Bytes\""]
        for step in 0..<(7 * 48) {
            let halfHours = week * 7 * 48 + step
            let days = Double(halfHours) / 48
            let swing = sin(Double(halfHours % 48) / 48 * 2 * .pi) * 2 * 1_048_576
            let value = 22 * 1_048_576 + days * 0.6 * 1_048_576 + swing
            let day = 1 + halfHours / 48, minutes = (halfHours % 48) * 30
            let stamp = String(format: "03/%02d/1999 %02d:%02d:00.000", day, minutes / 60, minutes % 60)
            rows.append("\"\(stamp)\",\"\(Int(value))\"")
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }
}
