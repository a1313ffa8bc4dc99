/// Turns what was gathered about one machine into its diagnosis: facts (inferred, then given on
/// top), every rule applied, findings ranked, the recommendation, and the trends, judged over
/// what earlier runs saw (the history) and these logs together.
public enum Diagnoser {
    public static func diagnose(_ gathered: HostAccumulator, rules: RuleSet, given: GivenFacts, history: HostHistory? = nil) -> HostDiagnosis {
        var host = gathered
        var ownBoots = gathered.boots
        ownBoots.normalise()
        let past = history ?? HostHistory()
        host.boots.addEarlierBoots(past.boots)
        for (name, series) in past.counters { host.counters.merge(series: series, name: name) }
        host.boots.normalise()
        var facts = FactInference.facts(of: host)
        for fact in given.facts(for: host.key) { facts.give(fact) }
        var counterTrends: [String: CounterTrend] = [:]
        for (name, series) in host.counters.series {
            counterTrends[name] = CounterTrend.analyse(name, series: series, boots: host.boots.boots, facts: facts)
        }
        var findings: [Finding] = []
        for (position, rule) in rules.rules.enumerated() {
            if let finding = RuleEvaluator.evaluate(rule, numbers: rules.index.symptomNumbers[position], host: host, facts: facts,
                                                    history: past, counterTrends: counterTrends) {
                findings.append(finding)
            }
        }
        findings = RuleEvaluator.ranked(findings)
        var diagnosis = HostDiagnosis(computer: host.computer, key: host.key, files: host.files.sorted(), eventCount: host.eventCount,
                                      firstTime: host.firstTime, lastTime: host.lastTime, facts: facts, findings: findings,
                                      recommendation: Recommender.recommend(findings, facts: facts),
                                      differentials: Differential.build(findings: findings, rules: rules.rules))
        let observations = HostObservations(gathered, boots: ownBoots, rules: rules)
        diagnosis.trends = HostTrends(counters: counterTrends, host: host, findings: findings, rules: rules, observations: observations, history: past)
        diagnosis.observations = observations
        diagnosis.timeline = host.timeline.forDiagnosis(findings, rules: rules, host: host)
        return diagnosis
    }
}

extension HostObservations {
    /// What one machine's logs of this run show, for the history store.
    init(_ host: HostAccumulator, boots: BootHistory, rules: RuleSet) {
        var matches: [MatchKey: [Int64]] = [:]
        for (number, evidence) in host.evidence.enumerated() {
            guard let evidence, evidence.count > 0, rules.index.owners.indices.contains(number) else { continue }
            let owner = rules.index.owners[number]
            let symptom = rules.rules[owner.rule].symptoms[owner.symptom]
            // Every match's time when the rule keeps them (windows, uptime, trends); else the cited ones.
            let cited = ([evidence.first, evidence.last] + evidence.samples).compactMap { $0?.reference.time?.seconds }
            let times = evidence.times.isEmpty ? Array(Set(cited)) : evidence.times
            if !times.isEmpty {
                matches[MatchKey(rule: rules.rules[owner.rule].id, symptom: symptom.label)] = Array(times.sorted().suffix(HostObservations.matchLimit))
            }
        }
        var cycles: [String: (name: String, times: [Int64])] = [:]
        for (key, service) in host.services.services {
            let times = host.services.cycleTimes(of: key, boots: boots)
            if !times.isEmpty { cycles[key.value] = (service.name, times) }
        }
        self.init(first: host.firstTime?.seconds, last: host.lastTime?.seconds, isUTC: host.firstTime?.isUTC ?? host.counters.series.values.first?.isUTC ?? false,
                  boots: boots.boots, uncleanShutdowns: boots.uncleanTimes.sorted(), matches: matches, serviceCycles: cycles,
                  counters: host.counters.series)
    }
}

extension HostTrends {
    /// The counters' trends, and the weekly counts of each finding's matching events over the
    /// history and this run.
    init(counters: [String: CounterTrend], host: HostAccumulator, findings: [Finding], rules: RuleSet,
         observations: HostObservations, history: HostHistory) {
        self.init()
        self.counters = counters.values.sorted { $0.counter < $1.counter }
        otherCounters = host.counters.summaries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        earlierRuns = history.runs.count
        var covered = history.coveredDays
        if let first = observations.first, let last = observations.last, last >= first,
           DailyEventCount.day(of: last) - DailyEventCount.day(of: first) < 3_660 {
            for day in DailyEventCount.day(of: first)...DailyEventCount.day(of: last) { covered.insert(day) }
        }
        for finding in findings where !finding.evidence.isEmpty {
            guard let rule = rules.rules.first(where: { $0.id == finding.rule }) else { continue }
            var times: [Int64] = []
            for symptom in rule.symptoms {
                let key = MatchKey(rule: rule.id, symptom: symptom.label)
                times = SymptomEvaluator.union(times, SymptomEvaluator.union(observations.matches[key] ?? [], (history.matches[key] ?? []).sorted()))
            }
            guard !times.isEmpty else { continue }
            var days: [Int64: Int] = [:]
            for time in times { days[DailyEventCount.day(of: time), default: 0] += 1 }
            let weeks = WeeklyCounts.weeks(counts: days, covered: covered)
            if !weeks.isEmpty { weekly.append(WeeklyMatches(rule: rule.id, title: rule.title, weeks: weeks)) }
        }
    }
}
