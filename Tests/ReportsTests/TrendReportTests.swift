import Diagnosis
import EventLog
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Reports

@Suite("Trend charts and sections")
struct TrendReportTests {
    static func trend(rising: Bool) -> CounterTrend {
        var series = CounterSeries(isUTC: true)
        for hour in 0..<(21 * 24) {
            let wobble = Double((hour * 7919) % 23 - 11) * 40_000
            series.add(seconds: 920_246_400 + Int64(hour) * 3600, value: 30 * 1_048_576 + (rising ? Double(hour) * 30_000 : 0) + wobble)
        }
        var facts = FactSheet()
        facts.give(Fact(name: "paged_pool_limit", value: .text("64MB"), source: .testCase))
        return CounterTrend.analyse("Memory\\Pool Paged Bytes", series: series, boots: [], facts: facts)
    }

    @Test func chartIsSelfContainedSVGWithTheFitAndTheExhaustion() throws {
        let trend = Self.trend(rising: true)
        #expect(trend.rising && trend.exhaustion != nil)
        let svg = TrendChartSVG.render(trend)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.hasSuffix("</svg>"))
        #expect(svg.contains("<polyline") && svg.contains("<polygon") && svg.contains("limit 64 MB") && svg.contains("exhausted ≈ 1999-"))
        #expect(!svg.contains("<script") && !svg.contains("href"))
        let document = try XMLDocument(xmlString: svg)
        #expect(document.rootElement()?.name == "svg")
        #expect(svg == TrendChartSVG.render(trend))
        let flat = TrendChartSVG.render(Self.trend(rising: false))
        #expect(!flat.contains("exhausted") && !flat.contains("limit 64"))
    }

    @Test func sparklineFollowsTheValues() {
        #expect(Sparkline.render([1, 2, 3, 4, 5, 6, 7, 8]) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.render([5, 5, 5]) == "▁▁▁")
        #expect(Sparkline.render([]) == "" && Sparkline.render((0..<500).map(Double.init), width: 10).count == 10)
    }

    @Test func textAndJSONCarryTheTrends() throws {
        var trends = HostTrends()
        trends.counters = [Self.trend(rising: true)]
        trends.earlierRuns = 2
        let text = TrendsText.render(trends, style: TextStyle()).joined(separator: "\n")
        #expect(text.contains("Trends (with 2 earlier runs from the history)") && text.contains("rose steadily") && text.contains("reaches 64 MB around"))
        let json = TrendsJSON.render(trends).rendered()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let counter = try #require((object["counters"] as? [[String: Any]])?.first)
        #expect(counter["rising"] as? Bool == true && ((counter["points"] as? [Any])?.count ?? 0) == 252)
        #expect((counter["chart_svg"] as? String)?.hasPrefix("<svg") == true && counter["exhaustion"] is String)
    }
}
