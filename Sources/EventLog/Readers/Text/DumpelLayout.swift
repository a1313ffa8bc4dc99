/// How one dumpel file separates its fields, and whether the user comes before the source.
struct DumpelLayout {
    enum Separator { case tab, comma, spaces }
    var separator: Separator
    var userFirst: Bool

    /// The fields of one record line (bytes of that line).
    struct Record {
        var date: TextBytes
        var time: TextBytes
        /// The time read from `time` (the line is recognised by it, so it is read once).
        var clock: WrittenTime
        /// The three numbers, read once when the line is recognised by them.
        var type: UInt64
        var category: UInt64
        var id: UInt64
        var user: TextBytes
        var source: TextBytes
        var computer: TextBytes
        /// Everything after the computer name: the insertion strings as written.
        var rest: TextBytes
    }

    /// Sources of NT 4.0 whose names hold spaces, for files whose fields are separated by spaces.
    static let spacedSources = ["Service Control Manager", "Application Popup", "Save Dump", "Windows File Protection"].map { Array($0.utf8) }

    static func separator(after line: TextBytes) -> Separator? {
        var scanner = TimestampScanner(line)
        scanner.skipFiller()
        guard scanner.scanDate() != nil, scanner.index < line.count else { return nil }
        switch line[scanner.index] {
        case ASCII.tab: return .tab
        case ASCII.comma: return .comma
        case ASCII.space: return .spaces
        default: return nil
        }
    }

    private static let notApplicable = Array("n/a".utf8), sidPrefix = Array("S-1-".utf8), meridiemTail = Array("m.".utf8)

    /// `N/A`, `DOMAIN\user` or a SID: what the user column holds.
    static func isUserLike(_ field: TextBytes) -> Bool {
        let text = field.trimmed()
        return text.equalsIgnoringCase(notApplicable) || text.index(of: ASCII.backslash) != nil || text.hasPrefix(sidPrefix)
    }

    /// The record on a line, or nil when the line does not start with date, time and three numbers.
    func parse(_ line: TextBytes) -> Record? {
        guard let first = line.first, ASCII.isDigit(first) || first == 0xE2 || ASCII.isSpace(first) || first == ASCII.quote else { return nil }
        return separator == .spaces ? parseSpaced(line) : parseDelimited(line, separator == .tab ? ASCII.tab : ASCII.comma)
    }

    private func parseDelimited(_ line: TextBytes, _ delimiter: UInt8) -> Record? {
        var fields = LineFields(line, delimiter: delimiter)
        guard let date = fields.next(), let time = fields.next(), let type = fields.next(), let category = fields.next(),
              let id = fields.next(), let fifth = fields.next(), let sixth = fields.next(), let computer = fields.next(),
              let clock = TimestampScanner.scanTimeOnly(time),
              let typeValue = type.unsignedValue, let categoryValue = category.unsignedValue, let idValue = id.unsignedValue else { return nil }
        let (user, source) = userFirst ? (fifth, sixth) : (sixth, fifth)
        return Record(date: date, time: time, clock: clock, type: typeValue, category: categoryValue, id: idValue,
                      user: user, source: source, computer: computer, rest: fields.rest)
    }

    private func parseSpaced(_ line: TextBytes) -> Record? {
        var tokens = SpacedTokens(line)
        guard let date = tokens.next(), let timeStart = tokens.next() else { return nil }
        var timeEnd = timeStart.upperBound
        var probe = tokens
        if let marker = probe.next() {
            let text = line.slice(marker.lowerBound, marker.upperBound)
            let lower = text.count > 0 ? ASCII.lowercased(text[0]) : 0
            if text.count <= 4, lower == 0x61 || lower == 0x70 {
                timeEnd = marker.upperBound
                tokens = probe
                // "a. m." is two tokens.
                if text.count == 2, text[1] == ASCII.dot, let m = probe.next(), line.slice(m.lowerBound, m.upperBound).equalsIgnoringCase(DumpelLayout.meridiemTail) {
                    timeEnd = m.upperBound
                    tokens = probe
                }
            }
        }
        guard let type = tokens.next(), let category = tokens.next(), let id = tokens.next() else { return nil }
        let time = line.slice(timeStart.lowerBound, timeEnd)
        guard let clock = TimestampScanner.scanTimeOnly(time) else { return nil }
        let bytes = { (range: Range<Int>) in line.slice(range.lowerBound, range.upperBound) }
        guard let typeValue = bytes(type).unsignedValue, let categoryValue = bytes(category).unsignedValue,
              let idValue = bytes(id).unsignedValue else { return nil }
        let user: Range<Int>, source: Range<Int>
        if userFirst {
            guard let found = tokens.next(), let sourceStart = tokens.peekStart() else { return nil }
            user = found
            let afterUser = line.slice(sourceStart, line.count)
            if let spaced = DumpelLayout.spacedSources.first(where: { afterUser.hasPrefix($0) && (afterUser.count == $0.count || ASCII.isSpace(afterUser[$0.count])) }) {
                source = sourceStart..<(sourceStart + spaced.count)
                tokens.skip(to: source.upperBound)
            } else {
                guard let one = tokens.next() else { return nil }
                source = one
            }
        } else {
            // The source runs up to the token that looks like a user (sources may hold spaces).
            guard let sourceFirst = tokens.next() else { return nil }
            var sourceEnd = sourceFirst.upperBound
            var probe = tokens
            var found: Range<Int>?
            for _ in 0..<4 {
                guard let token = probe.next() else { break }
                if DumpelLayout.isUserLike(bytes(token)) { found = token; break }
                sourceEnd = token.upperBound
            }
            if let found {
                user = found
                source = sourceFirst.lowerBound..<sourceEnd
                tokens = probe
            } else {
                guard let next = tokens.next() else { return nil }
                user = next
                source = sourceFirst
            }
        }
        guard let computer = tokens.next() else { return nil }
        let restStart = tokens.peekStart() ?? line.count
        return Record(date: bytes(date), time: time, clock: clock, type: typeValue, category: categoryValue, id: idValue,
                      user: bytes(user), source: bytes(source), computer: bytes(computer), rest: line.slice(restStart, line.count))
    }

    /// The insertion strings of a record. `joined` becomes true when they were separated by spaces.
    func strings(_ record: Record, id: UInt16, joined: inout Bool) -> [String] {
        let rest = record.rest.trimmed()
        if rest.isEmpty { return [] }
        switch separator {
        case .comma:
            return DumpelLayout.split(record.rest, ASCII.comma)
        case .tab where record.rest.index(of: ASCII.tab) != nil:
            return DumpelLayout.split(record.rest, ASCII.tab)
        default:
            if rest.index(of: ASCII.space) != nil { joined = true }
            return DumpelStrings.split(rest, source: record.source.trimmed(), id: id)
        }
    }

    private static func split(_ bytes: TextBytes, _ delimiter: UInt8) -> [String] {
        var strings: [String] = []
        var fields = LineFields(bytes.trimmedTrailing(), delimiter: delimiter)
        var open = 0
        while let field = fields.next() {
            let text = field.trimmed().string
            // A string holding the delimiter unquoted, such as a STOP code with its parameters
            // "0x0000000a (0x00000000, 0x00000002, …)", is joined back while its parentheses are open.
            if open > 0, let last = strings.indices.last {
                strings[last] += String(UnicodeScalar(delimiter)) + (delimiter == ASCII.comma ? " " : "") + text
            } else {
                strings.append(text)
            }
            open = max(0, open + text.filter { $0 == "(" }.count - text.filter { $0 == ")" }.count)
        }
        while strings.last?.isEmpty == true { strings.removeLast() }
        return strings
    }
}

/// The space- or tab-separated tokens of a line, as ranges.
struct SpacedTokens {
    let line: TextBytes
    private var position = 0

    init(_ line: TextBytes) { self.line = line }

    mutating func next() -> Range<Int>? {
        guard let start = peekStart() else { return nil }
        var end = start
        while end < line.count, !ASCII.isSpace(line[end]) { end += 1 }
        position = end
        return start..<end
    }

    func peekStart() -> Int? {
        var start = position
        while start < line.count, ASCII.isSpace(line[start]) { start += 1 }
        return start < line.count ? start : nil
    }

    mutating func skip(to index: Int) { position = index }
}
