/// A point in time as an event log states it: either a UTC instant, or a local wall-clock time
/// whose zone the file does not say.
///
/// NT's binary logs and event XML carry UTC; the text exports carry the exporting machine's local
/// time with no zone. Mixing the two silently would shift events by hours, so the distinction is
/// kept: `isUTC == false` means "a wall clock somewhere", and is printed without a zone.
/// `seconds` counts from 1970-01-01T00:00:00 in the time's own frame (UTC, or the local clock).
public struct EventTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var seconds: Int64
    public var nanoseconds: Int32
    public var isUTC: Bool

    public init(seconds: Int64, nanoseconds: Int32 = 0, isUTC: Bool) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.isUTC = isUTC
    }

    /// Builds a time from calendar fields; nil when a field is out of range.
    public init?(
        year: Int, month: Int, day: Int,
        hour: Int = 0, minute: Int = 0, second: Int = 0, nanosecond: Int = 0,
        isUTC: Bool
    ) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
              (0..<1_000_000_000).contains(nanosecond)
        else { return nil }
        let days = CivilDate.daysFromEpoch(year: year, month: month, day: day)
        seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        nanoseconds = Int32(nanosecond)
        self.isUTC = isUTC
    }

    public static func < (lhs: EventTime, rhs: EventTime) -> Bool {
        (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
    }

    /// This time moved by a number of seconds (a zone offset, a duration).
    public func adding(seconds delta: Int64) -> EventTime {
        EventTime(seconds: seconds + delta, nanoseconds: nanoseconds, isUTC: isUTC)
    }

    /// The calendar fields of this time in its own frame.
    public var components: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let (y, m, d) = CivilDate.fromDaysSinceEpoch(days)
        return (y, m, d, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
    }

    /// ISO 8601: `2024-07-03T12:34:56Z` for UTC, no zone for local time; a fraction only when
    /// there is one (trailing zeros removed).
    public var iso8601: String {
        let c = components
        var text = CivilDate.pad(c.year, 4) + "-" + CivilDate.pad(c.month, 2) + "-" + CivilDate.pad(c.day, 2)
        text += "T" + CivilDate.pad(c.hour, 2) + ":" + CivilDate.pad(c.minute, 2) + ":" + CivilDate.pad(c.second, 2)
        if nanoseconds > 0 {
            var fraction = CivilDate.pad(Int(nanoseconds), 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        if isUTC { text += "Z" }
        return text
    }

    public var description: String { iso8601 }
}

/// Proleptic Gregorian calendar arithmetic without Foundation (fast, locale-free, deterministic).
enum CivilDate {
    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (H. Hinnant's days_from_civil).
    static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The calendar date of a day count since 1970-01-01 (H. Hinnant's civil_from_days).
    static func fromDaysSinceEpoch(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
