/// Reads a fact's value as people write it (facts files, `--fact`, rule conditions, rule test
/// cases), typed by the fact's name.
public enum FactParser {
    /// The value of `name` written as `text`; the error says what was expected.
    public static func parse(name: String, text: String) -> Result<FactValue, FactValueError> {
        let trimmed = text.trimmingSpaces
        let key = trimmed.lowercased().filter { $0.isLetter || $0.isNumber }
        switch FactName.kind(of: name) {
        case .text:
            guard !trimmed.isEmpty else { return .failure(FactValueError("an empty value")) }
            return .success(.text(name == FactName.osVersion ? normalisedVersion(trimmed) : trimmed))
        case .number:
            guard let number = number(trimmed) else { return .failure(FactValueError("a number, e.g. 450")) }
            return .success(.number(number))
        case .servicePack:
            guard let range = ServicePackRange(parsing: trimmed) else {
                return .failure(FactValueError("a service pack: 0…6 or 6a, SP3, below 4, 4 or later, 6 or 6a"))
            }
            return .success(.servicePack(range))
        case .architecture:
            guard let canonical = FactName.architectures[key] else { return .failure(FactValueError("x86, alpha, mips or ppc")) }
            return .success(.text(canonical))
        case .processors:
            guard let canonical = processors(key) else { return .failure(FactValueError("uniprocessor or multiprocessor (or a processor count)")) }
            return .success(.text(canonical))
        case .edition:
            guard let canonical = FactName.editions[key] else {
                return .failure(FactValueError("server, workstation, enterprise or terminal-server"))
            }
            return .success(.text(canonical))
        case .list:
            let items = trimmed.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            return .success(list(items))
        case .free:
            return .success(freeValue(trimmed))
        }
    }

    /// A list fact given as separate items (a YAML sequence).
    public static func list(_ items: [String]) -> FactValue {
        .list(Array(Set(items.map { $0.trimmingSpaces }.filter { !$0.isEmpty })).sorted(), complete: true)
    }

    /// A free-form fact: yes/no, a number, or text.
    static func freeValue(_ text: String) -> FactValue {
        switch text.lowercased() {
        case "true", "yes", "on": return .flag(true)
        case "false", "no", "off": return .flag(false)
        default: break
        }
        if let value = number(text) { return .number(value) }
        return .text(text)
    }

    /// `450`, `1,200`, `1_200`, `12.5`; nil for anything else.
    static func number(_ text: String) -> Double? {
        let cleaned = text.filter { $0 != "," && $0 != "_" }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCIIDigitCharacter || $0 == "." || $0 == "-" }) else { return nil }
        return Double(cleaned)
    }

    static func processors(_ key: String) -> String? {
        switch key {
        case "uniprocessor", "up", "single", "singleprocessor": return "uniprocessor"
        case "multiprocessor", "mp", "smp", "multi": return "multiprocessor"
        default:
            guard let count = Int(key), count > 0 else { return nil }
            return count == 1 ? "uniprocessor" : "multiprocessor"
        }
    }

    /// `4.0`, `4.00`, `4` → `4.0`; `5.01.` → `5.1`; anything else unchanged.
    public static func normalisedVersion(_ text: String) -> String {
        var trimmed = Substring(text)
        while trimmed.last == "." { trimmed.removeLast() }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let major = Int(parts[0]) else { return String(trimmed) }
        let minor = parts.count == 2 ? Int(parts[1]) : 0
        guard let minor else { return String(trimmed) }
        return "\(major).\(minor)"
    }
}

/// Why a fact's value could not be read: what was expected instead.
public struct FactValueError: Error, Hashable, Sendable {
    public let expected: String
    public init(_ expected: String) { self.expected = expected }
}
