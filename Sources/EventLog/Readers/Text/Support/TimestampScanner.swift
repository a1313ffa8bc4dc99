/// Scans dates and times from the UTF-8 bytes of text exports, by hand (this runs for every row):
/// the numeric dates of every Windows locale (`5/14/99`, `14.05.1999`, `14-05-1999`,
/// `1999-05-14`, `1999. 05. 14.`), 12- and 24-hour times (`3:47:36 PM`, `15:47`, `10.02.11`,
/// `a.m.`/`p.m.`), ISO 8601 (`2016-05-15T17:00:51.526`, `…Z`), with the invisible direction
/// marks (U+200E/U+200F) and no-break spaces that real exports carry.
struct TimestampScanner {
    let bytes: TextBytes
    var index = 0

    init(_ bytes: TextBytes) { self.bytes = bytes }

    var isAtEnd: Bool { index >= bytes.count }

    /// Scans a complete field: a date and a time of day (separated by white space or `T`).
    static func scanDateTime(_ bytes: TextBytes) -> (WrittenDate, WrittenTime)? {
        if let space = bytes.index(of: ASCII.space), space <= 10, let date = plainDate(bytes.slice(0, space)),
           let time = plainTime(bytes.slice(space + 1, bytes.count)) {
            return (date, time)
        }
        var scanner = TimestampScanner(bytes)
        scanner.skipFiller()
        guard let date = scanner.scanDate() else { return nil }
        if scanner.index < bytes.count, bytes[scanner.index] == 0x54 || bytes[scanner.index] == 0x74 { scanner.index += 1 }
        scanner.skipFiller()
        guard let time = scanner.scanTime() else { return nil }
        scanner.skipFiller()
        return scanner.isAtEnd ? (date, time) : nil
    }

    /// Scans a field that holds only a date.
    static func scanDateOnly(_ bytes: TextBytes) -> WrittenDate? {
        if let date = plainDate(bytes) { return date }
        var scanner = TimestampScanner(bytes)
        scanner.skipFiller()
        guard let date = scanner.scanDate() else { return nil }
        scanner.skipFiller()
        return scanner.isAtEnd ? date : nil
    }

    /// Scans a field that holds only a time of day.
    static func scanTimeOnly(_ bytes: TextBytes) -> WrittenTime? {
        if let time = plainTime(bytes) { return time }
        var scanner = TimestampScanner(bytes)
        scanner.skipFiller()
        guard let time = scanner.scanTime() else { return nil }
        scanner.skipFiller()
        return scanner.isAtEnd ? time : nil
    }

    /// Scans `n sep n sep n` at the current position (a trailing `.` after the year is allowed).
    mutating func scanDate() -> WrittenDate? {
        guard let (first, firstDigits) = scanNumber(maxDigits: 4) else { return nil }
        guard index < bytes.count else { return nil }
        let separator = bytes[index]
        guard separator == ASCII.slash || separator == ASCII.dot || separator == ASCII.dash else { return nil }
        index += 1
        skipSpacesAndMarks()
        guard let (second, secondDigits) = scanNumber(maxDigits: 2), secondDigits > 0 else { return nil }
        guard index < bytes.count, bytes[index] == separator else { return nil }
        index += 1
        skipSpacesAndMarks()
        guard let (third, thirdDigits) = scanNumber(maxDigits: 4) else { return nil }
        if separator == ASCII.dot, index < bytes.count, bytes[index] == ASCII.dot { index += 1 }
        guard firstDigits != 3, thirdDigits != 3 else { return nil }
        return WrittenDate(first: first, second: second, third: third, firstDigits: firstDigits, thirdDigits: thirdDigits, separator: separator)
    }

    /// Scans `h:mm[:ss[.fraction]] [AM|PM|a.m.|p.m.] [Z|±hh:mm]` (`.` also separates in some locales).
    mutating func scanTime() -> WrittenTime? {
        guard var (hour, _) = scanNumber(maxDigits: 2) else { return nil }
        guard index < bytes.count, bytes[index] == ASCII.colon || bytes[index] == ASCII.dot else { return nil }
        let separator = bytes[index]
        index += 1
        guard let (minute, minuteDigits) = scanNumber(maxDigits: 2), minuteDigits == 2 else { return nil }
        var second = 0, nanosecond = 0
        if index + 1 < bytes.count, bytes[index] == separator, ASCII.isDigit(bytes[index + 1]) {
            index += 1
            guard let (value, digits) = scanNumber(maxDigits: 2), digits == 2 else { return nil }
            second = value
            if index + 1 < bytes.count, bytes[index] == ASCII.dot || bytes[index] == ASCII.comma, ASCII.isDigit(bytes[index + 1]) {
                index += 1
                nanosecond = scanFraction()
            }
        }
        let beforeMarker = index
        skipFiller()
        if let isAfternoon = scanMeridiem() {
            guard (1...12).contains(hour) else { return nil }
            if hour == 12 { hour = 0 }
            if isAfternoon { hour += 12 }
        } else {
            index = beforeMarker
        }
        guard hour <= 23, minute <= 59, second <= 60 else { return nil }
        let zone = scanZone()
        return WrittenTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond, utcOffset: zone)
    }

    /// Skips white space, no-break spaces and the invisible direction marks.
    @inline(__always)
    mutating func skipFiller() {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.space || byte == ASCII.tab { index += 1; continue }
            if byte >= 0xC2, let length = fillerLength(at: index) { index += length; continue }
            break
        }
    }

    // MARK: Fast paths

    /// `d/m/yy`-shaped dates made of plain ASCII (nearly all of them), read without the general
    /// scanner; nil sends anything else to it.
    static func plainDate(_ bytes: TextBytes) -> WrittenDate? {
        guard let base = bytes.baseAddress, bytes.count >= 6, bytes.count <= 10 else { return nil }
        var index = 0
        @inline(__always) func number(_ maxDigits: Int) -> (Int, Int)? {
            var value = 0, digits = 0
            while index < bytes.count, digits < maxDigits {
                let digit = base[index] &- 0x30
                if digit >= 10 { break }
                value = value * 10 + Int(digit)
                digits += 1
                index += 1
            }
            return digits == 0 ? nil : (value, digits)
        }
        guard let (first, firstDigits) = number(4), index < bytes.count else { return nil }
        let separator = base[index]
        guard separator == ASCII.slash || separator == ASCII.dot || separator == ASCII.dash else { return nil }
        index += 1
        guard let (second, _) = number(2), index < bytes.count, base[index] == separator else { return nil }
        index += 1
        guard let (third, thirdDigits) = number(4), index == bytes.count, firstDigits != 3, thirdDigits != 3 else { return nil }
        return WrittenDate(first: first, second: second, third: third, firstDigits: firstDigits, thirdDigits: thirdDigits, separator: separator)
    }

    /// `h:mm:ss` with an optional ` AM`/` PM`, plain ASCII, read without the general scanner.
    static func plainTime(_ bytes: TextBytes) -> WrittenTime? {
        guard let base = bytes.baseAddress, bytes.count >= 7 else { return nil }
        @inline(__always) func digit(_ index: Int) -> Int? {
            let value = base[index] &- 0x30
            return value < 10 ? Int(value) : nil
        }
        var hour: Int, index: Int
        if base[1] == ASCII.colon, let h = digit(0) {
            (hour, index) = (h, 2)
        } else if base[2] == ASCII.colon, let h1 = digit(0), let h2 = digit(1) {
            (hour, index) = (h1 * 10 + h2, 3)
        } else {
            return nil
        }
        guard index + 5 <= bytes.count, let m1 = digit(index), let m2 = digit(index + 1), base[index + 2] == ASCII.colon,
              let s1 = digit(index + 3), let s2 = digit(index + 4) else { return nil }
        let minute = m1 * 10 + m2, second = s1 * 10 + s2
        index += 5
        if index + 3 == bytes.count, base[index] == ASCII.space, base[index + 2] == 0x4D {
            let marker = base[index + 1]
            guard marker == 0x41 || marker == 0x50, (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (marker == 0x50 ? 12 : 0)
        } else if index != bytes.count {
            return nil
        }
        guard hour <= 23, minute <= 59, second <= 60 else { return nil }
        return WrittenTime(hour: hour, minute: minute, second: second, nanosecond: 0, utcOffset: nil)
    }

    // MARK: Pieces

    private mutating func skipSpacesAndMarks() { skipFiller() }

    /// U+200E, U+200F, U+202F (narrow no-break space), U+00A0 (no-break space), U+FEFF.
    private func fillerLength(at position: Int) -> Int? {
        let byte = bytes[position]
        if byte == 0xC2, position + 1 < bytes.count, bytes[position + 1] == 0xA0 { return 2 }
        if byte == 0xE2, position + 2 < bytes.count, bytes[position + 1] == 0x80 {
            let last = bytes[position + 2]
            if last == 0x8E || last == 0x8F || last == 0xAF { return 3 }
        }
        if byte == 0xEF, position + 2 < bytes.count, bytes[position + 1] == 0xBB, bytes[position + 2] == 0xBF { return 3 }
        return nil
    }

    @inline(__always)
    private mutating func scanNumber(maxDigits: Int) -> (Int, Int)? {
        skipMarksOnly()
        var value = 0, digits = 0
        while index < bytes.count, digits < maxDigits {
            let digit = bytes[index] &- 0x30
            guard digit < 10 else { break }
            value = value * 10 + Int(digit)
            digits += 1
            index += 1
        }
        if digits == 0 || (index < bytes.count && ASCII.isDigit(bytes[index])) { return nil }
        skipMarksOnly()
        return (value, digits)
    }

    /// Direction marks sit inside dates (`‎4/‎16/‎2020`); skip them without skipping spaces.
    @inline(__always)
    private mutating func skipMarksOnly() {
        while index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
              bytes[index + 2] == 0x8E || bytes[index + 2] == 0x8F { index += 3 }
    }

    private mutating func scanFraction() -> Int {
        var value = 0, digits = 0
        while index < bytes.count, ASCII.isDigit(bytes[index]) {
            if digits < 9 {
                value = value * 10 + Int(bytes[index] - 0x30)
                digits += 1
            }
            index += 1
        }
        while digits < 9 { value *= 10; digits += 1 }
        return value
    }

    /// `AM`, `PM`, `a.m.`, `p. m.` in any case; true for the afternoon.
    private mutating func scanMeridiem() -> Bool? {
        guard index < bytes.count else { return nil }
        let letter = ASCII.lowercased(bytes[index])
        guard letter == 0x61 || letter == 0x70 else { return nil }
        var cursor = index + 1
        if cursor < bytes.count, bytes[cursor] == ASCII.dot { cursor += 1 }
        while cursor < bytes.count, bytes[cursor] == ASCII.space { cursor += 1 }
        if cursor < bytes.count, bytes[cursor] == 0xC2, cursor + 1 < bytes.count, bytes[cursor + 1] == 0xA0 { cursor += 2 }
        guard cursor < bytes.count, ASCII.lowercased(bytes[cursor]) == 0x6D else { return nil }
        cursor += 1
        if cursor < bytes.count, bytes[cursor] == ASCII.dot { cursor += 1 }
        if cursor < bytes.count, ASCII.lowercased(bytes[cursor]) &- 0x61 < 26 { return nil }
        index = cursor
        return letter == 0x70
    }

    /// `Z`, `+01:00`, `-0500`; nil (and nothing consumed) when there is none.
    private mutating func scanZone() -> Int? {
        guard index < bytes.count else { return nil }
        let byte = bytes[index]
        if byte == 0x5A || byte == 0x7A { index += 1; return 0 }
        guard byte == 0x2B || byte == ASCII.dash, index + 2 < bytes.count, ASCII.isDigit(bytes[index + 1]) else { return nil }
        let start = index
        index += 1
        guard let (hours, hourDigits) = scanNumber(maxDigits: 2), hourDigits == 2 else { index = start; return nil }
        if index < bytes.count, bytes[index] == ASCII.colon { index += 1 }
        let minutes = scanNumber(maxDigits: 2)?.0 ?? 0
        let offset = hours * 3600 + minutes * 60
        return byte == ASCII.dash ? -offset : offset
    }
}
