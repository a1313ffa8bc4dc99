import Diagnosis
import EventLog

/// The trends section of the text report: each counter as a sparkline with what it did and
/// where it leads, and the weekly counts of matching events over the history and these logs.
enum TrendsText {
    static func render(_ trends: HostTrends, style: TextStyle) -> [String] {
        var out = [style.bold("Trends") + (trends.earlierRuns > 0 ? style.dim(" (with \(trends.earlierRuns) earlier run\(trends.earlierRuns == 1 ? "" : "s") from the history)") : "")]
        for trend in trends.counters {
            out.append("  " + trend.counter + "  " + Sparkline.render(trend.points.map(\.mean)))
            let line = trend.rising ? style.yellow(trend.summary) : trend.summary
            out += style.wrap(line, indent: "    ")
        }
        if !trends.otherCounters.isEmpty {
            let names = trends.otherCounters.prefix(3).map(\.name).joined(separator: ", ")
            out += style.wrap("\(trends.otherCounters.count) other counter\(trends.otherCounters.count == 1 ? "" : "s") summarised (\(names)\(trends.otherCounters.count > 3 ? ", …" : "")); --format json lists them",
                              indent: "    ", firstIndent: "  ")
        }
        if !trends.weekly.isEmpty {
            out += style.wrap("Matching events per week (the weeks the logs cover at least 4 days of):", indent: "    ", firstIndent: "  ")
            for rule in trends.weekly {
                let weeks = rule.weeks.map { "\(WeeklyCounts.dayText($0.start)): \($0.count)" }.joined(separator: ", ")
                out += style.wrap(weeks, indent: "    " + String(repeating: " ", count: rule.rule.count + 2), firstIndent: "    \(rule.rule)  ")
            }
        }
        return out
    }
}

/// The trends of a machine in the JSON report, with each counter's chart as inline SVG.
enum TrendsJSON {
    static func render(_ trends: HostTrends) -> JSONValue {
        .object([
            ("earlier_runs", .integer(Int64(trends.earlierRuns))),
            ("counters", .array(trends.counters.map(counter))),
            ("other_counters", .array(trends.otherCounters.map { name, summary in
                .object([("counter", .string(name)), ("samples", .integer(Int64(summary.samples))),
                         ("lowest", .number(summary.lowest)), ("highest", .number(summary.highest))])
            })),
            ("weekly_matches", .array(trends.weekly.map { rule in
                .object([("rule", .string(rule.rule)), ("title", .string(rule.title)),
                         ("weeks", .array(rule.weeks.map { .object([("week", .string(WeeklyCounts.dayText($0.start))), ("count", .integer(Int64($0.count))),
                                                                     ("covered_days", .integer(Int64($0.coveredDays)))]) }))])
            })),
        ])
    }

    static func counter(_ trend: CounterTrend) -> JSONValue {
        func time(_ seconds: Int64?) -> JSONValue { .optional(seconds.map { EventTime(seconds: $0, isUTC: trend.isUTC).iso8601 }) }
        var fields: [(String, JSONValue)] = [
            ("counter", .string(trend.counter)),
            ("rising", .bool(trend.rising)),
            ("summary", .string(trend.summary)),
            ("analysed_from", time(trend.analysedFrom)),
            ("analysed_to", time(trend.analysedTo)),
            ("since_boot", time(trend.since)),
            ("points_analysed", .integer(Int64(trend.analysedPoints))),
        ]
        if let line = trend.line {
            fields.append(("per_day", .number(line.slope * 86_400)))
            fields.append(("fitted_at_start", .number(line.value(at: Double(trend.analysedFrom)))))
            fields.append(("fitted_at_end", .number(line.value(at: Double(trend.analysedTo)))))
        }
        if let test = trend.test {
            fields.append(("mann_kendall", .object([("s", .integer(Int64(test.s))), ("z", .number((test.z * 1000).rounded() / 1000)),
                                                    ("p_rising", .number(test.pRising))])))
        }
        if let limit = trend.limit {
            fields.append(("limit", .object([("value", .number(limit.level)), ("text", .string(limit.text)), ("source", .string(limit.source)),
                                             ("assumed", .bool(limit.assumed))])))
        }
        fields.append(("exhaustion", time(trend.exhaustion)))
        fields.append(("points", .array(trend.points.map {
            .object([("time", time($0.seconds)), ("mean", .number($0.mean)), ("lowest", .number($0.lowest)), ("highest", .number($0.highest))])
        })))
        fields.append(("chart_svg", .string(TrendChartSVG.render(trend))))
        return .object(fields)
    }
}
