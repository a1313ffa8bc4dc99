/// Three-valued logic: a condition about a machine holds, does not hold, or cannot be told from
/// what is known.
///
/// Unknown facts must lower confidence rather than fail a rule (DESIGN.md), so every check the
/// engine makes returns one of these, and they combine by Kleene's rules: `no` wins an `and`,
/// `yes` wins an `or`, and otherwise `unknown` spreads.
public enum Truth: Sendable, Hashable {
    case yes
    case no
    case unknown

    public init(_ value: Bool) { self = value ? .yes : .no }

    public static func && (lhs: Truth, rhs: Truth) -> Truth {
        if lhs == .no || rhs == .no { return .no }
        if lhs == .unknown || rhs == .unknown { return .unknown }
        return .yes
    }

    public static func || (lhs: Truth, rhs: Truth) -> Truth {
        if lhs == .yes || rhs == .yes { return .yes }
        if lhs == .unknown || rhs == .unknown { return .unknown }
        return .no
    }

    public static prefix func ! (value: Truth) -> Truth {
        switch value {
        case .yes: return .no
        case .no: return .yes
        case .unknown: return .unknown
        }
    }
}
