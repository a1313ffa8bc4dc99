/// The three numbers of a date as a text export wrote it, before day and month are told apart.
///
/// `14/05/99`, `5/14/1999`, `14.05.1999`, `14-05-1999` and `1999-05-14` all scan to one of these;
/// which of `first` and `second` is the day is decided per file (see `DateOrderEvidence`).
struct WrittenDate: Hashable {
    var first: Int
    var second: Int
    var third: Int
    var firstDigits: Int
    var thirdDigits: Int
    /// The separator between the numbers: `/`, `.` or `-`.
    var separator: UInt8

    /// True when the year comes first (`1999-05-14`, or a first number no day can be).
    var isYearFirst: Bool { firstDigits >= 3 || (first > 31 && third <= 31) }

    /// The calendar date in the given order; nil when the numbers are no date in that order.
    func calendarDate(_ order: DateOrder) -> (year: Int, month: Int, day: Int)? {
        let year: Int, month: Int, day: Int
        if isYearFirst || order == .yearMonthDay {
            (year, month, day) = (WrittenDate.fullYear(first, digits: firstDigits), second, third)
        } else if order == .dayMonthYear {
            (year, month, day) = (WrittenDate.fullYear(third, digits: thirdDigits), second, first)
        } else {
            (year, month, day) = (WrittenDate.fullYear(third, digits: thirdDigits), first, second)
        }
        guard (1...12).contains(month), year >= 1, day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        return (year, month, day)
    }

    /// Two-digit years as NT-era logs mean them: 00–69 are 2000–2069, 70–99 are 1970–1999.
    static func fullYear(_ value: Int, digits: Int) -> Int {
        guard digits <= 2 else { return value }
        return value < 70 ? 2000 + value : 1900 + value
    }
}

/// A time of day as a text export wrote it, with the zone when the text states one.
struct WrittenTime: Hashable {
    var hour: Int
    var minute: Int
    var second: Int
    var nanosecond: Int
    /// Seconds east of UTC when the text says (`Z`, `+01:00`); nil for local wall-clock time.
    var utcOffset: Int?
}
