/// What is known of a machine's service pack: an exact level, or a range of levels.
///
/// Logs rarely say the level exactly: event 6009 reads "Service Pack 6" for both SP6 and SP6a,
/// and a log with boots but no 6009 at all says only "below SP4" (6009 first appeared in SP4).
/// Keeping the range lets a rule ask "is it below SP4?" and get yes, no or "cannot tell".
public struct ServicePackRange: Hashable, Sendable, CustomStringConvertible {
    public let lowest: ServicePack
    public let highest: ServicePack

    public init(_ lowest: ServicePack, _ highest: ServicePack) {
        self.lowest = min(lowest, highest)
        self.highest = max(lowest, highest)
    }

    public static func exactly(_ level: ServicePack) -> ServicePackRange { ServicePackRange(level, level) }

    /// Every level strictly below `level` (nil below RTM).
    public static func below(_ level: ServicePack) -> ServicePackRange? {
        level.previous.map { ServicePackRange(.rtm, $0) }
    }

    /// `level` or any later one.
    public static func atLeast(_ level: ServicePack) -> ServicePackRange { ServicePackRange(level, .latest) }

    /// The levels a CSD string ("Service Pack 3", "Service Pack 3, RC 1.32", "") can mean:
    /// an empty string is RTM, "Service Pack 6" is SP6 or SP6a, a number followed by other text
    /// (hotfix kernels report "RC 1.32" suffixes) reads as that number. Nil when no level is named.
    public static func fromCSD(_ text: String) -> ServicePackRange? {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty { return .exactly(.rtm) }
        let lower = trimmed.lowercased()
        guard let range = lower.firstRange(of: "service pack") else { return nil }
        var rest = lower[range.upperBound...].drop { $0 == " " }
        let digits = rest.prefix { $0.isASCIIDigitCharacter }
        guard !digits.isEmpty, let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        let revised = rest.first == "a" && !(rest.dropFirst().first?.isLetter ?? false)
        guard let level = ServicePack(number: number, revised: revised) else { return nil }
        if number == 6 && !revised { return ServicePackRange(level, .sp6a) }
        return .exactly(level)
    }

    /// Reads what a person writes: `3`, `SP6a`, `Service Pack 3`, `below 4`, `< 4`, `at least 4`,
    /// `>= 4`, `4 or later`, `4+`, `3-5`, `6 or 6a`.
    public init?(parsing text: String) {
        let lower = text.lowercased().trimmingSpaces
        func level(_ part: Substring) -> ServicePack? { ServicePack(parsing: String(part)) }
        for prefix in ["below ", "<"] where lower.hasPrefix(prefix) {
            guard let top = level(lower.dropFirst(prefix.count)), let range = ServicePackRange.below(top) else { return nil }
            self = range
            return
        }
        for prefix in ["at least ", ">="] where lower.hasPrefix(prefix) {
            guard let bottom = level(lower.dropFirst(prefix.count)) else { return nil }
            self = .atLeast(bottom)
            return
        }
        for suffix in [" or later", "+"] where lower.hasSuffix(suffix) {
            guard let bottom = level(lower.dropLast(suffix.count)) else { return nil }
            self = .atLeast(bottom)
            return
        }
        for separator in [" or ", "-", " to "] {
            let parts = lower.split(separator: separator, omittingEmptySubsequences: false)
            if parts.count == 2, let a = level(parts[0]), let b = level(parts[1]) {
                self = ServicePackRange(a, b)
                return
            }
        }
        if let exact = ServicePack(parsing: lower) {
            self = .exactly(exact)
            return
        }
        if let csd = ServicePackRange.fromCSD(text), lower.contains("service pack") {
            self = csd
            return
        }
        return nil
    }

    public var isExact: Bool { lowest == highest }

    public func contains(_ level: ServicePack) -> Bool { lowest <= level && level <= highest }

    public func overlaps(_ other: ServicePackRange) -> Bool { lowest <= other.highest && other.lowest <= highest }

    /// Is the machine's level below `level`? Yes, no, or cannot tell.
    public func isBelow(_ level: ServicePack) -> Truth {
        if highest < level { return .yes }
        if lowest >= level { return .no }
        return .unknown
    }

    /// `3`, `6 or 6a`, `below 4`, `4 or later`, `3 to 5`: the form printed in reports and JSON.
    public var description: String {
        if isExact { return lowest.label }
        if lowest.number == 6 && highest.isRevised && !lowest.isRevised { return "6 or 6a" }
        if lowest == .rtm, let next = highest.next { return "below " + next.label }
        if highest == .latest { return lowest.label + " or later" }
        return lowest.label + " to " + highest.label
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks (Foundation-free).
    var trimmingSpaces: String {
        var view = Substring(self)
        // Most text has none: a printable ASCII byte at each end settles it without Characters.
        if let first = view.utf8.first, let last = view.utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return String(view)
        }
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
