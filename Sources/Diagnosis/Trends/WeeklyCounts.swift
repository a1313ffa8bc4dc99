import EventLog

/// Weekly counts of events from daily counts, for weeks the logs cover. A week counts when logs
/// cover at least `minimumDays` of its days; a week covered only in part is scaled to seven
/// days, so a short first export does not look like a quiet week. Weeks start on Monday.
public enum WeeklyCounts {
    static let minimumDays = 4

    public struct Week: Sendable, Equatable {
        /// The Monday, as days since 1970-01-01.
        public var start: Int64
        public var count: Int
        public var coveredDays: Int
        /// The count scaled to seven days.
        public var rate: Double { Double(count) * 7 / Double(max(1, coveredDays)) }
    }

    /// The Monday of the week a day is in (1970-01-05 was a Monday).
    public static func weekStart(ofDay day: Int64) -> Int64 {
        let offset = (day - 4) % 7
        return day - (offset < 0 ? offset + 7 : offset)
    }

    /// The weeks with enough covered days, in order.
    static func weeks(counts: [Int64: Int], covered: Set<Int64>) -> [Week] {
        var weeks: [Int64: Week] = [:]
        for day in covered {
            let start = weekStart(ofDay: day)
            weeks[start, default: Week(start: start, count: 0, coveredDays: 0)].coveredDays += 1
        }
        for (day, count) in counts {
            let start = weekStart(ofDay: day)
            if weeks[start] == nil { weeks[start] = Week(start: start, count: 0, coveredDays: 1) }
            weeks[start]?.count += count
        }
        return weeks.values.filter { $0.coveredDays >= minimumDays }.sorted { $0.start < $1.start }
    }

    /// Days as `1999-03-01` for reports.
    public static func dayText(_ day: Int64) -> String {
        String(EventTime(seconds: day * 86_400, isUTC: false).iso8601.prefix(10))
    }
}

/// The stretches between boots, and in which of them a symptom's events came: for "back after
/// every boot" and "sooner after each boot".
struct BootPeriods {
    struct Period {
        var boot: Int64
        var end: Int64
        /// Seconds from the boot to the first event in the period.
        var firstAfter: Int64?
    }

    let periods: [Period]

    /// `boots` and `times` sorted; `end` the last time the logs cover (the last period includes it).
    init(boots: [Int64], times: [Int64], end: Int64) {
        var periods: [Period] = []
        var next = 0
        for (index, boot) in boots.enumerated() {
            let until = index + 1 < boots.count ? boots[index + 1] : max(end, boot) + 1
            while next < times.count, times[next] < boot { next += 1 }
            let first = next < times.count && times[next] < until ? times[next] - boot : nil
            periods.append(Period(boot: boot, end: until, firstAfter: first))
        }
        self.periods = periods
    }

    /// The periods with an event, in a row, ending with the latest one that has one; the
    /// current period is left out while it has none yet (its event may still be to come).
    var trailingRun: ArraySlice<Period> {
        var end = periods.endIndex
        if let last = periods.last, last.firstAfter == nil { end -= 1 }
        var start = end
        while start > periods.startIndex, periods[start - 1].firstAfter != nil { start -= 1 }
        return periods[start..<end]
    }
}
