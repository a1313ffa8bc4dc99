/// Which crashes a symptom is about: STOP codes and conditions on their four parameters.
public struct StopPattern: Sendable {
    public var codes: [StopCode]
    /// Four entries; nil = any value.
    public var parameters: [ParameterPattern?]

    /// True when the crash's parameters fit. A parameter the source did not state does not match
    /// a required value.
    func accepts(_ bugcheck: Bugcheck) -> Bool {
        for (index, pattern) in parameters.enumerated() {
            guard let pattern else { continue }
            guard let value = bugcheck.parameters[index] else { return false }
            switch pattern {
            case .oneOf(let values): if !values.contains(value) { return false }
            case .sameAs(let other):
                // Two zero parameters are equal by accident far too often to mean anything.
                guard let otherValue = bugcheck.parameters[other - 1], otherValue == value, value != 0 else { return false }
            }
        }
        return true
    }

    /// `p1 = 0xBAD0B0E4, p3 = p1`: the parameter requirements, for evidence and reasons.
    public var parameterText: String {
        parameters.enumerated().compactMap { index, pattern in
            guard let pattern else { return nil }
            switch pattern {
            case .oneOf(let values): return "p\(index + 1) = " + values.map(StopCode.hex32).joined(separator: " or ")
            case .sameAs(let other): return "p\(index + 1) = p\(other)"
            }
        }.joined(separator: ", ")
    }
}

/// What one STOP parameter must be: one of some values, or equal to another parameter.
public enum ParameterPattern: Sendable {
    case oneOf([UInt32])
    /// Equal to another parameter (1-based), and not zero.
    case sameAs(Int)
}
