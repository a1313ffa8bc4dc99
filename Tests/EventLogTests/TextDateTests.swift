import Testing
@testable import EventLog

@Suite("Dates and times of text exports")
struct TextDateTests {
    private func dateTime(_ text: String, _ order: DateOrder = .monthDayYear) -> String? {
        var bytes = Array(text.utf8)
        var reader = LocalTimestampReader(order: order)
        return bytes.withUnsafeMutableBufferPointer { buffer -> String? in
            switch reader.read(dateTime: UnsafeBufferPointer(buffer)) {
            case .time(let time): return time.iso8601
            case .contradicting(let time): return "contradicting " + time.iso8601
            case .invalid: return nil
            }
        }
    }

    private func split(_ date: String, _ time: String, _ order: DateOrder = .monthDayYear) -> String? {
        let dateBytes = Array(date.utf8), timeBytes = Array(time.utf8)
        var reader = LocalTimestampReader(order: order)
        return dateBytes.withUnsafeBufferPointer { d in
            timeBytes.withUnsafeBufferPointer { t -> String? in
                if case .time(let value) = reader.read(date: d, time: t) { return value.iso8601 }
                return nil
            }
        }
    }

    @Test func localeDateShapes() {
        #expect(dateTime("5/14/99 10:02:11 AM") == "1999-05-14T10:02:11")
        #expect(dateTime("5/14/1999 10:02:11 PM") == "1999-05-14T22:02:11")
        #expect(dateTime("14/05/1999 22:02:11", .dayMonthYear) == "1999-05-14T22:02:11")
        #expect(dateTime("14.05.1999 22:02:11", .dayMonthYear) == "1999-05-14T22:02:11")
        #expect(dateTime("14-05-1999 22:02", .dayMonthYear) == "1999-05-14T22:02:00")
        #expect(dateTime("1999-05-14 22:02:11") == "1999-05-14T22:02:11")
        #expect(dateTime("1999-05-14 22:02:11", .dayMonthYear) == "1999-05-14T22:02:11")
        #expect(dateTime("1999. 05. 14. 22:02:11") == "1999-05-14T22:02:11")
        #expect(dateTime("14. 5. 1999 22.02.11", .dayMonthYear) == "1999-05-14T22:02:11")
    }

    @Test func twelveHourClocks() {
        #expect(dateTime("5/14/99 12:00:02 AM") == "1999-05-14T00:00:02")
        #expect(dateTime("5/14/99 12:30:00 PM") == "1999-05-14T12:30:00")
        #expect(dateTime("5/14/99 3:47 pm") == "1999-05-14T15:47:00")
        #expect(dateTime("14/05/1999 3:47:36 p.m.", .dayMonthYear) == "1999-05-14T15:47:36")
        #expect(dateTime("14/05/1999 3:47:36 a. m.", .dayMonthYear) == "1999-05-14T03:47:36")
        #expect(dateTime("5/31/2026 8:36:21\u{202F}PM") == "2026-05-31T20:36:21")
        #expect(dateTime("5/14/99 13:00:00 PM") == nil)
        #expect(split("5/14/99", "4:58:39 AM") == "1999-05-14T04:58:39")
        #expect(split("14.05.99", "22:14", .dayMonthYear) == "1999-05-14T22:14:00")
    }

    @Test func twoDigitYearsBelongToTheNTEra() {
        #expect(dateTime("1/1/70 0:00:00") == "1970-01-01T00:00:00")
        #expect(dateTime("12/31/99 23:59:59") == "1999-12-31T23:59:59")
        #expect(dateTime("1/1/00 0:00:00") == "2000-01-01T00:00:00")
        #expect(dateTime("1/1/69 0:00:00") == "2069-01-01T00:00:00")
    }

    @Test func invisibleMarksAndISO() {
        #expect(dateTime("\u{200E}4/\u{200E}16/\u{200E}2020 3:47:36 PM") == "2020-04-16T15:47:36")
        #expect(dateTime("2016-05-15T17:00:51.526") == "2016-05-15T17:00:51.526")
        #expect(dateTime("2025-11-11T11:44:42.9510000Z") == "2025-11-11T11:44:42.951Z")
        #expect(dateTime("2025-11-11T12:44:42+01:00") == "2025-11-11T11:44:42Z")
    }

    @Test func notDates() {
        #expect(dateTime("") == nil)
        #expect(dateTime("13/45/99 10:00:00") == nil)
        #expect(dateTime("2/30/99 10:00:00") == nil)
        #expect(dateTime("5/14/99") == nil)
        #expect(dateTime("5/14/99 25:00:00") == nil)
        #expect(dateTime("5/14/99 10:00:00 garbage") == nil)
        #expect(dateTime("Information") == nil)
        #expect(dateTime("123/4/99 1:00") == nil)
    }

    @Test func theLastDateIsRememberedButNotItsVerdict() {
        var reader = LocalTimestampReader(order: .monthDayYear)
        let rows = ["5/14/99 10:00:00", "5/14/99 10:00:01", "14/5/99 10:00:02", "14/5/99 10:00:03", "2/30/99 1:00:00", "5/14/99 23:59:59"]
        let results = rows.map { row -> String in
            var bytes = Array(row.utf8)
            return bytes.withUnsafeMutableBufferPointer { buffer in
                switch reader.read(dateTime: UnsafeBufferPointer(buffer)) {
                case .time(let time): return time.iso8601
                case .contradicting(let time): return "contradicting " + time.iso8601
                case .invalid: return "invalid"
                }
            }
        }
        #expect(results == [
            "1999-05-14T10:00:00", "1999-05-14T10:00:01", "contradicting 1999-05-14T10:00:02", "contradicting 1999-05-14T10:00:03",
            "invalid", "1999-05-14T23:59:59",
        ])
    }

    @Test func aDateTheOtherOrderReadsIsFlagged() {
        #expect(dateTime("5/14/99 10:00:00", .dayMonthYear) == "contradicting 1999-05-14T10:00:00")
        #expect(dateTime("14/5/99 10:00:00", .monthDayYear) == "contradicting 1999-05-14T10:00:00")
        #expect(dateTime("99/05/14 10:00:00", .yearMonthDay) == "1999-05-14T10:00:00")
    }

    // MARK: Day/month order from the file's dates

    private func decide(_ dates: [String], forced: DateOrder? = nil) -> (DateOrder, String?) {
        var evidence = DateOrderEvidence()
        for text in dates {
            var bytes = Array(text.utf8)
            let date = bytes.withUnsafeMutableBufferPointer { TimestampScanner.scanDateOnly(UnsafeBufferPointer($0)) }
            if let date { evidence.observe(date) }
        }
        let decision = evidence.decision(forced: forced)
        return (decision.order, decision.reason)
    }

    @Test func aFirstNumberAbove12MeansDayFirst() {
        let (order, reason) = decide(["01/02/99", "13/02/99"])
        #expect(order == .dayMonthYear)
        #expect(reason == "day-first (from dates with a first number above 12)")
    }

    @Test func aSecondNumberAbove12MeansMonthFirst() {
        let (order, reason) = decide(["01/02/99", "02/13/99"])
        #expect(order == .monthDayYear)
        #expect(reason == "month-first (from dates with a second number above 12)")
    }

    @Test func conflictingDatesGoByTheMajorityAndSaySo() {
        let (order, reason) = decide(["13/02/99", "14/02/99", "02/13/99"])
        #expect(order == .dayMonthYear)
        #expect(reason?.contains("some dates disagree") == true)
    }

    @Test func theDayToDaySequenceDecidesAmbiguousDates() {
        // A log running from the 3rd to the 4th of July: a day apart day-first, a month apart month-first.
        #expect(decide(["04-07-2024", "04-07-2024", "03-07-2024", "03-07-2024"]).0 == .dayMonthYear)
        #expect(decide(["3/4/99", "3/5/99", "3/6/99"]).0 == .monthDayYear)
    }

    @Test func dottedDatesAreDayFirstByConvention() {
        let (order, reason) = decide(["01.02.1999", "01.02.1999"])
        #expect(order == .dayMonthYear)
        #expect(reason?.hasPrefix("day-first (dotted or dashed dates") == true)
    }

    @Test func ambiguousDatesDefaultToMonthFirstAndSaySo() {
        let (order, reason) = decide(["01/02/99", "01/02/99"])
        #expect(order == .monthDayYear)
        #expect(reason == "month-first (assumed: no date tells; use --date-order dmy if wrong)")
    }

    @Test func yearFirstDatesNeedNoDecision() {
        let (_, reason) = decide(["1999-05-14", "1999-05-15"])
        #expect(reason == nil)
    }

    @Test func theOptionOverridesTheDates() {
        let (order, reason) = decide(["13/02/99"], forced: .monthDayYear)
        #expect(order == .monthDayYear)
        #expect(reason == "month-first (--date-order)")
    }

    @Test func evidenceSettlesEarly() {
        var evidence = DateOrderEvidence()
        var bytes = Array("13/02/99".utf8)
        let date = bytes.withUnsafeMutableBufferPointer { TimestampScanner.scanDateOnly(UnsafeBufferPointer($0)) }
        for _ in 0..<7 { if let date { evidence.observe(date) } }
        #expect(!evidence.isSettled)
        if let date { evidence.observe(date) }
        #expect(evidence.isSettled)
    }

    @Test func aRunOfYearFirstDatesSettlesTheScan() {
        func date(_ text: String) -> WrittenDate? {
            Array(text.utf8).withUnsafeBufferPointer { TimestampScanner.scanDateOnly($0) }
        }
        var evidence = DateOrderEvidence()
        for _ in 0..<63 { if let iso = date("1999-05-14") { evidence.observe(iso) } }
        #expect(!evidence.isSettled)
        if let iso = date("1999-05-15") { evidence.observe(iso) }
        #expect(evidence.isSettled)
        // A date whose order matters keeps the scan going until something tells.
        var mixed = DateOrderEvidence()
        if let ambiguous = date("03/04/99") { mixed.observe(ambiguous) }
        for _ in 0..<64 { if let iso = date("1999-05-14") { mixed.observe(iso) } }
        #expect(!mixed.isSettled)
    }
}
