/// Counter symptoms: a counter rising steadily, at about a rate, with a step at each restart of
/// a service (see `CounterTrend` for what "steadily" means).
extension SymptomEvaluator {
    /// The rate and step checks accept between half and twice the value the rule gives.
    static let aboutFactor = 2.0

    func counter(_ symptom: Symptom, _ pattern: CounterPattern) -> SymptomOutcome {
        guard let trend = counterTrends[pattern.counter], trend.line != nil, trend.span >= pattern.over else { return .absent }
        var item = EvidenceItem(symptom: symptom.label, supporting: symptom.supporting, count: trend.analysedPoints,
                                first: nil, last: nil, samples: [], bugchecks: [], details: [trend.summary])
        item.countsEvents = false
        var outcome = SymptomOutcome(truth: Truth(trend.rising), found: true, evidence: item)
        outcome.checks.append(Check(text: "\(pattern.counter) rising steadily over at least \(Duration.text(pattern.over))", truth: Truth(trend.rising),
                                    detail: trend.rateText))
        guard trend.rising else {
            outcome.reason = trend.summary
            return outcome
        }
        if let rate = pattern.rate { apply(rate, trend: trend, to: &outcome) }
        if let steps = pattern.steps { apply(steps, trend: trend, to: &outcome) }
        return outcome
    }

    /// The rise in bytes per second, and whether it rests on an assumed limit (a percentage
    /// counter turned into bytes with the default registry size limit).
    private func bytesPerSecond(_ trend: CounterTrend) -> (Double, assumed: Bool)? {
        guard let slope = trend.line?.slope else { return nil }
        if !trend.isPercentage { return (slope, false) }
        guard let limit = trend.limit, let perUnit = limit.bytesPerUnit else { return nil }
        return (slope * perUnit, limit.assumed)
    }

    private func apply(_ rate: SizeRate, trend: CounterTrend, to outcome: inout SymptomOutcome) {
        let text = "rising at about \(rate.text)"
        guard let (measured, assumed) = bytesPerSecond(trend) else {
            outcome.checks.append(Check(text: text, truth: .unknown, detail: "the counter's unit cannot be turned into bytes"))
            outcome.truth = outcome.truth && .unknown
            return
        }
        let ratio = measured / rate.bytesPerSecond
        let fits = ratio >= 1 / SymptomEvaluator.aboutFactor && ratio <= SymptomEvaluator.aboutFactor
        let per = rate.text.split(separator: "/").last.map(String.init) ?? "1d"
        let seconds = Double(Duration.seconds(per) ?? 86_400)
        var detail = "it rose \(ByteSize.text(measured * seconds)) per \(per)"
        if assumed, let limit = trend.limit { detail += " (with \(limit.source))" }
        outcome.evidence?.details.append(detail)
        if fits {
            outcome.checks.append(Check(text: text, truth: .yes, detail: detail))
        } else if assumed, let limit = trend.limit {
            outcome.checks.append(Check(text: text, truth: .unknown, detail: detail, fact: limit.fact))
            outcome.truth = outcome.truth && .unknown
            outcome.uncertainty = detail + ", not about \(rate.text); the registry size limit would settle it"
            outcome.missingFacts.append(limit.fact)
        } else {
            outcome.checks.append(Check(text: text, truth: .no, detail: detail))
            outcome.truth = .no
            outcome.reason = detail + ", not about \(rate.text)"
        }
    }

    private func apply(_ step: ServiceStep, trend: CounterTrend, to outcome: inout SymptomOutcome) {
        let text = "a step of about \(step.text) at each restart of \(step.service)"
        guard let series = host.counters.series[trend.counter], let slope = trend.line?.slope else { return }
        let bytesPerUnit = trend.isPercentage ? (trend.limit?.bytesPerUnit ?? 0) : 1
        let cycles = SymptomEvaluator.union(host.services.cycleTimes(of: step.key, boots: host.boots), (history.serviceCycles[step.key.value] ?? []).sorted())
        var buckets: [Int64: CounterSeries.Bucket] = [:]
        for bucket in series.ordered { buckets[bucket.start] = bucket }
        var jumps: [Double] = []
        for cycle in cycles {
            let hour = CounterSeries.hour(of: cycle)
            guard let before = buckets[hour - CounterSeries.bucketSeconds], let after = buckets[hour + CounterSeries.bucketSeconds] else { continue }
            let drift = slope * Double(2 * CounterSeries.bucketSeconds)
            jumps.append((after.mean - before.mean - drift) * bytesPerUnit)
        }
        guard let jump = TrendStatistics.median(jumps) else {
            outcome.evidence?.details.append("no restart of \(step.service) falls among the samples, so the steps cannot be checked")
            return
        }
        let ratio = jump / step.bytes
        let fits = ratio >= 1 / SymptomEvaluator.aboutFactor && ratio <= SymptomEvaluator.aboutFactor
        let detail = "at \(jumps.count) restart\(jumps.count == 1 ? "" : "s") of \(step.service) it jumped \(ByteSize.text(jump)) (median, drift removed)"
        outcome.evidence?.details.append(detail)
        outcome.checks.append(Check(text: text, truth: Truth(fits), detail: detail))
        if !fits {
            outcome.truth = .no
            outcome.reason = detail + ", not about \(step.text)"
        }
    }
}
