/// What a machine's timeline shows: boots, clean and unclean shutdowns, and when the events of
/// each finding happened. Kept as `TimeBuckets`, so bounded whatever the logs' size.
public struct HostTimeline: Sendable {
    public private(set) var boots = TimeBuckets()
    public private(set) var cleanShutdowns = TimeBuckets()
    public private(set) var uncleanShutdowns = TimeBuckets()
    /// The times of each finding's matching events, by rule id (filled by the diagnosis).
    public internal(set) var findings: [String: TimeBuckets] = [:]
    /// Services stopped and started again without a reboot, with when (filled by the diagnosis),
    /// the most restarted first.
    public internal(set) var restarts: [(service: String, times: TimeBuckets)] = []
    /// While gathering: the times of the events matching each rule, by the rule's position in
    /// the rule set (an event matching several symptoms of a rule counted once).
    private var matches: [Int: TimeBuckets] = [:]

    public init() {}

    mutating func recordBoot(_ seconds: Int64?) {
        if let seconds { boots.record(seconds) }
    }

    mutating func recordShutdown(clean: Bool, _ seconds: Int64?) {
        guard let seconds else { return }
        if clean { cleanShutdowns.record(seconds) } else { uncleanShutdowns.record(seconds) }
    }

    mutating func recordMatch(rule: Int, _ seconds: Int64?) {
        if let seconds { matches[rule, default: TimeBuckets()].record(seconds) }
    }

    mutating func merge(_ other: HostTimeline) {
        boots.merge(other.boots)
        cleanShutdowns.merge(other.cleanShutdowns)
        uncleanShutdowns.merge(other.uncleanShutdowns)
        for (rule, times) in other.matches { matches[rule, default: TimeBuckets()].merge(times) }
    }

    /// The timeline a report draws: the events of each finding's rule, and
    /// the services that were restarted.
    func forDiagnosis(_ findings: [Finding], rules: RuleSet, host: HostAccumulator) -> HostTimeline {
        var timeline = self
        for (key, service) in host.services.services {
            var times = TimeBuckets()
            for time in host.services.cycleTimes(of: key, boots: host.boots) { times.record(time) }
            if !times.isEmpty { timeline.restarts.append((service.name, times)) }
        }
        timeline.restarts.sort { ($1.times.total, $0.service) < ($0.times.total, $1.service) }
        timeline.matches = [:]
        let positions = Dictionary(rules.rules.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        for finding in findings {
            if let position = positions[finding.rule], let times = matches[position] { timeline.findings[finding.rule] = times }
        }
        return timeline
    }
}
