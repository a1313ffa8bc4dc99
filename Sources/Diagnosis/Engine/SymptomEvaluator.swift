import EventLog

/// What one symptom came to on one machine: whether it shows (yes, no, unknown), whether its
/// events were found at all, the evidence, and the sentences that explain it.
struct SymptomOutcome {
    var truth: Truth
    /// Events of the symptom's kind were found, whatever the requirements made of them.
    var found: Bool
    var evidence: EvidenceItem?
    var checks: [Check] = []
    /// Why the events found do not count (`truth == .no` with `found`).
    var reason: String?
    /// Why it cannot be told (`truth == .unknown`).
    var uncertainty: String?
    var missingFacts: [String] = []

    static let absent = SymptomOutcome(truth: .no, found: false, evidence: nil)
}

/// Decides whether a symptom of a rule shows in a machine's logs, applying its requirements
/// (count in a window, uptime before the event, parameters, cycles) with three-valued logic.
struct SymptomEvaluator {
    let host: HostAccumulator
    let facts: FactSheet
    /// What earlier runs saw of the machine (empty without a history).
    var history = HostHistory()
    /// The counters' trends, by name.
    var counterTrends: [String: CounterTrend] = [:]

    func evaluate(_ symptom: Symptom, number: Int, rule: String = "") -> SymptomOutcome {
        switch symptom.kind {
        case .serviceCycles(let pattern): return cycles(symptom, pattern)
        case .counter(let pattern): return counter(symptom, pattern)
        case .event, .stop: break
        }
        if symptom.absent { return absence(symptom, count: host.evidence[number]?.count ?? 0) }
        if let trend = symptom.trend { return self.trend(trend, symptom: symptom, number: number, rule: rule) }
        guard let evidence = host.evidence[number], evidence.count > 0 else {
            if case .stop(let pattern) = symptom.kind, let evidence = host.evidence[number], let miss = evidence.nearMiss {
                let reason = pattern.mismatchReason(miss, driver: evidence.nearMissDriver)
                let item = EvidenceItem(symptom: symptom.label, supporting: symptom.supporting, count: evidence.nearMisses,
                                        first: evidence.nearMissEvent, last: nil, samples: [], bugchecks: [miss], details: [reason])
                return SymptomOutcome(truth: .no, found: true, evidence: item, reason: reason)
            }
            return .absent
        }
        var outcome = SymptomOutcome(truth: .yes, found: true,
                                     evidence: EvidenceItem(symptom: symptom.label, supporting: symptom.supporting, count: evidence.count,
                                                            first: evidence.first, last: evidence.last, samples: evidence.samples,
                                                            bugchecks: evidence.bugchecks, details: []))
        if case .stop(let pattern) = symptom.kind, let driver = pattern.driver {
            apply(driver: driver, named: evidence.driverNamed, symptom: symptom, to: &outcome)
        }
        let times = evidence.times.sorted()
        if let count = symptom.count { apply(count, times: times, evidence: evidence, symptom: symptom, to: &outcome) }
        if let uptime = symptom.uptime { apply(uptime, times: times, symptom: symptom, to: &outcome) }
        return outcome
    }

    /// A missing event: yes when none is in the logs (nothing to cite but the search itself).
    private func absence(_ symptom: Symptom, count: Int) -> SymptomOutcome {
        guard count == 0 else { return .absent }
        let detail = "none in the logs (\(host.eventCount) events read)"
        var outcome = SymptomOutcome(truth: .yes, found: true,
                                     evidence: EvidenceItem(symptom: symptom.label, supporting: symptom.supporting, count: 0, first: nil, last: nil,
                                                            samples: [], bugchecks: [], details: [detail]))
        outcome.checks.append(Check(text: symptom.label, truth: .yes, detail: detail))
        return outcome
    }

    /// The driver the article's crash is in: named by a crash report, or by the `crash_driver`
    /// fact (what someone read on the blue screen); otherwise unknown.
    private func apply(driver: String, named: Int, symptom: Symptom, to outcome: inout SymptomOutcome) {
        let text = "the crash is in \(driver)"
        if named > 0 {
            let detail = "\(named) crash report\(named == 1 ? "" : "s") name\(named == 1 ? "s" : "") \(driver)"
            outcome.checks.append(Check(text: text, truth: .yes, detail: detail))
            outcome.evidence?.details.append(detail)
            return
        }
        let fact = facts[FactName.crashDriver]
        var truth = Truth.unknown
        if case .list(let drivers, let complete)? = fact?.value {
            truth = drivers.contains { StopPattern.sameDriver($0, driver) } ? .yes : (complete ? .no : .unknown)
        }
        let detail = fact.map { "crash_driver is \($0.value) (\($0.source.isGiven ? "given in " : "")\($0.source))" } ?? "no crash report names the driver"
        outcome.checks.append(Check(text: text, truth: truth, detail: detail, fact: FactName.crashDriver))
        switch truth {
        case .yes: outcome.evidence?.details.append(detail)
        case .no:
            outcome.truth = .no
            outcome.reason = "the blue screen named \(fact?.value.description ?? "another driver"), but the article's crash is in \(driver)"
        case .unknown:
            outcome.truth = outcome.truth && .unknown
            outcome.uncertainty = "no crash report names the driver; the article's crash is in \(driver)"
            outcome.missingFacts.append(FactName.crashDriver)
        }
    }

    private func apply(_ count: CountRequirement, times: [Int64], evidence: SymptomEvidence, symptom: Symptom, to outcome: inout SymptomOutcome) {
        let text = "\(count.atLeast) or more \(symptom.label)" + (count.within.map { " within \(Duration.text($0))" } ?? "")
        var truth: Truth
        var detail: String
        if let window = count.within {
            guard !times.isEmpty else {
                outcome.checks.append(Check(text: text, truth: .unknown, detail: "the events carry no times"))
                outcome.truth = outcome.truth && .unknown
                outcome.uncertainty = "the \(symptom.label) events carry no times, so their rate is unknown"
                return
            }
            let (most, start) = SymptomEvaluator.densestWindow(times, length: window)
            truth = Truth(most >= count.atLeast)
            detail = "\(most) within \(Duration.text(window)) from \(EventTimeText.text(start, like: host.firstTime))"
        } else {
            truth = Truth(evidence.count >= count.atLeast)
            detail = "\(evidence.count) in all"
        }
        outcome.checks.append(Check(text: text, truth: truth, detail: detail))
        outcome.evidence?.details.append(detail)
        if truth == .no {
            outcome.truth = .no
            let found = count.within.map { "at most \(SymptomEvaluator.densestWindow(times, length: $0).count) \(symptom.label) within \(Duration.text($0))" }
                ?? "only \(evidence.count) \(symptom.label)"
            outcome.reason = found + " in the logs; the defect shows \(count.atLeast) or more"
        }
    }

    private func apply(_ uptime: UptimeRequirement, times: [Int64], symptom: Symptom, to outcome: inout SymptomOutcome) {
        var parts: [String] = []
        if let least = uptime.atLeast { parts.append("at least \(Duration.text(least))") }
        if let most = uptime.atMost { parts.append("at most \(Duration.text(most))") }
        let text = "uptime " + parts.joined(separator: " and ") + " before \(symptom.label)"
        guard !times.isEmpty else {
            outcome.checks.append(Check(text: text, truth: .unknown, detail: "the events carry no times"))
            outcome.truth = outcome.truth && .unknown
            outcome.uncertainty = "the \(symptom.label) events carry no times"
            return
        }
        let givenBoot: Int64? = facts.given[FactName.uptimeDays].flatMap { fact in
            guard let days = fact.value.number, let last = host.lastTime else { return nil }
            return last.seconds - Int64(days * 86_400)
        }
        var best: (uptime: Int64, time: Int64, boot: Int64?)?
        var bestUnknown: (lowerBound: Int64, time: Int64)?
        var anyUnknown = false
        for time in times {
            if let boot = host.boots.lastBoot(atOrBefore: time) ?? givenBoot.flatMap({ $0 <= time ? $0 : nil }) {
                let value = time - boot
                if fits(value, uptime), best == nil { best = (value, time, boot) }
            } else {
                let lowerBound = time - (host.firstTime?.seconds ?? time)
                if let least = uptime.atLeast, uptime.atMost == nil, lowerBound >= least {
                    if best == nil { best = (lowerBound, time, nil) }
                } else if let most = uptime.atMost, lowerBound > most {
                    continue // up longer than allowed already: this event does not fit
                } else {
                    anyUnknown = true
                    if bestUnknown.map({ lowerBound > $0.lowerBound }) ?? true { bestUnknown = (lowerBound, time) }
                }
            }
        }
        if let best {
            let when = EventTimeText.text(best.time, like: host.firstTime)
            let detail = best.boot.map { "the first came \(Duration.spoken(best.uptime)) after the boot at \(EventTimeText.text($0, like: host.firstTime)) (at \(when))" }
                ?? "the first came at least \(Duration.spoken(best.uptime)) after the log begins (at \(when))"
            outcome.checks.append(Check(text: text, truth: .yes, detail: detail))
            outcome.evidence?.details.append(detail)
        } else if anyUnknown {
            let lower = bestUnknown.map { " (at least \(Duration.spoken($0.lowerBound)))" } ?? ""
            outcome.checks.append(Check(text: text, truth: .unknown, detail: "no boot before the event is in the logs\(lower)"))
            outcome.truth = outcome.truth && .unknown
            outcome.uncertainty = "no boot (6005) before \(symptom.label) is in the logs, so the uptime then is unknown\(lower)"
            outcome.missingFacts.append(FactName.uptimeDays)
        } else {
            let uptimes = times.compactMap { time in host.boots.lastBoot(atOrBefore: time).map { time - $0 } }
            let detail = uptime.atLeast != nil
                ? "\(symptom.label) came at most \(Duration.spoken(uptimes.max() ?? 0)) after a boot"
                : "\(symptom.label) came at least \(Duration.spoken(uptimes.min() ?? 0)) after a boot"
            outcome.checks.append(Check(text: text, truth: .no, detail: detail))
            outcome.evidence?.details.append(detail)
            outcome.truth = .no
            outcome.reason = detail + "; the defect needs uptime " + parts.joined(separator: " and ")
        }
    }

    private func fits(_ value: Int64, _ uptime: UptimeRequirement) -> Bool {
        (uptime.atLeast.map { value >= $0 } ?? true) && (uptime.atMost.map { value <= $0 } ?? true)
    }

    private func cycles(_ symptom: Symptom, _ pattern: ServiceCyclePattern) -> SymptomOutcome {
        let times = host.services.cycleTimes(of: pattern.key, boots: host.boots)
        guard !times.isEmpty else { return .absent }
        var count = times.count
        var detail = "stopped and started again \(count) time\(count == 1 ? "" : "s") without a reboot"
        if let window = pattern.within {
            let (most, start) = SymptomEvaluator.densestWindow(times, length: window)
            count = most
            detail = "stopped and started again \(most) time\(most == 1 ? "" : "s") within \(Duration.text(window)) from \(EventTimeText.text(start, like: host.firstTime))"
        }
        detail += ", first at \(EventTimeText.text(times[0], like: host.firstTime)), last at \(EventTimeText.text(times[times.count - 1], like: host.firstTime))"
        let truth = Truth(count >= pattern.atLeast)
        let text = "\(pattern.service) stopped and started again at least \(pattern.atLeast) times" + (pattern.within.map { " within \(Duration.text($0))" } ?? "")
        let item = EvidenceItem(symptom: symptom.label, supporting: symptom.supporting, count: times.count, first: nil, last: nil,
                                samples: [], bugchecks: [], details: [pattern.service + " " + detail])
        var outcome = SymptomOutcome(truth: truth, found: true, evidence: item)
        outcome.checks.append(Check(text: text, truth: truth, detail: detail))
        if truth == .no { outcome.reason = "\(pattern.service) was \(detail); the rule looks for \(pattern.atLeast)" }
        return outcome
    }

    /// The most times that fall in any window of `length` seconds, and where that window starts.
    static func densestWindow(_ times: [Int64], length: Int64) -> (count: Int, start: Int64) {
        var best = (count: 0, start: times.first ?? 0)
        var low = 0
        for high in times.indices {
            while times[high] - times[low] > length { low += 1 }
            if high - low + 1 > best.count { best = (high - low + 1, times[low]) }
        }
        return best
    }
}
