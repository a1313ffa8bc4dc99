/// Turns the written dates and times of one file into `EventTime`s, in the day/month order chosen
/// for that file, and notices rows that contradict the choice.
struct LocalTimestampReader {
    let order: DateOrder

    enum Result {
        /// The time, read in the file's order.
        case time(EventTime)
        /// The date cannot be read in the file's order but can in the other one (the time given).
        case contradicting(EventTime)
        /// Not a date and time.
        case invalid
    }

    init(order: DateOrder) { self.order = order }

    /// Reads a date field and a separate time field (NT exports, dumpel).
    func read(date: TextBytes, time: TextBytes) -> Result {
        guard let written = TimestampScanner.scanDateOnly(date), let clock = TimestampScanner.scanTimeOnly(time) else { return .invalid }
        return combine(written, clock)
    }

    /// Reads one field holding both (`4/16/2020 3:47:36 PM`, `2016-05-15T17:00:51.526`).
    func read(dateTime: TextBytes) -> Result {
        guard let (written, clock) = TimestampScanner.scanDateTime(dateTime) else { return .invalid }
        return combine(written, clock)
    }

    func combine(_ date: WrittenDate, _ clock: WrittenTime) -> Result {
        if let day = date.calendarDate(order) {
            return make(day, clock).map(Result.time) ?? .invalid
        }
        let other: DateOrder = order == .dayMonthYear ? .monthDayYear : .dayMonthYear
        guard !date.isYearFirst, order != .yearMonthDay, let day = date.calendarDate(other) else { return .invalid }
        return make(day, clock).map(Result.contradicting) ?? .invalid
    }

    /// The problem text for a contradicting row.
    func contradictionMessage(_ text: String) -> String {
        let other: DateOrder = order == .dayMonthYear ? .monthDayYear : .dayMonthYear
        return "the date \"\(text)\" is not \(DateOrderEvidence.name(order)) as chosen for this file; read as \(DateOrderEvidence.name(other)) (use --date-order \(other.rawValue) if the whole file is)"
    }

    private func make(_ day: (year: Int, month: Int, day: Int), _ clock: WrittenTime) -> EventTime? {
        guard let time = EventTime(year: day.year, month: day.month, day: day.day, hour: clock.hour, minute: clock.minute,
                                   second: clock.second, nanosecond: clock.nanosecond, isUTC: clock.utcOffset != nil)
        else { return nil }
        guard let offset = clock.utcOffset else { return time }
        return time.adding(seconds: -Int64(offset))
    }
}
