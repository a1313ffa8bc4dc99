/// How the user asked a file to be read; every field defaults to "work it out from the content".
public struct ReadOptions: Sendable, Hashable {
    /// Force a format instead of sniffing (`--input-format`).
    public var format: LogFormat?
    /// Force a text encoding instead of sniffing (`--encoding`).
    public var encoding: TextEncoding?
    /// Force the order of day and month in numeric dates (`--date-order`).
    public var dateOrder: DateOrder?
    /// Pin local wall-clock times to a zone, making them UTC instants (`--timezone`).
    public var timeZone: FixedTimeZone?
    /// How much of each event the caller needs (`events --summary` needs only the counts).
    public var detail: ReadDetail
    /// With `detail == .full`: when set, only events with these IDs need their insertion strings,
    /// message and binary data; the others may come with those left empty (every other field,
    /// the counts and the problems stay the same). Readers for which text costs little ignore it.
    public var textOnlyFor: EventIDSet?
    /// Read XML with libxml2 alone, without `PlainXMLScanner` in front of it. Events and problems
    /// are the same either way (only slower); this is for holding the two to that (tests, the
    /// differential fuzz target, benchmarks).
    public var libxml2Only = false

    public init(
        format: LogFormat? = nil,
        encoding: TextEncoding? = nil,
        dateOrder: DateOrder? = nil,
        timeZone: FixedTimeZone? = nil,
        detail: ReadDetail = .full,
        textOnlyFor: EventIDSet? = nil
    ) {
        self.format = format
        self.encoding = encoding
        self.dateOrder = dateOrder
        self.timeZone = timeZone
        self.detail = detail
        self.textOnlyFor = textOnlyFor
    }
}

/// How much of each event a reader must decode.
///
/// Counting and validating a log needs the record structure, not its text: a reader may then
/// skip what is costly to build (insertion strings, messages, binary data), leaving those fields
/// empty, while the counts of events, recovered and skipped records and the problems stay exactly
/// what a full read reports. Readers for which nothing is costly ignore it.
public enum ReadDetail: Sendable, Hashable {
    /// Every field of every event.
    case full
    /// Counts and problems; events may carry only their fixed fields.
    case summary
}

/// The order of the numeric fields of a date as a locale writes it.
public enum DateOrder: String, Sendable, Hashable, CaseIterable {
    /// Month before day: `5/14/99` (en-US).
    case monthDayYear = "mdy"
    /// Day before month: `14/05/99`, `14.05.1999` (most of Europe).
    case dayMonthYear = "dmy"
    /// Year first: `1999-05-14`.
    case yearMonthDay = "ymd"
}

/// A zone to pin local times to, given as a UTC offset (`+01:00`, `-0500`, `UTC`).
///
/// Historical daylight-saving rules are not applied: NT-era logs span decades and the exporting
/// machine's rules are unknown, so a fixed offset is the honest choice.
public struct FixedTimeZone: Sendable, Hashable, CustomStringConvertible {
    /// Seconds east of UTC.
    public var offsetSeconds: Int

    public init(offsetSeconds: Int) { self.offsetSeconds = offsetSeconds }

    /// Parses `UTC`, `Z`, `+01:00`, `-05:00`, `+0530`, `+1`, `UTC+2`.
    public init?(parsing text: String) {
        var rest = Substring(text.trimmingCharacters(in: " ").uppercased())
        if rest.hasPrefix("UTC") { rest = rest.dropFirst(3) } else if rest.hasPrefix("GMT") { rest = rest.dropFirst(3) }
        if rest.isEmpty || rest == "Z" { offsetSeconds = 0; return }
        guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
        let digits = rest.dropFirst().filter { $0 != ":" }
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else { return nil }
        let (hours, minutes) = digits.count <= 2 ? (value, 0) : (value / 100, value % 100)
        guard hours <= 14, minutes < 60 else { return nil }
        offsetSeconds = (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    public var description: String {
        let sign = offsetSeconds < 0 ? "-" : "+"
        let magnitude = abs(offsetSeconds)
        return "UTC" + sign + CivilDate.pad(magnitude / 3600, 2) + ":" + CivilDate.pad(magnitude / 60 % 60, 2)
    }

    /// The UTC instant of a local wall-clock time in this zone; UTC times pass unchanged.
    public func pin(_ time: EventTime) -> EventTime {
        guard !time.isUTC else { return time }
        return EventTime(seconds: time.seconds - Int64(offsetSeconds), nanoseconds: time.nanoseconds, isUTC: true)
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var view = Substring(self)
        while view.first == set { view.removeFirst() }
        while view.last == set { view.removeLast() }
        return String(view)
    }
}

extension ReadOptions {
    /// Whether a reader should build the insertion strings, message and data of an event with
    /// this ID (`nil`: the ID is not known yet, so the text is kept).
    @inline(__always)
    public func wantsText(id: UInt16?) -> Bool {
        guard detail == .full else { return false }
        guard let textOnlyFor, let id else { return true }
        return textOnlyFor.contains(id)
    }
}
