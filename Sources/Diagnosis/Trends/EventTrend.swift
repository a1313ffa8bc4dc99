/// What a rule may require of how a symptom's events spread over time, beyond their count: the
/// signs of a slow leak that only show across weeks and boots.
public enum EventTrend: Sendable, Equatable {
    /// The weekly count rises over at least this many weeks that logs cover (Mann–Kendall,
    /// p < 0.05, with ties).
    case risingWeekly(weeks: Int)
    /// The events come back after each of at least this many boots in a row.
    case afterEachBoot(boots: Int)
    /// The time from a boot to the first event shrinks over at least this many boots in a row.
    case soonerAfterBoot(boots: Int)

    /// What the symptom's label gets, so reports tell it from the plain event symptom.
    var labelSuffix: String {
        switch self {
        case .risingWeekly: return " per week"
        case .afterEachBoot: return " after each boot"
        case .soonerAfterBoot: return " sooner after each boot"
        }
    }

    /// `rising weekly over 4 weeks`: for check texts.
    public var text: String {
        switch self {
        case .risingWeekly(let weeks): return "with its weekly count rising over \(weeks) weeks"
        case .afterEachBoot(let boots): return "coming back after each of \(boots) boots in a row"
        case .soonerAfterBoot(let boots): return "coming sooner after each boot, over \(boots) boots"
        }
    }
}

/// A counter that must rise steadily (see `CounterTrend`), over at least `over` seconds of
/// samples since the last boot, optionally at about a given rate and with a step at each
/// restart of a service.
public struct CounterPattern: Sendable {
    /// The counter's English name as the rule writes it: `Memory\Pool Paged Bytes`.
    public var counter: String
    public var over: Int64
    /// About this many bytes per second (between half and twice).
    public var rate: SizeRate?
    /// A jump of about this many bytes (between half and twice) each time the service is stopped
    /// and started again.
    public var steps: ServiceStep?
}

/// `0.065KB/10m`: a size per duration.
public struct SizeRate: Sendable {
    public var bytesPerSecond: Double
    public var text: String
}

/// A jump in a counter at each stop and start of a service.
public struct ServiceStep: Sendable {
    public var service: String
    public var key: NameKey
    public var bytes: Double
    public var text: String
}
