/// Durations as rules write them.
public enum Duration {
    /// `30s`, `10m`, `4h`, `7d`, `2w` (also `10 min`, `7 days`) → seconds; nil otherwise.
    static func seconds(_ text: String) -> Int64? {
        let compact = text.lowercased().filter { !$0.isWhitespace }
        let digits = compact.prefix { $0.isASCIIDigitCharacter }
        guard !digits.isEmpty, let count = Int64(digits), count >= 0, count < 1_000_000 else { return nil }
        let unit: Int64
        switch compact.dropFirst(digits.count) {
        case "s", "sec", "secs", "second", "seconds": unit = 1
        case "m", "min", "mins", "minute", "minutes": unit = 60
        case "h", "hour", "hours": unit = 3600
        case "d", "day", "days": unit = 86_400
        case "w", "week", "weeks": unit = 604_800
        default: return nil
        }
        return count * unit
    }

    /// 604800 → `7d`, 5400 → `90m`: the largest unit that divides exactly.
    public static func text(_ seconds: Int64) -> String {
        for (unit, name) in [(Int64(86_400), "d"), (3600, "h"), (60, "m")] where seconds >= unit && seconds % unit == 0 {
            return "\(seconds / unit)\(name)"
        }
        return "\(seconds)s"
    }

    /// 9.3 days, 5 hours, 40 minutes: a length of time as a person says it.
    static func spoken(_ seconds: Int64) -> String {
        func amount(_ number: String, _ unit: String) -> String { number + " " + unit + (number == "1" ? "" : "s") }
        if seconds >= 86_400 { return amount(FactValue.format((Double(seconds) / 86_400 * 10).rounded() / 10), "day") }
        if seconds >= 3600 { return amount(FactValue.format((Double(seconds) / 3600 * 10).rounded() / 10), "hour") }
        if seconds >= 60 { return amount(String(seconds / 60), "minute") }
        return amount(String(seconds), "second")
    }
}
