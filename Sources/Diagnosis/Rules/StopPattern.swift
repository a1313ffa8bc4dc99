/// Which crashes a symptom is about: STOP codes (or any code), conditions on their four
/// parameters, and the driver the crash happened in.
public struct StopPattern: Sendable {
    /// Empty when `anyCode` is set.
    public var codes: [StopCode]
    /// The article gives no STOP code (`code: any`): every crash matches.
    public var anyCode = false
    /// Four entries; nil = any value.
    public var parameters: [ParameterPattern?]
    /// The module the article's crash is in (`srv.sys`, `hal.dll`), lower-case; nil = any.
    public var driver: String?

    /// How one crash compares with the pattern.
    enum Match: Equatable {
        /// It fits; `driverNamed` when its report named the article's driver.
        case fits(driverNamed: Bool)
        case parametersDiffer
        /// The report names another driver.
        case driverDiffers(String)
    }

    /// Whether the crash fits. A parameter the source did not state does not match a required
    /// value; a crash whose report names no driver is not held against a driver requirement (the
    /// symptom stays uncertain until someone says which driver the blue screen named).
    func match(_ bugcheck: Bugcheck, driver crashDriver: String?) -> Match {
        for (index, pattern) in parameters.enumerated() {
            guard let pattern else { continue }
            guard let value = bugcheck.parameters[index] else { return .parametersDiffer }
            switch pattern {
            case .oneOf(let values): if !values.contains(value) { return .parametersDiffer }
            case .sameAs(let other):
                // Two zero parameters are equal by accident far too often to mean anything.
                guard let otherValue = bugcheck.parameters[other - 1], otherValue == value, value != 0 else { return .parametersDiffer }
            }
        }
        guard let driver, let crashDriver else { return .fits(driverNamed: false) }
        return StopPattern.sameDriver(driver, crashDriver) ? .fits(driverNamed: true) : .driverDiffers(crashDriver)
    }

    /// `srv.sys` = `Srv.sys` = `srv`: module names compared without case and extension.
    static func sameDriver(_ a: String, _ b: String) -> Bool {
        func stem(_ name: String) -> Substring { name.lowercased().split(separator: ".").first ?? "" }
        return stem(a) == stem(b)
    }

    /// `STOP 0x0000000A` or `any STOP`.
    public var codeText: String { anyCode ? "any STOP" : "STOP " + codes.map(\.description).joined(separator: "/") }

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

    /// Why a crash that has the right code is not the article's.
    func mismatchReason(_ bugcheck: Bugcheck, driver crashDriver: String?) -> String {
        if case .driverDiffers(let named) = match(bugcheck, driver: crashDriver), let driver {
            return "the crash \(bugcheck) names \(named), but the article's is in \(driver)"
        }
        return "the crash was \(bugcheck), but the article's has \(parameterText)"
    }
}

/// What one STOP parameter must be: one of some values, or equal to another parameter.
public enum ParameterPattern: Sendable {
    case oneOf([UInt32])
    /// Equal to another parameter (1-based), and not zero.
    case sameAs(Int)
}
