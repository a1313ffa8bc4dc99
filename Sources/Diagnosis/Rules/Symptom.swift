/// One thing the logs show when a machine has the defect.
public struct Symptom: Sendable {
    public enum Kind: Sendable {
        /// Events by source and ID, with conditions on their text.
        case event(EventPattern)
        /// A crash with this STOP code (and parameters).
        case stop(StopPattern)
        /// A service stopped and started again, at least N times.
        case serviceCycles(ServiceCyclePattern)
        /// A performance counter rising steadily (a leak).
        case counter(CounterPattern)
    }

    public var kind: Kind
    /// At least N matching events (within a time window).
    public var count: CountRequirement?
    /// How long the machine had been up when the event came.
    public var uptime: UptimeRequirement?
    /// How the events spread over weeks and boots (judged over the history and the new logs).
    public var trend: EventTrend?
    /// A supporting symptom adds evidence and confidence but does not establish the defect alone.
    public var supporting: Bool
    /// The symptom is that these events are *not* in the logs (an article whose defect is a
    /// missing event). Only in `symptoms_match: all` rules, beside a symptom that is present.
    public var absent: Bool = false
    public var line: Int
    /// `Srv 2020`, `STOP 0xC000021A`, `DHCP Server stopped and started 3 times`.
    public var label: String

    /// How much the symptom asks beyond its event or STOP code (parameters, driver, text
    /// conditions, counts, uptime): a match that satisfied more of them says more, which ranks
    /// articles that share a symptom.
    public var constraints: Int {
        var total = (count == nil ? 0 : 1) + (uptime == nil ? 0 : 1) + (trend == nil ? 0 : 1)
        switch kind {
        case .event(let pattern): total += pattern.strings.count + pattern.message.count
        case .stop(let pattern): total += pattern.parameters.compactMap { $0 }.count + (pattern.driver == nil ? 0 : 1)
        case .serviceCycles: total += 1
        case .counter(let pattern): total += 1 + (pattern.rate == nil ? 0 : 1) + (pattern.steps == nil ? 0 : 1)
        }
        return total
    }
}

/// A service stopped and started again (without a reboot) at least `atLeast` times.
public struct ServiceCyclePattern: Sendable {
    /// The service's display name as the rule writes it.
    public var service: String
    public var key: NameKey
    public var atLeast: Int
    /// Count only cycles within a window of this length (seconds).
    public var within: Int64?
}

/// At least `atLeast` matching events, in the whole log or within some window.
public struct CountRequirement: Sendable {
    public var atLeast: Int
    /// Seconds; nil = in the whole log.
    public var within: Int64?
}

/// How long the machine must have been up when a matching event came.
public struct UptimeRequirement: Sendable {
    /// Seconds since the last boot, at least / at most.
    public var atLeast: Int64?
    public var atMost: Int64?
}
