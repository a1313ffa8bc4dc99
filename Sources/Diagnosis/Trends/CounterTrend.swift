import EventLog

/// What one counter of one machine did over time, and what it means: the hourly series (for a
/// chart), the stretch analysed (since the last boot, which returns leaked pool), the Theil–Sen
/// line through it, the Mann–Kendall test, and, when the counter rises steadily towards a
/// limit, the date it would reach it.
///
/// A rise is called steady when the line slopes up, the Mann–Kendall test says later values are
/// higher with p < 0.01, and the line rises over the stretch by at least three times the spread
/// of the points around it: a trend that a few good or bad hours cannot make or hide.
public struct CounterTrend: Sendable {
    /// One point of the chart: the middle of an hour (or of several, downsampled), and the mean,
    /// lowest and highest value in it.
    public struct Point: Sendable, Equatable {
        public var seconds: Int64
        public var mean: Double
        public var lowest: Double
        public var highest: Double
    }

    public static let chartPoints = 300
    static let analysisPoints = 400
    static let significance = 0.01
    static let minimumPoints = 8

    /// `Memory\Pool Paged Bytes`.
    public var counter: String
    public var isUTC: Bool
    /// The whole series, at most `chartPoints` points.
    public var points: [Point]
    /// The boot the analysed stretch starts after, when one is known.
    public var since: Int64?
    /// The analysed stretch: first and last time, and how many points it has.
    public var analysedFrom: Int64
    public var analysedTo: Int64
    public var analysedPoints: Int
    public var line: TrendStatistics.Line?
    public var test: TrendStatistics.MannKendall?
    public var spread: Double
    public var rising: Bool
    public var limit: CounterLimit?
    /// When the line reaches the limit (nil unless rising towards it).
    public var exhaustion: Int64?
    /// Hours of samples in all.
    public var hours: Int

    public var span: Int64 { analysedTo - analysedFrom }
    /// The slope per day, in the counter's unit.
    public var perDay: Double? { line.map { $0.slope * 86_400 } }
    public var isPercentage: Bool { counter.contains("% ") || counter.hasSuffix("%") }

    /// Analyses a series; `boots` are the machine's boot times (sorted).
    public static func analyse(_ name: String, series: CounterSeries, boots: [Int64], facts: FactSheet) -> CounterTrend {
        let buckets = series.ordered
        let last = buckets.last?.start ?? 0
        let since = boots.last { $0 <= last && $0 >= (buckets.first?.start ?? 0) }
        let stretch = since.map { boot in buckets.filter { $0.start > CounterSeries.hour(of: boot) } } ?? buckets
        let analysed = downsample(stretch, to: analysisPoints)
        let x = analysed.map { Double($0.seconds) }
        let y = analysed.map(\.mean)
        var trend = CounterTrend(counter: name, isUTC: series.isUTC, points: downsample(buckets, to: chartPoints), since: since,
                                 analysedFrom: analysed.first?.seconds ?? 0, analysedTo: analysed.last?.seconds ?? 0,
                                 analysedPoints: analysed.count, line: nil, test: nil, spread: 0, rising: false,
                                 limit: CounterLimit.limit(for: name, facts: facts), exhaustion: nil, hours: buckets.count)
        guard analysed.count >= minimumPoints, let line = TrendStatistics.theilSen(x: x, y: y) else { return trend }
        let test = TrendStatistics.mannKendall(y)
        let spread = TrendStatistics.residualSpread(x: x, y: y, line: line)
        trend.line = line
        trend.test = test
        trend.spread = spread
        trend.rising = line.slope > 0 && test.pRising < significance && line.slope * Double(trend.span) >= 3 * spread
        if trend.rising, let limit = trend.limit, let reach = line.reaching(limit.level), reach.isFinite, reach < 1e12 {
            trend.exhaustion = Int64(reach)
        }
        return trend
    }

    /// Consecutive buckets averaged into at most `limit` points.
    static func downsample(_ buckets: [CounterSeries.Bucket], to limit: Int) -> [Point] {
        guard !buckets.isEmpty else { return [] }
        let group = (buckets.count + limit - 1) / limit
        return stride(from: 0, to: buckets.count, by: group).map { start in
            let slice = buckets[start..<min(buckets.count, start + group)]
            let samples = slice.reduce(0) { $0 + $1.samples }
            let sum = slice.reduce(0.0) { $0 + $1.sum }
            let first = slice.first?.start ?? 0
            let end = (slice.last?.start ?? first) + CounterSeries.bucketSeconds
            return Point(seconds: (first + end) / 2, mean: sum / Double(max(1, samples)),
                         lowest: slice.map(\.lowest).min() ?? 0, highest: slice.map(\.highest).max() ?? 0)
        }
    }

    /// `1.2 MB a day`, `0.11% a day` — the slope for people.
    public var rateText: String? {
        guard let perDay else { return nil }
        return valueText(perDay) + " a day"
    }

    /// A value in the counter's unit for people.
    public func valueText(_ value: Double) -> String {
        if isPercentage { return FactValue.format((value * 1000).rounded() / 1000) + "%" }
        if counter.hasSuffix("Bytes") { return ByteSize.text(value) }
        return FactValue.format(value)
    }

    /// One sentence: what the counter did and where it leads.
    public var summary: String {
        let from = EventTime(seconds: analysedFrom, isUTC: isUTC).iso8601
        let to = EventTime(seconds: analysedTo, isUTC: isUTC).iso8601
        guard let line, let test else {
            return "\(counter): \(hours) hour\(hours == 1 ? "" : "s") of samples, too few to judge a trend (at least \(CounterTrend.minimumPoints) hours are needed)"
        }
        var text = "\(counter) " + (rising ? "rose steadily" : "shows no steady rise") + " from \(from) to \(to)"
        if let since { text += " (since the boot at \(EventTime(seconds: since, isUTC: isUTC).iso8601))" }
        text += ": \(rateText ?? "") (Theil–Sen), Mann–Kendall p \(TrendText.p(test.pRising)), \(analysedPoints) points"
        text += ", from \(valueText(line.value(at: Double(analysedFrom)))) to \(valueText(line.value(at: Double(analysedTo))))"
        if let limit {
            if let exhaustion {
                text += "; at this rate it reaches \(limit.text) around \(EventTime(seconds: exhaustion, isUTC: isUTC).iso8601.prefix(10))"
            } else if rising {
                text += "; the limit is \(limit.text)"
            }
            if limit.assumed, rising { text += " (\(limit.source); give \(limit.fact) for a sharper date)" }
        }
        return text
    }
}

/// Numbers in trend sentences.
enum TrendText {
    /// `< 0.001`, `= 0.04`.
    static func p(_ value: Double) -> String {
        value < 0.001 ? "< 0.001" : "= " + String(Double(Int((value * 1000).rounded())) / 1000)
    }
}
