import EventLog

/// One regression sample carried inside a rule: events and facts, and the status the rule
/// must give them. `ntdiag rules test` and `swift test` run every case of every rule.
public struct RuleTestCase: Sendable {
    public enum Expectation: Sendable, Equatable, CustomStringConvertible {
        case status(FindingStatus)
        /// The rule must not report anything.
        case nothing

        public var description: String {
            switch self {
            case .status(let status): return status.rawValue
            case .nothing: return "none"
            }
        }

        /// Positive cases find the defect; negative ones must not (ruled out or not reported).
        public var isPositive: Bool {
            switch self {
            case .status(let status): return status.isOpen
            case .nothing: return false
            }
        }
    }

    public var name: String
    public var computer: String
    public var events: [Event]
    /// Counter samples (from `counter:` entries), by counter name.
    public var counters: [String: CounterSeries] = [:]
    public var facts: [Fact]
    public var expectation: Expectation
    /// Text the finding's reason must contain.
    public var reasonContains: String?
    /// Facts the finding must list as missing (exactly these, in any order).
    public var missingFacts: [String]?
    public var line: Int
}
