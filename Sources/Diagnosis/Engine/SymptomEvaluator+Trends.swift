import EventLog

/// Trend requirements on events, judged over the history and the new logs together.
extension SymptomEvaluator {
    func trend(_ trend: EventTrend, symptom: Symptom, number: Int, rule: String) -> SymptomOutcome {
        let evidence = host.evidence[number]
        let runTimes = evidence?.times.sorted() ?? []
        let pastTimes = history.matches[MatchKey(rule: rule, symptom: symptom.label)] ?? []
        let times = SymptomEvaluator.union(runTimes, pastTimes.sorted())
        guard !times.isEmpty || (evidence?.count ?? 0) > 0 else { return .absent }
        let judged: (truth: Truth, detail: String)?
        switch trend {
        case .risingWeekly(let weeks): judged = rising(weeks: weeks, symptom: symptom, runTimes: runTimes)
        case .afterEachBoot(let boots): judged = afterEachBoot(boots, times: times, symptom: symptom)
        case .soonerAfterBoot(let boots): judged = soonerAfterBoot(boots, times: times, symptom: symptom)
        }
        guard let judged else { return .absent }
        let past = pastTimes.count
        var details = [judged.detail]
        if past > 0 { details.append("\(past) earlier match\(past == 1 ? "" : "es") from \(history.runs.count) earlier run\(history.runs.count == 1 ? "" : "s") (history)") }
        var outcome = SymptomOutcome(truth: judged.truth, found: true,
                                     evidence: EvidenceItem(symptom: symptom.label, supporting: symptom.supporting, count: (evidence?.count ?? 0) + past,
                                                            first: evidence?.first, last: evidence?.last, samples: evidence?.samples ?? [],
                                                            bugchecks: [], details: details))
        outcome.checks.append(Check(text: "\(symptom.label) \(trend.text)", truth: judged.truth, detail: judged.detail))
        if judged.truth == .no { outcome.reason = judged.detail }
        return outcome
    }

    /// Weekly counts over the covered weeks; nil when fewer weeks than needed are covered.
    private func rising(weeks needed: Int, symptom: Symptom, runTimes: [Int64]) -> (Truth, String)? {
        guard case .event(let pattern) = symptom.kind else { return nil }
        var runDays: [Int64: Int] = [:]
        for time in runTimes { runDays[DailyEventCount.day(of: time), default: 0] += 1 }
        var days = runDays
        for count in history.dailyCounts where pattern.accepts(count) {
            days[count.day] = max(days[count.day] ?? 0, count.count)
        }
        var covered = history.coveredDays
        if let first = host.firstTime?.seconds, let last = host.lastTime?.seconds, last >= first {
            let from = DailyEventCount.day(of: first), to = DailyEventCount.day(of: last)
            if to - from < 3_660 { for day in from...to { covered.insert(day) } }
        }
        let weeks = WeeklyCounts.weeks(counts: days, covered: covered)
        guard weeks.count >= needed else { return nil }
        let rates = weeks.map(\.rate)
        let test = TrendStatistics.mannKendall(rates)
        let rising = test.s > 0 && test.pRising < 0.05
        let counts = weeks.map { String($0.count) }.joined(separator: ", ")
        let detail = "weekly counts \(counts) over \(weeks.count) weeks from \(WeeklyCounts.dayText(weeks[0].start))"
            + (rising ? ": rising (Mann–Kendall p \(TrendText.p(test.pRising)))" : ": not rising (Mann–Kendall p \(TrendText.p(test.pRising)))")
        return (Truth(rising), detail)
    }

    private func afterEachBoot(_ needed: Int, times: [Int64], symptom: Symptom) -> (Truth, String)? {
        let periods = BootPeriods(boots: host.boots.boots, times: times, end: host.lastTime?.seconds ?? 0)
        let run = periods.trailingRun
        if run.count >= needed {
            let boots = run.suffix(needed).map { EventTimeText.text($0.boot, like: host.firstTime) }.joined(separator: ", ")
            return (.yes, "\(symptom.label) came back after each of the last \(run.count) boots (\(boots))")
        }
        guard periods.periods.count >= needed else { return nil }
        return (.no, "\(symptom.label) came after only \(run.count) boot\(run.count == 1 ? "" : "s") in a row of the \(periods.periods.count) known; the rule looks for \(needed)")
    }

    private func soonerAfterBoot(_ needed: Int, times: [Int64], symptom: Symptom) -> (Truth, String)? {
        let run = BootPeriods(boots: host.boots.boots, times: times, end: host.lastTime?.seconds ?? 0).trailingRun
        guard run.count >= needed else { return nil }
        let delays = run.suffix(needed).compactMap(\.firstAfter)
        let shrinking = zip(delays, delays.dropFirst()).allSatisfy { $1 < $0 }
        let text = delays.map { Duration.spoken($0) }.joined(separator: ", ")
        return (Truth(shrinking), "the first \(symptom.label) after each of the last \(needed) boots came after \(text)" + (shrinking ? ": sooner each time" : ": not sooner each time"))
    }

    /// Two sorted lists as one, each time once (overlapping exports hold the same events).
    static func union(_ a: [Int64], _ b: [Int64]) -> [Int64] {
        var result: [Int64] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let next: Int64
            if j >= b.count || (i < a.count && a[i] <= b[j]) { next = a[i]; i += 1 } else { next = b[j]; j += 1 }
            if result.last != next { result.append(next) }
        }
        return result
    }
}

extension EventPattern {
    /// Whether a day's count of one kind of event is of this pattern (source, ID, type, log).
    func accepts(_ count: DailyEventCount) -> Bool {
        guard ids.contains(count.id) else { return false }
        if !sourceKeys.isEmpty, !accepts(source: SourceKey(count.source)) { return false }
        if let type, type.name != count.type && !(type == .information && count.type == EventType.success.name) { return false }
        if let log, !count.log.isEmpty, NameKey(count.log) != NameKey(log) { return false }
        return true
    }
}
