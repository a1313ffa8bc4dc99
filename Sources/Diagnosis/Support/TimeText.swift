import EventLog

/// Reads the times people write in rule test cases and facts: ISO 8601 with a `T` or a space,
/// seconds optional, `Z` for UTC (no zone = a local wall-clock time, as text exports give).
public enum TimeText {
    public static func parse(_ text: String) -> EventTime? {
        var rest = Substring(text.trimmingSpaces)
        var isUTC = false
        if rest.hasSuffix("Z") || rest.hasSuffix("z") {
            isUTC = true
            rest = rest.dropLast()
        }
        let parts = rest.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2 || parts.count == 1 else { return nil }
        let date = parts[0].split(separator: "-")
        guard date.count == 3, let year = Int(date[0]), let month = Int(date[1]), let day = Int(date[2]) else { return nil }
        var hour = 0, minute = 0, second = 0
        if parts.count == 2 {
            let clock = parts[1].split(separator: ":")
            guard (2...3).contains(clock.count), let h = Int(clock[0]), let m = Int(clock[1]) else { return nil }
            hour = h
            minute = m
            if clock.count == 3 {
                guard let s = Int(clock[2].prefix { $0 != "." }) else { return nil }
                second = s
            }
        }
        return EventTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, isUTC: isUTC)
    }
}
