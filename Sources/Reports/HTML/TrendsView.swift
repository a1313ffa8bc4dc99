import Diagnosis
import EventLog

/// A machine's trends in the HTML report: each followed counter as its chart (the hourly range,
/// the mean, the fitted line carried on to the projected exhaustion, the limit) with what it
/// did, and the weekly counts of each finding's events over the history and these logs, as bars.
struct TrendsView {
    static let barWidth = 200.0

    let heading: String
    let counters: [Counter]
    let otherCounters: String?
    let weekly: [Weekly]
    let hasWeekly: Bool

    struct Counter {
        let name: String
        /// The summary after the counter's name (which it starts with).
        let summary: String
        let rising: Bool
        /// Built by `TrendChartSVG`, which escapes every text it puts in.
        let chart: String
    }

    struct Weekly {
        let rule: String
        let title: String
        let weeks: [Week]
    }

    struct Week {
        let week: String
        let count: Int
        let days: Int
        let width: String
    }

    /// Nil when there is nothing to show: no counter log and no matched event counted by week.
    init?(_ trends: HostTrends) {
        guard !trends.counters.isEmpty || !trends.otherCounters.isEmpty || !trends.weekly.isEmpty else { return nil }
        let runs = trends.earlierRuns
        heading = runs > 0 ? "with \(runs) earlier run\(runs == 1 ? "" : "s") from the history" : "from these logs"
        // The rising ones first: they are what the section is for.
        counters = trends.counters.sorted { $0.rising && !$1.rising }.map { trend in
            let summary = trend.summary.hasPrefix(trend.counter) ? String(trend.summary.dropFirst(trend.counter.count)) : ": " + trend.summary
            return Counter(name: trend.counter, summary: summary, rising: trend.rising, chart: TrendChartSVG.render(trend))
        }
        if trends.otherCounters.isEmpty {
            otherCounters = nil
        } else {
            let count = trends.otherCounters.count
            otherCounters = "\(count) other counter\(count == 1 ? " was" : "s were") read and summarised; the JSON report lists them."
        }
        weekly = trends.weekly.map { rule in
            let most = max(1, rule.weeks.map(\.count).max() ?? 1)
            return Weekly(rule: rule.rule, title: rule.title, weeks: rule.weeks.map { week in
                Week(week: WeeklyCounts.dayText(week.start), count: week.count, days: week.coveredDays,
                     width: String(Int((Double(week.count) / Double(most) * TrendsView.barWidth).rounded())))
            })
        }
        hasWeekly = !weekly.isEmpty
    }
}
