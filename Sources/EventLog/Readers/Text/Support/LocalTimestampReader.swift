/// Turns the written dates and times of one file into `EventTime`s, in the day/month order chosen
/// for that file, and notices rows that contradict the choice. Rows of a log share their date in
/// long runs, so the last date's day number is kept.
struct LocalTimestampReader {
    let order: DateOrder
    private var lastDate: WrittenDate?
    private var lastDays = 0
    private var lastContradicts = false

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
    mutating func read(date: TextBytes, time: TextBytes) -> Result {
        guard let written = TimestampScanner.scanDateOnly(date), let clock = TimestampScanner.scanTimeOnly(time) else { return .invalid }
        return combine(written, clock)
    }

    /// As `read(date:time:)`, for a caller that has read the time already.
    mutating func read(date: TextBytes, clock: WrittenTime) -> Result {
        guard let written = TimestampScanner.scanDateOnly(date) else { return .invalid }
        return combine(written, clock)
    }

    /// Reads one field holding both (`4/16/2020 3:47:36 PM`, `2016-05-15T17:00:51.526`).
    mutating func read(dateTime: TextBytes) -> Result {
        guard let (written, clock) = TimestampScanner.scanDateTime(dateTime) else { return .invalid }
        return combine(written, clock)
    }

    mutating func combine(_ date: WrittenDate, _ clock: WrittenTime) -> Result {
        if date != lastDate {
            if let day = date.calendarDate(order) {
                lastContradicts = false
                lastDays = CivilDate.daysFromEpoch(year: day.year, month: day.month, day: day.day)
            } else if !date.isYearFirst, order != .yearMonthDay,
                      let day = date.calendarDate(order == .dayMonthYear ? .monthDayYear : .dayMonthYear) {
                lastContradicts = true
                lastDays = CivilDate.daysFromEpoch(year: day.year, month: day.month, day: day.day)
            } else {
                return .invalid
            }
            lastDate = date
        }
        // The scanner has checked the clock's fields.
        var seconds = Int64(lastDays) * 86_400 + Int64(clock.hour * 3600 + clock.minute * 60 + clock.second)
        if let offset = clock.utcOffset { seconds -= Int64(offset) }
        let time = EventTime(seconds: seconds, nanoseconds: Int32(clock.nanosecond), isUTC: clock.utcOffset != nil)
        return lastContradicts ? .contradicting(time) : .time(time)
    }

    /// The problem text for a contradicting row.
    func contradictionMessage(_ text: String) -> String {
        let other: DateOrder = order == .dayMonthYear ? .monthDayYear : .dayMonthYear
        return "the date \"\(text)\" is not \(DateOrderEvidence.name(order)) as chosen for this file; read as \(DateOrderEvidence.name(other)) (use --date-order \(other.rawValue) if the whole file is)"
    }
}
