/// What this run saw of one machine, for the history store to keep: boots and unclean
/// shutdowns, the times of the events that matched each symptom (bounded), services stopped and
/// started again, and the counters' hourly series. Only this run's logs, never the history.
public struct HostObservations: Sendable {
    static let matchLimit = 10_000

    public var first: Int64?
    public var last: Int64?
    public var isUTC: Bool
    public var boots: [Int64]
    public var uncleanShutdowns: [Int64]
    /// By symptom: the match times, at most `matchLimit` each (the latest are kept).
    public var matches: [MatchKey: [Int64]]
    /// By service name key: the service's name and the times of its cycles.
    public var serviceCycles: [String: (name: String, times: [Int64])]
    public var counters: [String: CounterSeries]
}
