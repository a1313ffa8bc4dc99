import Foundation
import Testing
import TestSupport

/// `ntdiag audit` end to end on `SampleLogs/fleet`, its formats, its exit codes, its progress
/// line, and `analyze --format html|csv` on a hostile log.
@Suite("ntdiag audit")
struct AuditCommandTests {
    static let fleet = "SampleLogs/fleet"
    static let inventory = "SampleLogs/fleet/inventory.yaml"

    static func temporaryDirectory() throws -> String {
        try ScratchFolder.make("audit-cli").path
    }

    @Test func theSampleFleet() throws {
        let result = try NTDiagBinary.run(["audit", AuditCommandTests.fleet, "--facts", AuditCommandTests.inventory, "--format", "json"])
        #expect(result.status == 1)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let hosts = try #require(root["hosts"] as? [[String: Any]])
        #expect(hosts.compactMap { $0["computer"] as? String } == ["DHCP01", "FILESRV1", "MQ01", "PRINT01", "sql01.corp.example", "WS07"])
        let fleet = try #require(root["fleet"] as? [String: Any])
        #expect(fleet["summary"] as? String
                == "SP6a on 5 of 6 machines (minimum SP4 on 3, SP6 on 1, SP6a on 1); hotfix Q325646 on 1; nothing to install on 1")
        #expect((root["skipped"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
                == ["SampleLogs/fleet/README.txt", "SampleLogs/fleet/inventory.yaml"])
        let duplicates = try #require((root["duplicates"] as? [[String: Any]])?.first)
        #expect(duplicates["path"] as? String == "SampleLogs/fleet/filesrv1/System-1999-04.xml")
        #expect(duplicates["already_in"] as? [String] == ["SampleLogs/fleet/filesrv1/System-1999-03.xml"])
        let fileServer = try #require(hosts.first { $0["computer"] as? String == "FILESRV1" })
        let finding = try #require((fileServer["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "Q196745" && finding["status"] as? String == "confirmed")
        #expect((finding["evidence"] as? [[String: Any]])?.first?["count"] as? Int == 4)
        let formats = (root["inputs"] as? [[String: Any]])?.compactMap { $0["format"] as? String } ?? []
        #expect(Set(formats) == ["event-xml", "evt", "eventviewer-text", "eventviewer-csv", "logparser-csv"])
        let workstation = try #require(hosts.first { $0["computer"] as? String == "WS07" })
        #expect(workstation["files"] as? [String] == ["SampleLogs/fleet/site-b/ws07/System-query.tsv"])
        #expect((root["notes"] as? [String])?.contains("SampleLogs/fleet/site-b/ws07/System-query.tsv names no computer: its events are counted as WS07, after its folder") == true)
        let printServer = try #require(hosts.first { $0["computer"] as? String == "PRINT01" })
        #expect(printServer["files"] as? [String] == ["SampleLogs/fleet/print01/Application.csv", "SampleLogs/fleet/print01/System.txt"])
        #expect(result.stderr.contains("SampleLogs/fleet/site-b/mq01/SysEvent.Evt@0xb00: no record signature"))
        #expect(!result.stderr.contains("audit: "))
    }

    @Test func csvTextAndHTML() throws {
        let csv = try NTDiagBinary.run(["audit", AuditCommandTests.fleet, "--format", "csv", "--quiet"])
        #expect(csv.status == 1)
        #expect(csv.stdout.hasPrefix("host,service_pack,status,rule,kb,title,severity,fixed_in,install,minimum,hotfixes,"))
        #expect(csv.stdout.contains("\r\nPRINT01,SP5,confirmed,Q223791,Q223791,"))
        let text = try NTDiagBinary.run(["audit", AuditCommandTests.fleet, "--format", "text"])
        #expect(text.stdout.hasPrefix("Fleet: 6 machines in 9 files\n"))
        let folder = try AuditCommandTests.temporaryDirectory()
        let html = try NTDiagBinary.run(["audit", AuditCommandTests.fleet, "--output", folder + "/fleet.html"])
        #expect(html.status == 1 && html.stdout.isEmpty)
        let page = try String(contentsOfFile: folder + "/fleet.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("id=\"host-table\""))
    }

    @Test func jobsGiveTheSameReport() throws {
        var pages: Set<String> = []
        for jobs in ["1", "4"] {
            let result = try NTDiagBinary.run(["audit", AuditCommandTests.fleet, "--jobs", jobs, "--format", "html"],
                                              environment: ["SOURCE_DATE_EPOCH": "920246400"])
            #expect(result.status == 1)
            #expect(result.stdout.contains("<time datetime=\"1999-03-01T00:00:00Z\">"))
            pages.insert(result.stdout.replacingOccurrences(of: "--jobs " + jobs, with: "--jobs N"))
        }
        #expect(pages.count == 1)
    }

    @Test func exitCodes() throws {
        let folder = try AuditCommandTests.temporaryDirectory()
        #expect(try NTDiagBinary.run(["audit", folder, "--format", "json"]).status == 2)
        #expect(try NTDiagBinary.run(["audit", folder + "/missing", "--format", "json"]).status == 2)
        #expect(try NTDiagBinary.run(["audit", AuditCommandTests.fleet + "/sql01", "--format", "json"]).status == 0)
        #expect(try NTDiagBinary.run(["audit", AuditCommandTests.fleet + "/sql01", folder + "/missing", "--format", "json"]).status == 2)
        #expect(try NTDiagBinary.run(["audit", AuditCommandTests.fleet, "--jobs", "0"]).status == 64)
        #expect(try NTDiagBinary.run(["audit", AuditCommandTests.fleet, "--template", folder + "/none.mustache"]).status == 64)
        try "{{#hosts}}".write(toFile: folder + "/bad.mustache", atomically: true, encoding: .utf8)
        let bad = try NTDiagBinary.run(["audit", AuditCommandTests.fleet, "--template", folder + "/bad.mustache"])
        #expect(bad.status == 64 && bad.stderr.contains("bad.mustache: not a valid Mustache template"))
        #expect(try NTDiagBinary.run(["audit", AuditCommandTests.fleet, "--output", folder + "/no/such/dir/x.html"]).status == 64)
    }

    @Test func aTemplateReplacesThePage() throws {
        let folder = try AuditCommandTests.temporaryDirectory()
        try "{{% CONTENT_TYPE: NTDIAG_HTML }}{{#hosts}}{{name}}={{recommendation.headline}};{{/hosts}}".write(
            toFile: folder + "/mine.mustache", atomically: true, encoding: .utf8)
        let result = try NTDiagBinary.run(["audit", AuditCommandTests.fleet, "--template", folder + "/mine.mustache", "--format", "html"])
        #expect(result.stdout == "DHCP01=Install Service Pack 6a;FILESRV1=Install Service Pack 6a;MQ01=Install Service Pack 6a;"
                + "PRINT01=Install Service Pack 6a;sql01.corp.example=Nothing to install;WS07=Install Service Pack 6a;")
    }

    @Test func progressOnlyOnATerminal() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let folder = try AuditCommandTests.temporaryDirectory()
        let command = "\(NTDiagBinary.url.path) audit \(AuditCommandTests.fleet) --format json --output \(folder)/a.json"
        let terminal = try NTDiagBinary.runProgram("/usr/bin/script", ["-qec", command, "/dev/null"])
        #expect(terminal.stdout.contains("audit: ") && terminal.stdout.contains(" MB/s, "))
        let quiet = try NTDiagBinary.runProgram("/usr/bin/script", ["-qec", command + " --quiet", "/dev/null"])
        #expect(!quiet.stdout.contains("audit: "))
        // HTML to a terminal goes to a file, and the terminal gets the summary.
        let html = try NTDiagBinary.runProgram("/usr/bin/script", ["-qec", "cd \(folder) && \(NTDiagBinary.url.path) audit \(NTDiagBinary.projectRoot.path)/\(AuditCommandTests.fleet) --quiet", "/dev/null"])
        #expect(html.stdout.contains("Fleet: 6 machines in 9 files") && html.stdout.contains("Report written to ntdiag-audit.html"))
        #expect(FileManager.default.fileExists(atPath: folder + "/ntdiag-audit.html"))
    }

    @Test func hostileTextInALogIsEscaped() throws {
        let folder = try AuditCommandTests.temporaryDirectory()
        let script = "&lt;script&gt;alert(1)&lt;/script&gt;", image = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        let event = { (record: Int, source: String, id: Int, message: String) in
            "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='\(source)'/><EventID>\(id)</EventID>"
                + "<Level>2</Level><TimeCreated SystemTime='1999-03-0\(record)T09:00:00Z'/><EventRecordID>\(record)</EventRecordID>"
                + "<Channel>System</Channel><Computer>\(script)\(image)</Computer></System><EventData><Data>\(image)</Data></EventData>"
                + "<RenderingInfo Culture='en-US'><Message>\(message)</Message></RenderingInfo></Event>"
        }
        let log = "<Events>" + event(1, "EventLog", 6005, "boot " + script)
            + event(2, "Srv" + script + image, 2018, "Srv out of memory " + script + image) + "</Events>"
        try log.write(toFile: folder + "/System.xml", atomically: true, encoding: .utf8)
        let html = try NTDiagBinary.run(["analyze", folder + "/System.xml", "--format", "html"])
        #expect(html.status == 1)
        #expect(html.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.stdout.components(separatedBy: "<script").count == 2)
        #expect(!html.stdout.contains("<img") && !html.stdout.contains("<script>alert"))
        let csv = try NTDiagBinary.run(["analyze", folder + "/System.xml", "--format", "csv"])
        #expect(csv.stdout.contains("\r\n<script>alert(1)</script>\"\"><img src=x onerror=alert(1)>,below SP4,likely,Q164253,") ||
                csv.stdout.contains("\r\n\"<script>alert(1)</script>\"\"><img src=x onerror=alert(1)>\",below SP4,likely,Q164253,"))
    }
}
