/// What a file's own dates say about the order of day and month, gathered from its beginning.
///
/// Text exports write dates in the exporting user's locale and never say which one, so
/// `03/04/99` is March or April depending on the machine. The file itself usually tells, in this
/// order of strength: a first number above 12 can only be a day (and a second one above 12 only a
/// day too); failing that, the day-to-day sequence of a log (consecutive dates one day apart in
/// one reading, a month apart in the other); failing that, the convention that dotted and dashed
/// dates (`03.04.1999`, `03-04-2024`) are day-first. When nothing tells, month-first is assumed
/// and the report says so.
struct DateOrderEvidence {
    /// Dates whose first number is above 12 (only day-first can read them).
    private(set) var dayFirstVotes = 0
    /// Dates whose second number is above 12 (only month-first can read them).
    private(set) var monthFirstVotes = 0
    /// Dates seen that are not year-first (the only ones where the order matters).
    private(set) var ambiguousCandidates = 0
    /// Year-first dates seen (`1999-05-14`, Log Parser's and PowerShell's way).
    private var yearFirst = 0
    private var dottedOrDashed = 0
    private var previous: WrittenDate?
    private var dayFirstDrift = 0
    private var monthFirstDrift = 0
    private var changes = 0

    /// Enough seen to stop looking further into the file: several dates only one order can read,
    /// a clear day-to-day sequence over several changes of date, or a run of year-first dates
    /// and no other kind (one tool wrote the column: the order matters for none of its dates).
    var isSettled: Bool {
        dayFirstVotes >= 8 || monthFirstVotes >= 8 || (ambiguousCandidates == 0 && yearFirst >= 64)
            || (dayFirstVotes + monthFirstVotes == 0 && changes >= 8
                && (dayFirstDrift * 4 <= monthFirstDrift || monthFirstDrift * 4 <= dayFirstDrift))
    }

    mutating func observe(_ date: WrittenDate) {
        guard !date.isYearFirst else {
            yearFirst += 1
            return
        }
        ambiguousCandidates += 1
        if date.separator != ASCII.slash { dottedOrDashed += 1 }
        if date.first > 12 && date.second <= 12 { dayFirstVotes += 1 }
        if date.second > 12 && date.first <= 12 { monthFirstVotes += 1 }
        if let previous, previous != date,
           let dayFirstGap = DateOrderEvidence.gap(previous, date, .dayMonthYear),
           let monthFirstGap = DateOrderEvidence.gap(previous, date, .monthDayYear) {
            dayFirstDrift += dayFirstGap
            monthFirstDrift += monthFirstGap
            changes += 1
        }
        previous = date
    }

    /// The order to read the file with, and the sentence that explains it for the report
    /// (nil when no date of the file depends on it).
    func decision(forced: DateOrder?) -> (order: DateOrder, reason: String?) {
        if let forced {
            return (forced, DateOrderEvidence.name(forced) + " (--date-order)")
        }
        guard ambiguousCandidates > 0 else { return (.monthDayYear, nil) }
        if dayFirstVotes > 0 || monthFirstVotes > 0 {
            let order: DateOrder = dayFirstVotes >= monthFirstVotes ? .dayMonthYear : .monthDayYear
            let conflict = dayFirstVotes > 0 && monthFirstVotes > 0 ? ", though some dates disagree" : ""
            let which = order == .dayMonthYear ? "a first number above 12" : "a second number above 12"
            return (order, DateOrderEvidence.name(order) + " (from dates with \(which)\(conflict))")
        }
        if changes > 0 && dayFirstDrift * 2 <= monthFirstDrift {
            return (.dayMonthYear, "day-first (from the day-to-day sequence of the dates)")
        }
        if changes > 0 && monthFirstDrift * 2 <= dayFirstDrift {
            return (.monthDayYear, "month-first (from the day-to-day sequence of the dates)")
        }
        if dottedOrDashed * 2 > ambiguousCandidates {
            return (.dayMonthYear, "day-first (dotted or dashed dates, by convention; use --date-order mdy if wrong)")
        }
        return (.monthDayYear, "month-first (assumed: no date tells; use --date-order dmy if wrong)")
    }

    static func name(_ order: DateOrder) -> String {
        switch order {
        case .dayMonthYear: return "day-first"
        case .monthDayYear: return "month-first"
        case .yearMonthDay: return "year-first"
        }
    }

    /// Days between two dates read in one order (capped, so one odd jump cannot outweigh a log).
    private static func gap(_ a: WrittenDate, _ b: WrittenDate, _ order: DateOrder) -> Int? {
        guard let x = a.calendarDate(order), let y = b.calendarDate(order) else { return nil }
        let days = abs(CivilDate.daysFromEpoch(year: x.year, month: x.month, day: x.day)
            - CivilDate.daysFromEpoch(year: y.year, month: y.month, day: y.day))
        return min(days, 400)
    }
}

extension DateOrderEvidence {
    /// The day/month order to read a file with: `--date-order` when given, else what the dates
    /// that `observe` finds in the lines of the file's beginning say. The reason goes into
    /// `report.details["date order"]` when any date depends on it.
    static func decide(
        _ file: InputFile, encoding: TextEncoding, options: ReadOptions, report: inout ReadReport,
        observe: (TextLine, inout DateOrderEvidence) -> Void
    ) throws -> DateOrder {
        var evidence = DateOrderEvidence()
        if options.dateOrder == nil {
            try TextExportLines.scanBeginning(file, encoding: encoding) { line in
                observe(line, &evidence)
                return !evidence.isSettled
            }
        }
        let decision = evidence.decision(forced: options.dateOrder)
        if let reason = decision.reason { report.details["date order"] = reason }
        return decision.order
    }
}
