/// The value of one fact about a machine.
///
/// Facts come typed: numbers for counts, a service pack range, a list for services and
/// hotfixes, a flag for yes/no facts, and text for the rest (architecture, processors, version).
public enum FactValue: Hashable, Sendable, CustomStringConvertible {
    case text(String)
    case number(Double)
    case flag(Bool)
    case servicePack(ServicePackRange)
    /// A list of names, sorted. `complete` is true when the list is known to be whole (given by
    /// a person); a list inferred from logs only says what was seen.
    case list([String], complete: Bool)

    /// As a person reads it: `4.0`, `450`, `12.5`, `yes`, `below 4`, `DHCP Server, Server`.
    public var description: String {
        switch self {
        case .text(let text): return text
        case .number(let number): return FactValue.format(number)
        case .flag(let flag): return flag ? "yes" : "no"
        case .servicePack(let range): return range.description
        case .list(let items, _): return items.isEmpty ? "none" : items.joined(separator: ", ")
        }
    }

    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// Integers without a decimal point, others with one decimal: deterministic and locale-free.
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return String(number) }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        let tenths = (number * 10).rounded()
        let whole = Int64(tenths / 10)
        let fraction = Int64(abs(tenths)) % 10
        return (tenths < 0 && whole == 0 ? "-" : "") + String(whole) + "." + String(fraction)
    }
}
