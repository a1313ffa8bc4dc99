import Diagnosis
import Foundation
import EventLog
import Testing
@testable import Reports

/// The HTML report, parsed back with libxml2's HTML parser: every machine, finding and
/// recommendation is on the page, and text from a hostile log is escaped everywhere.
@Suite("HTML report")
struct HTMLReportTests {
    static func page(_ result: DiagnosisResult) throws -> (html: String, document: HTMLDocument) {
        let html = HTMLReport.render(result, header: ReportFixtures.header)
        return (html, try #require(HTMLDocument(html)))
    }

    @Test func everyMachineFindingAndRecommendationIsThere() throws {
        let result = ReportFixtures.fleet(facts: ["FILESRV1:users=450"])
        let (_, document) = try HTMLReportTests.page(result)
        let hosts = document.all("article", class: "host")
        #expect(hosts.map { $0.all("h3").first?.text } == result.hosts.map(\.computer))
        for (article, host) in zip(hosts, result.hosts) {
            #expect(article.all("article", class: "finding").count == host.findings.count)
            for status in FindingStatus.allCases {
                let expected = host.findings.filter { $0.status == status }.count
                #expect(article.all("article", class: "status-\(status.rawValue)").count == expected)
            }
            let headline = try #require(article.all("p", class: "verdict-head").first).text
            if let install = host.recommendation.install {
                #expect(headline == "Install \(install.longName)")
            } else {
                #expect(headline == "Nothing to install")
            }
            #expect(article.all("ul", class: "resolves").first?.all("li").count ?? 0 == host.recommendation.resolves.count)
            let differentials = article.all("div", class: "differential")
            #expect(differentials.map { $0.all("li").count } == host.differentials.map(\.candidates.count))
        }
        let rows = try #require(document.element(id: "host-table")).all("tbody").first?.all("tr") ?? []
        #expect(rows.count == result.hosts.count)
        for (row, host) in zip(rows, result.hosts) {
            let cells = row.children
            #expect(cells.first?.text == host.computer)
            #expect(cells[2].text == (host.recommendation.install?.description ?? "—"))
            #expect(cells[5].text == String(host.findings.filter { $0.status == .confirmed }.count))
        }
        let fleet = FleetSummary(hosts: result.hosts)
        let bars = try #require(document.element(id: "fleet")).all("li", class: "bar")
        let install = try #require(bars.first { $0.all("span", class: "bar-label").first?.text == "Install SP6a" })
        #expect(install.all("span", class: "bar-count").first?.text == "\(fleet.installs[0].hosts.count) of \(result.hosts.count)")
        #expect(install.all("a").map(\.text) == fleet.installs[0].hosts.sorted())
        #expect(document.all("p", class: "lead").first?.text == fleet.sentence + ".")
    }

    @Test func theHeaderFilesAndTimelineAreThere() throws {
        let result = ReportFixtures.fleet()
        let (html, document) = try HTMLReportTests.page(result)
        #expect(document.all("code").first?.text == "ntdiag audit fleet --format html")
        #expect(html.contains("1970-01-01T00:00:00Z") && html.contains("ntdiag 9.9.9") && html.contains("29 known defects"))
        let inputs = document.all("table", class: "inputs").first?.all("tbody").first?.all("tr") ?? []
        #expect(inputs.map { $0.children.first?.text } == result.inputs.map(\.path))
        // Paths under the audited folder are shown relative to it.
        let files = try #require(document.element(id: "files")?.text)
        #expect(files.contains("In fleet:") && files.contains("README.txt: not an event log"))
        #expect(files.contains("filesrv1/System-2.xml: 4 events already in filesrv1/System.xml"))
        let timeline = try #require(document.element(id: "host-1")?.all("section", class: "timeline").first)
        #expect(timeline.all("svg").count == timeline.all("div", class: "tl-row").count - 1)
        #expect(timeline.all("title").contains { $0.text.hasPrefix("Boots: 1 event at 1999-03-01T08:00:00Z") })
    }

    @Test func hostileLogTextIsEscapedEverywhere() throws {
        let result = ReportFixtures.hostile()
        let (html, document) = try HTMLReportTests.page(result)
        // One script element, ours; no image; no event-handler attribute anywhere.
        let scripts = document.all("script")
        #expect(scripts.count == 1)
        #expect(scripts.first?.text.trimmingCharacters(in: .whitespacesAndNewlines) == HTMLScript.javaScript.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(document.all("img").isEmpty)
        #expect(document.elements.allSatisfy { $0.attributes.allSatisfy { !$0.name.lowercased().hasPrefix("on") } })
        #expect(!html.contains(ReportFixtures.script) && !html.contains("<img"))
        // The text is there, as text: in the machine's heading, the evidence and the facts.
        let host = try #require(document.all("article", class: "host").first)
        #expect(host.all("h3").first?.text == ReportFixtures.script + ReportFixtures.image)
        let evidence = host.all("table", class: "events").first?.all("td").map(\.text) ?? []
        #expect(evidence.contains(ReportFixtures.script + ReportFixtures.image))
        #expect(evidence.contains { $0.contains("Message " + ReportFixtures.script) })
        #expect(host.text.contains(ReportFixtures.image + ReportFixtures.script))
        #expect(document.element(id: "files")?.text.contains("unexpected " + ReportFixtures.script) == true)
        var single = result
        single.discovery = nil
        let (singleHTML, singlePage) = try HTMLReportTests.page(single)
        #expect(singlePage.all("title").first?.text == "ntdiag: " + ReportFixtures.script + ReportFixtures.image)
        #expect(singlePage.all("script").count == 1 && singlePage.all("img").isEmpty && !singleHTML.contains("<img"))
    }

    @Test func sharedSymptomsAreComparedAndLinked() throws {
        var session = DiagnosisSession(rules: RuleSet.builtIn())
        session.add(ReportFixtures.event("NTSRV01", "EventLog", 6005, day: 1, record: 1), file: "System.xml")
        session.add(ReportFixtures.event("NTSRV01", "Save Dump", 1001, day: 2, record: 2,
                                         strings: ["0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000000)", "Microsoft Windows NT [v15.1381]"]),
                    file: "System.xml")
        let result = session.finish(inputs: [])
        let host = try #require(result.hosts.first)
        let differential = try #require(host.differentials.first)
        let (_, document) = try HTMLReportTests.page(result)
        let shown = try #require(document.all("div", class: "differential").first)
        #expect(shown.all("p").first?.text.hasPrefix(differential.symptom) == true)
        let links = shown.all("a").compactMap { $0.attribute("href") }
        #expect(links.count == differential.candidates.count)
        #expect(links.allSatisfy { href in document.element(id: String(href.dropFirst()))?.hasClass("finding") == true })
    }

    @Test func aFactsOnlyCheckSaysSoAndHasNoFiles() throws {
        var given = GivenFacts()
        if case .success(let parsed) = FactArgument.parse("NTSRV01:architecture=alpha") { given.add([parsed.fact], host: "NTSRV01") }
        let result = DiagnosisSession(rules: RuleSet.builtIn(), given: given).finishWithoutLogs()
        let (_, document) = try HTMLReportTests.page(result)
        #expect(document.all("p", class: "intro").first?.text.hasPrefix("A facts-only check: no logs were read.") == true)
        #expect(document.all("p", class: "alert").isEmpty && document.element(id: "files") == nil)
        #expect(document.all("article", class: "host").count == result.hosts.count)
        let ids = Set(document.elements.compactMap { $0.attribute("id") })
        #expect(document.all("a").allSatisfy { ids.contains(String($0.attribute("href")?.dropFirst() ?? "")) })
    }

    @Test func thePageNeedsNothingFromTheNetwork() throws {
        let (html, document) = try HTMLReportTests.page(ReportFixtures.fleet())
        #expect(!html.contains("http:") && !html.contains("https:") && !html.contains("url(") && !html.contains("@import"))
        #expect(document.elements.allSatisfy { $0.attribute("src") == nil })
        #expect(document.all("a").allSatisfy { $0.attribute("href")?.hasPrefix("#") == true })
        #expect(document.all("link").isEmpty && document.all("iframe").isEmpty && document.all("object").isEmpty)
        // Every link leads somewhere on the page.
        let ids = Set(document.elements.compactMap { $0.attribute("id") })
        #expect(document.all("a").allSatisfy { ids.contains(String($0.attribute("href")?.dropFirst() ?? "")) })
    }

    @Test func controlCharactersBecomeReplacementCharacters() {
        #expect(HTMLEscaping.escape("a\u{0}b\u{1B}c\u{85}d\te\nf'g\"h&i<j>k") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\te\nf&#39;g&quot;h&amp;i&lt;j&gt;k")
    }

    @Test func theSameResultGivesTheSamePage() {
        let first = HTMLReport.render(ReportFixtures.fleet(), header: ReportFixtures.header)
        #expect(first == HTMLReport.render(ReportFixtures.fleet(), header: ReportFixtures.header))
    }

    @Test func aTemplateCanReplaceThePageAndReuseItsParts() throws {
        let template = try HTMLTemplate(text: "{{% CONTENT_TYPE: NTDIAG_HTML }}<h1>{{title}}</h1>{{#hosts}}<p>{{name}}: {{verdict}}</p>{{/hosts}}<style>{{> style}}</style>",
                                        path: "mine.mustache")
        let html = HTMLReport.render(ReportFixtures.hostile(), header: ReportFixtures.header, template: template)
        #expect(html.hasPrefix("<h1>ntdiag audit: 1 machine</h1><p>&lt;script&gt;"))
        #expect(html.contains(":root {"))
        #expect(throws: HTMLTemplateError.self) { try HTMLTemplate(text: "{{#hosts}}unclosed", path: "bad.mustache") }
    }

    @Test func analyzeHasNoFleetSection() throws {
        var result = ReportFixtures.fleet()
        result.discovery = nil
        let (_, document) = try HTMLReportTests.page(result)
        #expect(document.element(id: "fleet") == nil)
        #expect(document.all("article", class: "host").count == 3)
    }
}
