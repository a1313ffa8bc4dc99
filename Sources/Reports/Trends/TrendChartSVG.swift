import Diagnosis
import EventLog

/// A counter over time as an inline SVG picture: the hourly range as a band, the mean as a line,
/// the fitted Theil–Sen line over the analysed stretch carried on to the projected exhaustion
/// date, and the limit as a dashed line. A pure function of the trend, with no script and no
/// outside resource, so it can go into an HTML report or a JSON field as it is.
public enum TrendChartSVG {
    public static let width = 640.0
    public static let height = 220.0
    static let margin = (left: 70.0, right: 16.0, top: 16.0, bottom: 34.0)

    public static func render(_ trend: CounterTrend) -> String {
        guard let firstPoint = trend.points.first, let lastPoint = trend.points.last else { return empty(trend.counter) }
        let projected = trend.exhaustion.map { min($0, lastPoint.seconds + max(86_400, 4 * (lastPoint.seconds - firstPoint.seconds))) }
        let start = Double(firstPoint.seconds)
        let end = Double(max(lastPoint.seconds, projected ?? lastPoint.seconds, firstPoint.seconds + 3600))
        var low = trend.points.map(\.lowest).min() ?? 0
        var high = trend.points.map(\.highest).max() ?? 1
        if let limit = trend.limit, trend.exhaustion != nil { high = max(high, limit.level) }
        if high - low < 1e-9 { high = low + 1; low -= 1 }
        let plotWidth = width - margin.left - margin.right, plotHeight = height - margin.top - margin.bottom
        func x(_ seconds: Double) -> Double { margin.left + (seconds - start) / (end - start) * plotWidth }
        func y(_ value: Double) -> Double { margin.top + (1 - (value - low) / (high - low)) * plotHeight }

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(escape(trend.counter)) over time\">"
        svg += "<title>\(escape(trend.summary))</title>"
        svg += "<rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#fff\"/>"
        svg += "<line x1=\"\(n(margin.left))\" y1=\"\(n(margin.top + plotHeight))\" x2=\"\(n(width - margin.right))\" y2=\"\(n(margin.top + plotHeight))\" stroke=\"#999\"/>"
        svg += "<line x1=\"\(n(margin.left))\" y1=\"\(n(margin.top))\" x2=\"\(n(margin.left))\" y2=\"\(n(margin.top + plotHeight))\" stroke=\"#999\"/>"
        for value in [low, (low + high) / 2, high] {
            svg += "<text x=\"\(n(margin.left - 6))\" y=\"\(n(y(value) + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"#444\">\(escape(trend.valueText(value)))</text>"
        }
        for seconds in [start, end] {
            let label = String(EventTime(seconds: Int64(seconds), isUTC: trend.isUTC).iso8601.prefix(10))
            svg += "<text x=\"\(n(x(seconds)))\" y=\"\(n(height - 12))\" font-size=\"11\" text-anchor=\"\(seconds == start ? "start" : "end")\" fill=\"#444\">\(label)</text>"
        }
        let band = trend.points.map { "\(n(x(Double($0.seconds)))),\(n(y($0.highest)))" } + trend.points.reversed().map { "\(n(x(Double($0.seconds)))),\(n(y($0.lowest)))" }
        svg += "<polygon points=\"\(band.joined(separator: " "))\" fill=\"#c6dbef\" stroke=\"none\"/>"
        svg += "<polyline points=\"\(trend.points.map { "\(n(x(Double($0.seconds)))),\(n(y($0.mean)))" }.joined(separator: " "))\" fill=\"none\" stroke=\"#2171b5\" stroke-width=\"1.5\"/>"
        if let limit = trend.limit, trend.exhaustion != nil {
            svg += "<line x1=\"\(n(margin.left))\" y1=\"\(n(y(limit.level)))\" x2=\"\(n(width - margin.right))\" y2=\"\(n(y(limit.level)))\" stroke=\"#cb181d\" stroke-dasharray=\"4 3\"/>"
            svg += "<text x=\"\(n(margin.left + 4))\" y=\"\(n(y(limit.level) - 4))\" font-size=\"11\" fill=\"#cb181d\">limit \(escape(limit.text))\(limit.assumed ? " (assumed)" : "")</text>"
        }
        if let line = trend.line {
            let from = Double(trend.analysedFrom)
            let to = Double(projected ?? trend.analysedTo)
            let color = trend.rising ? "#cb181d" : "#737373"
            svg += "<line x1=\"\(n(x(from)))\" y1=\"\(n(y(line.value(at: from))))\" x2=\"\(n(x(to)))\" y2=\"\(n(y(line.value(at: to))))\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-dasharray=\"\(trend.rising ? "6 3" : "2 3")\"/>"
        }
        if let exhaustion = trend.exhaustion, let limit = trend.limit {
            let shown = Double(min(exhaustion, Int64(end)))
            let date = String(EventTime(seconds: exhaustion, isUTC: trend.isUTC).iso8601.prefix(10))
            svg += "<circle cx=\"\(n(x(shown)))\" cy=\"\(n(y(exhaustion == Int64(shown) ? limit.level : (trend.line?.value(at: shown) ?? limit.level))))\" r=\"4\" fill=\"#cb181d\"/>"
            svg += "<text x=\"\(n(x(shown) - 6))\" y=\"\(n(margin.top + 12))\" font-size=\"11\" text-anchor=\"end\" fill=\"#cb181d\">exhausted ≈ \(date)</text>"
        }
        return svg + "</svg>"
    }

    static func empty(_ counter: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) 40\" width=\"\(n(width))\" height=\"40\" role=\"img\" aria-label=\"\(escape(counter)): no samples\"><text x=\"8\" y=\"24\" font-size=\"12\">\(escape(counter)): no samples</text></svg>"
    }

    /// Coordinates with at most one decimal: small, and the same on every machine.
    static func n(_ value: Double) -> String { FactValue.format((value * 10).rounded() / 10) }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// A series as a line of block characters (`▁▂▃▅▇`), for the text report.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ values: [Double], width: Int = 48) -> String {
        guard !values.isEmpty else { return "" }
        let group = max(1, (values.count + width - 1) / width)
        let points = stride(from: 0, to: values.count, by: group).map { start in
            let slice = values[start..<min(values.count, start + group)]
            return slice.reduce(0, +) / Double(slice.count)
        }
        let low = points.min() ?? 0, high = points.max() ?? 0
        guard high > low else { return String(repeating: blocks[0], count: points.count) }
        return String(points.map { blocks[min(blocks.count - 1, Int((($0 - low) / (high - low)) * Double(blocks.count - 1) + 0.5))] })
    }
}
