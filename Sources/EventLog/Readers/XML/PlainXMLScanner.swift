#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibXML2

/// Reads the plain XML that event exports are made of, without libxml2 and at about twice its
/// speed, and hands the rest of the file to libxml2 at the first thing outside that plain subset.
///
/// The subset is what Event Viewer, wevtutil, Get-WinEvent, python-evtx and Log Parser write:
/// elements with ASCII names and no namespace prefix, attributes in either quote, character data
/// with the five predefined entities and character references, comments, and `xmlns` declaring
/// the event namespace. What it accepts it checks as libxml2 does (end tags match, attributes are
/// unique, every character is an XML character, no `]]>` in text, no `<` in attribute values) and
/// delivers as libxml2 does (line ends normalised, attribute white space turned into spaces).
///
/// Anything else — a DOCTYPE, CDATA, a processing instruction, another entity, a prefix, nesting
/// deeper than the session allows, a record larger than `windowLimit`, and every error — is left
/// to libxml2: the scanner stops at the last point between records (every earlier event
/// delivered, nothing of the record under way kept, its problems dropped), and `XMLRecordStream`
/// carries on from there with `XMLPullParser`, re-opening the elements that were open. libxml2
/// then reads that record and reports whatever is wrong in its own words. A file therefore reads
/// the same — events, problems, places — whichever parser reads it (a differential test and a
/// fuzz target hold the two to that), only faster when nothing unusual is in it.
///
/// Callbacks go to the session's usual hooks, with names interned in an `XMLNameTable` and
/// attributes in libxml2's five-pointer layout. Positions are those libxml2 reports (a start tag
/// at its `>`, an end tag just after it), worked out lazily from the bytes. Memory: the window of
/// text since the last point between records, at most `windowLimit`.
final class PlainXMLScanner {
    enum Outcome {
        /// The whole file was read.
        case finished
        /// The session's receiver failed (`XMLSAXSession.emitError`).
        case stopped
        /// The input is positioned where libxml2 takes over; `reopen` names the elements open at
        /// that point (the synthetic root first), for libxml2 to open again, with the lines they
        /// were opened on.
        case handedOver(reopen: [(name: String, line: Int)])
    }

    /// Text kept from the last point between records; a larger record is read by libxml2.
    static let windowLimit = 4 << 20
    /// More attributes on one element than this is left to libxml2.
    static let attributeLimit = 32

    private enum Stop: Error { case needMore, handOver, stopped }

    /// A place between records: where scanning resumes after more text is read, or where libxml2
    /// starts. Everything the session did after it is undone when going back to it.
    private struct SafePoint {
        var offset = 0
        var line = 1
        /// Where that line starts (as `lineStart`).
        var lineStart = -1
        var open = 0
        var depth = 0
        var problems = 0
        var skipped = 0
    }

    private let session: XMLSAXSession
    private let input: XMLInput
    let names = XMLNameTable()
    private let recordName: UnsafePointer<xmlChar>?
    private let rootName: UnsafePointer<xmlChar>?
    // The byte classes (held here: a static is reached through a lazy-initialisation check).
    private let textClasses = PlainXMLCharacters.text
    private let attributeClasses = PlainXMLCharacters.attribute
    private let commentClasses = PlainXMLCharacters.comment
    private let nameClasses = PlainXMLCharacters.name

    // The scanning state is touched at every step: no runtime exclusivity checks (one thread).

    /// Open elements, innermost last (the synthetic root not included): interned name, length,
    /// and the line of the `<` for those opened between records (the only ones ever re-opened).
    private let open: UnsafeMutablePointer<(name: UnsafePointer<xmlChar>, length: Int, line: Int)>
    /// The line the synthetic root stands on (where the text after the declaration starts).
    private var rootLine = 1
    @exclusivity(unchecked) private var openCount = 0
    /// Open elements named like a record (at most one: see `startTag`).
    @exclusivity(unchecked) private var openRecordNamed = 0
    /// The last name read (nil before the first).
    @exclusivity(unchecked) private var lastName: UnsafePointer<xmlChar>?

    // The window being scanned.
    @exclusivity(unchecked) private var base = UnsafePointer<UInt8>(bitPattern: 1)
    @exclusivity(unchecked) private var end = 0
    @exclusivity(unchecked) private var final = false
    @exclusivity(unchecked) private var safe = SafePoint()

    // Positions: lines counted up to `countedTo`, and where the last line counted starts (-1: on
    // the window's first line, at `windowColumn` at offset 0); the column of one offset remembered.
    @exclusivity(unchecked) private var windowLine = 1, windowColumn = 1
    @exclusivity(unchecked) private var countedTo = 0, countedLine = 1, lineStart = -1
    @exclusivity(unchecked) private var columnOffset = -1, columnValue = 0
    /// The offset libxml2 would be at during the current callback.
    @exclusivity(unchecked) private var reportAt = 0

    /// Where an attribute's value is.
    private enum Value {
        /// As written, at these offsets of the window.
        case window(Int, Int)
        /// Decoded (it held references or white space to normalise), at these offsets of `decoded`.
        case decoded(Int, Int)
        /// A namespace declaration: not an attribute for the session.
        case namespace
    }

    // Attributes of the current start tag.
    private let slots: UnsafeMutablePointer<UnsafePointer<xmlChar>?>
    private typealias Attribute = (name: UnsafePointer<xmlChar>, value: Value)
    private let attributes: UnsafeMutablePointer<Attribute>
    @exclusivity(unchecked) private var attributeCount = 0
    private let decoded = XMLTextBuffer()

    init(session: XMLSAXSession, input: XMLInput) {
        self.session = session
        self.input = input
        open = .allocate(capacity: XMLSAXSession.maximumDepth)
        slots = .allocate(capacity: 5 * PlainXMLScanner.attributeLimit)
        attributes = .allocate(capacity: PlainXMLScanner.attributeLimit)
        slots.initialize(repeating: nil, count: 5 * PlainXMLScanner.attributeLimit)
        recordName = names.intern(session.recordName)
        rootName = names.intern("ntdiag-root")
    }

    deinit {
        open.deallocate()
        slots.deallocate()
        attributes.deallocate()
    }

    /// Reads from the input's current position (just after the XML declaration).
    func run() throws -> Outcome {
        session.attach(plain: self)
        defer { session.detach() }
        // The synthetic root libxml2 would see around a stream of records.
        if let rootName { session.startElement(rootName, XMLAttributes(base: nil, count: 0)) }
        rootLine = input.line
        takeSafePointAtStart()
        while true {
            var step: Stop?
            var resume = (offset: 0, line: 1, column: 1)
            let unread = input.withUnread { text -> Int in
                step = scanWindow(text)
                resume = (safe.offset, safe.line, safeColumn())
                return text.count
            }
            if step == nil { return .finished }
            input.consume(resume.offset, line: resume.line, column: resume.column)
            rewind()
            switch step {
            case .stopped: return .stopped
            case .needMore where unread - resume.offset <= PlainXMLScanner.windowLimit && !final:
                if try !input.readMore() { final = true }
            default:
                return .handedOver(reopen: reopenedElements())
            }
        }
    }

    // MARK: The session's questions

    /// The file line and column of the current callback.
    func position() -> (line: Int, column: Int) {
        let line = line(at: reportAt)
        return (line, column(at: reportAt))
    }

    /// The file line of the current callback (asked for every record).
    var line: Int { line(at: reportAt) }

    /// Lines are counted forward only (the callbacks' offsets only grow within a window); each
    /// byte is looked at about twice, whatever the questions.
    private func line(at offset: Int) -> Int {
        guard let base, offset > countedTo, offset <= end else { return countedLine }
        let newlines = ByteCounting.count(0x0A, in: UnsafeBufferPointer(start: base + countedTo, count: offset - countedTo))
        if newlines > 0 {
            var start = offset
            while base[start - 1] != 0x0A { start -= 1 }
            lineStart = start
            countedLine += newlines
        }
        countedTo = offset
        return countedLine
    }

    /// Characters from the line's start to `offset` on the line just counted, continuing from
    /// the column worked out last when it is on the same line.
    private func column(at offset: Int) -> Int {
        guard let base, offset <= end, offset >= lineStart else { return 1 }
        var from = max(lineStart, 0)
        var column = lineStart < 0 ? windowColumn : 1
        if columnOffset >= from && columnOffset <= offset {
            from = columnOffset
            column = columnValue
        }
        columnOffset = offset
        columnValue = column + ByteCounting.characters(in: UnsafeBufferPointer(start: base + from, count: offset - from))
        return columnValue
    }

    // MARK: Windows and safe points

    /// Scans the window from its start (always a safe point) until it is used up; nil when the
    /// file is read to its end.
    private func scanWindow(_ text: UnsafeBufferPointer<UInt8>) -> Stop? {
        base = text.baseAddress
        end = text.count
        windowLine = input.line
        windowColumn = input.column
        countedTo = 0
        countedLine = windowLine
        lineStart = -1
        columnOffset = -1
        reportAt = 0
        safe.offset = 0
        safe.line = windowLine
        safe.lineStart = -1
        do throws(Stop) {
            try scanContent()
            // The text ended between tags: done, unless elements are still open (truncated),
            // which libxml2 reports.
            return openCount == 0 ? nil : .handOver
        } catch .needMore {
            return final ? .handOver : .needMore
        } catch {
            return error
        }
    }

    /// The column of the safe point (once per window: it may be before the last line counted).
    private func safeColumn() -> Int {
        guard let base, safe.offset <= end, safe.lineStart <= safe.offset else { return 1 }
        let start = max(safe.lineStart, 0)
        let column = safe.lineStart < 0 ? windowColumn : 1
        return column + ByteCounting.characters(in: UnsafeBufferPointer(start: base + start, count: safe.offset - start))
    }

    private func takeSafePointAtStart() {
        safe = SafePoint(offset: 0, line: input.line, open: 0, depth: session.depth, problems: session.problems.count, skipped: session.skipped)
    }

    @inline(__always)
    private func takeSafePoint(at offset: Int) {
        guard session.recordDepth == 0, openRecordNamed == 0 else { return }
        safe = SafePoint(
            offset: offset, line: line(at: offset), lineStart: lineStart, open: openCount, depth: session.depth,
            problems: session.problems.count, skipped: session.skipped)
    }

    /// Undoes what the session did after the safe point (the record under way) and makes the safe
    /// point the start of the next window.
    private func rewind() {
        while openCount > safe.open { popOpen() }
        session.rewind(depth: safe.depth, problems: safe.problems, skipped: safe.skipped)
        safe.offset = 0
    }

    /// The synthetic root and the elements open at the safe point, with the lines they were
    /// opened on.
    private func reopenedElements() -> [(name: String, line: Int)] {
        var lines = [(name: "ntdiag-root", line: rootLine)]
        for index in 0..<openCount {
            let element = open[index]
            lines.append((String(decoding: UnsafeBufferPointer(start: element.name, count: element.length), as: UTF8.self), element.line))
        }
        return lines
    }

    // MARK: Content

    /// Character data and markup, until the window ends (`Stop.needMore`) or something is left
    /// to libxml2.
    private func scanContent() throws(Stop) {
        guard let base else { throw .needMore }
        let classes = textClasses
        var index = 0
        while true {
            let runStart = index
            index = PlainXMLScanner.skipPlain(base, from: index, to: end, classes)
            // Text cut by the window's end is read again with the next window.
            guard index < end else { throw .needMore }
            switch base[index] {
            case 0x3C:  // <
                deliverText(runStart, index)
                index = try markup(at: index)
            case 0x26:  // &
                deliverText(runStart, index)
                index = try reference(at: index) { bytes in session.characters(bytes) }
            case 0x0D:  // CR: CR LF and lone CR are read as LF
                guard index + 1 < end else { throw .needMore }
                deliverText(runStart, index)
                // (Before LF the CR is dropped and the LF goes with the next run.)
                if base[index + 1] != 0x0A { PlainXMLCharacters.newline.withUnsafeBufferPointer { session.characters($0) } }
                index += 1
            case 0x5D:  // ] — only `]]>` is refused
                guard index + 2 < end else { throw .needMore }
                if base[index + 1] == 0x5D && base[index + 2] == 0x3E { throw .handOver }
                index += 1
                continueRun(from: runStart, at: &index)
            case 0xEF:  // U+FFFE and U+FFFF are not XML characters
                guard index + 2 < end else { throw .needMore }
                if base[index + 1] == 0xBF && base[index + 2] >= 0xBE { throw .handOver }
                index += 1
                continueRun(from: runStart, at: &index)
            default:  // a control character
                throw .handOver
            }
        }
    }

    /// The first offset from `start` whose byte's class is not 0 (or `end`): four bytes at a time
    /// while none needs a look, then byte by byte.
    @inline(__always)
    private static func skipPlain(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, _ classes: UnsafePointer<UInt8>) -> Int {
        var index = start
        while index &+ 4 <= end,
              classes[Int(base[index])] | classes[Int(base[index &+ 1])] | classes[Int(base[index &+ 2])] | classes[Int(base[index &+ 3])] == 0 {
            index &+= 4
        }
        while index < end, classes[Int(base[index])] == 0 { index += 1 }
        return index
    }

    /// After a `]` or `\u{EF}` that turned out to be plain, the run goes on to the next special
    /// byte and is delivered with it (as libxml2 would, in one piece or several: the session
    /// joins pieces).
    @inline(__always)
    private func continueRun(from runStart: Int, at index: inout Int) {
        guard let base else { return }
        index = PlainXMLScanner.skipPlain(base, from: index, to: end, textClasses)
        deliverText(runStart, index)
    }

    @inline(__always)
    private func deliverText(_ start: Int, _ stop: Int) {
        guard stop > start, let base else { return }
        session.characters(UnsafeBufferPointer(start: base + start, count: stop - start))
    }

    /// `<` at `index`: a start tag, an end tag or a comment; returns the offset after it.
    @inline(__always)
    private func markup(at index: Int) throws(Stop) -> Int {
        guard let base else { throw .needMore }
        guard index + 1 < end else { throw .needMore }
        switch base[index + 1] {
        case 0x2F: return try endTag(at: index)
        case 0x21: return try comment(at: index)
        case 0x3F: throw .handOver  // processing instruction
        default: return try startTag(at: index)
        }
    }

    // MARK: Tags

    private func startTag(at index: Int) throws(Stop) -> Int {
        guard let base else { throw .needMore }
        takeSafePoint(at: index)
        // libxml2 refuses deeper nesting itself, in its own words (the session's depth counts the
        // synthetic root too).
        guard openCount + 1 < XMLSAXSession.maximumDepth else { throw .handOver }
        let nameStart = index + 1
        let (element, nameStop) = try name(at: nameStart, under: openCount > 0 ? open[openCount - 1].name : nil)
        let nameLength = nameStop - nameStart
        var cursor = nameStop
        // A record inside a record (one left open, or an element of that name in a payload):
        // libxml2's, so that no event is ever delivered after the last safe point.
        if element == recordName && openRecordNamed > 0 { throw .handOver }
        attributeCount = 0
        decoded.reset()
        while true {
            let spaced = cursor
            cursor = try skipSpace(from: cursor)
            let byte = try at(cursor)
            if byte == 0x3E || byte == 0x2F { break }
            guard cursor > spaced else { throw .handOver }  // attributes are separated by white space
            cursor = try attribute(at: cursor, of: element)
        }
        let empty = base[cursor] == 0x2F
        if empty { guard try at(cursor + 1) == 0x3E else { throw .handOver } }
        // (Between records the line of the `<` is known already: the safe point counted it.)
        let tagLine = session.recordDepth == 0 ? line(at: index) : 0
        reportAt = cursor
        if attributeCount == 0 {
            session.startElement(element, XMLAttributes(base: nil, count: 0))
        } else {
            decoded.withBytes { decodedBytes in
                let count = fillSlots(decodedBytes)
                session.startElement(element, XMLAttributes(base: count > 0 ? slots : nil, count: count))
            }
        }
        if empty {
            reportAt = cursor + 2
            session.endElement(element)
            try afterEnd(cursor + 2)
            return cursor + 2
        }
        pushOpen(element, nameLength, tagLine)
        return cursor + 1
    }

    /// One `name = "value"`; returns the offset after the closing quote.
    private func attribute(at start: Int, of element: UnsafePointer<xmlChar>) throws(Stop) -> Int {
        guard let base else { throw .needMore }
        guard attributeCount < PlainXMLScanner.attributeLimit else { throw .handOver }
        let (name, nameStop) = try name(at: start, under: element)
        let length = nameStop - start
        // Interned names are equal when their pointers are; libxml2 calls a repeated one an error.
        for index in 0..<attributeCount where attributes[index].name == name { throw .handOver }
        var cursor = try skipSpace(from: nameStop)
        guard try at(cursor) == 0x3D else { throw .handOver }  // =
        cursor = try skipSpace(from: cursor + 1)
        let quote = try at(cursor)
        guard quote == 0x22 || quote == 0x27 else { throw .handOver }
        let valueStart = cursor + 1
        let classes = attributeClasses
        cursor = valueStart
        var plain = true
        while true {
            cursor = PlainXMLScanner.skipPlain(base, from: cursor, to: end, classes)
            let byte = try at(cursor)
            if byte == quote { break }
            switch byte {
            case 0x22, 0x27: cursor += 1  // the other quote
            case 0x26, 0x09, 0x0A, 0x0D: plain = false; cursor += 1  // decoded below
            case 0xEF:
                _ = try at(cursor + 2)
                if base[cursor + 1] == 0xBF && base[cursor + 2] >= 0xBE { throw .handOver }
                cursor += 1
            default: throw .handOver  // `<` or a control character
            }
        }
        if isXMLNS(start, length) {
            // libxml2 checks a namespace's URI; only the event namespace is taken as it is.
            guard plain, PlainXMLCharacters.matches(base + valueStart, cursor - valueStart, PlainXMLCharacters.eventNamespace) else { throw .handOver }
            addAttribute((name, .namespace))
        } else if plain {
            addAttribute((name, .window(valueStart, cursor)))
        } else {
            let from = decoded.count
            try decodeValue(valueStart, cursor)
            // libxml2 would cut nothing: such a value is left to it.
            guard !decoded.overflowed else { throw .handOver }
            addAttribute((name, .decoded(from, decoded.count)))
        }
        return cursor + 1
    }

    /// (The count was checked against the limit before the attribute was read.)
    @inline(__always)
    private func addAttribute(_ attribute: Attribute) {
        guard attributeCount < PlainXMLScanner.attributeLimit else { return }
        (attributes + attributeCount).initialize(to: attribute)
        attributeCount += 1
    }

    /// An attribute value with references or white space: what libxml2 hands over for it.
    private func decodeValue(_ start: Int, _ stop: Int) throws(Stop) {
        guard let base else { throw .needMore }
        var index = start
        while index < stop {
            let byte = base[index]
            switch byte {
            case 0x26:
                index = try reference(at: index) { bytes in decoded.append(bytes) }
            case 0x09, 0x0A, 0x0D:
                PlainXMLCharacters.space.withUnsafeBufferPointer { decoded.append($0) }
                index += byte == 0x0D && index + 1 < stop && base[index + 1] == 0x0A ? 2 : 1
            default:
                let runStart = index
                while index < stop, base[index] != 0x26, base[index] > 0x0D { index += 1 }
                if index == runStart { index += 1 }
                decoded.append(UnsafeBufferPointer(start: base + runStart, count: index - runStart))
            }
        }
    }

    /// Lays the attributes out as libxml2 does (local name, prefix, URI, value start, value end);
    /// returns how many there are (namespace declarations are not attributes).
    private func fillSlots(_ decodedBytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base else { return 0 }
        var count = 0
        for attribute in UnsafeBufferPointer(start: attributes, count: attributeCount) {
            let range: (start: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>)
            switch attribute.value {
            case .namespace: continue
            case .window(let start, let end): range = (base + start, base + end)
            case .decoded(let start, let end):
                guard let storage = decodedBytes.baseAddress else { continue }
                range = (storage + start, storage + end)
            }
            let slot = slots + count * 5
            slot[0] = attribute.name
            slot[1] = nil
            slot[2] = nil
            slot[3] = range.start
            slot[4] = range.end
            count += 1
        }
        return count
    }

    private func isXMLNS(_ start: Int, _ length: Int) -> Bool {
        guard let base, length == 5 else { return false }
        return PlainXMLCharacters.matches(base + start, 5, "xmlns")
    }

    private func endTag(at index: Int) throws(Stop) -> Int {
        guard let base else { throw .needMore }
        // It must close the innermost open element (the synthetic root is libxml2's to close):
        // its name is compared where the end tag's name should be, then what follows it.
        guard openCount > 0 else { throw .handOver }
        let (element, length, _) = open[openCount - 1]
        let nameStart = index + 2
        let nameStop = nameStart + length
        _ = try at(nameStop)
        guard XMLNameTable.equal(element, base + nameStart, length) else { throw .handOver }
        let cursor = try skipSpace(from: nameStop)
        guard base[cursor] == 0x3E else { throw .handOver }
        reportAt = cursor + 1
        session.endElement(element)
        popOpen()
        try afterEnd(cursor + 1)
        return cursor + 1
    }

    /// After an element ends: between records, a safe point, unless the receiver of the record
    /// that just ended failed, which stops everything.
    @inline(__always)
    private func afterEnd(_ offset: Int) throws(Stop) {
        guard session.recordDepth == 0 else { return }
        if session.emitError != nil { throw .stopped }
        takeSafePoint(at: offset)
    }

    /// (The depth was checked against `open`'s capacity before the start tag was read.)
    @inline(__always)
    private func pushOpen(_ element: UnsafePointer<xmlChar>, _ length: Int, _ line: Int) {
        guard openCount < XMLSAXSession.maximumDepth else { return }
        open[openCount] = (element, length, line)
        openCount += 1
        if element == recordName { openRecordNamed += 1 }
    }

    @inline(__always)
    private func popOpen() {
        guard openCount > 0 else { return }
        openCount -= 1
        if open[openCount].name == recordName { openRecordNamed -= 1 }
    }

    /// `<!--` … `-->`; anything else after `<!` (CDATA, DOCTYPE) is libxml2's.
    private func comment(at index: Int) throws(Stop) -> Int {
        guard let base else { throw .needMore }
        guard try at(index + 2) == 0x2D, try at(index + 3) == 0x2D else { throw .handOver }
        // A comment may not start with `-` nor hold `--` before its end.
        guard try at(index + 4) != 0x2D else { throw .handOver }
        let classes = commentClasses
        var cursor = index + 4
        while true {
            cursor = PlainXMLScanner.skipPlain(base, from: cursor, to: end, classes)
            let byte = try at(cursor)
            guard byte == 0x2D else { throw .handOver }  // a control character, or U+FFFE/U+FFFF possible
            if try at(cursor + 1) == 0x2D {
                guard try at(cursor + 2) == 0x3E else { throw .handOver }
                return cursor + 3
            }
            cursor += 1
        }
    }

    // MARK: References

    /// `&…;` at `index`: the five predefined entities and character references, handed to `body`
    /// as UTF-8; returns the offset after the `;`.
    private func reference(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws(Stop) -> Int {
        guard let base else { throw .needMore }
        var cursor = index + 1
        if try at(cursor) == 0x23 {  // #
            cursor += 1
            var hex = false
            if try at(cursor) == 0x78 {
                hex = true
                cursor += 1
            }
            var value: UInt32 = 0
            let digitsStart = cursor
            while true {
                let byte = try at(cursor)
                guard let digit = PlainXMLCharacters.digit(byte, hex: hex) else { break }
                value = value * (hex ? 16 : 10) + digit
                cursor += 1
                // More digits than any character needs: libxml2's to judge.
                guard cursor - digitsStart <= 7 else { throw .handOver }
            }
            guard cursor > digitsStart, base[cursor] == 0x3B, PlainXMLCharacters.isXMLCharacter(value) else { throw .handOver }
            var utf8: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
            let count = PlainXMLCharacters.encode(value, into: &utf8)
            withUnsafeBytes(of: &utf8) { raw in
                body(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: count))
            }
            return cursor + 1
        }
        // Entity names are short: the five predefined ones are at most four letters.
        var stop = cursor
        while try at(stop) != 0x3B {
            stop += 1
            guard stop - cursor <= 4 else { throw .handOver }
        }
        guard let replacement = PlainXMLCharacters.predefinedEntity(base + cursor, stop - cursor) else { throw .handOver }
        withUnsafePointer(to: replacement) { body(UnsafeBufferPointer(start: $0, count: 1)) }
        return stop + 1
    }

    // MARK: Small steps

    /// The byte at `offset`, or `Stop.needMore` past the window.
    @inline(__always)
    private func at(_ offset: Int) throws(Stop) -> UInt8 {
        guard offset < end, let base else { throw .needMore }
        return base[offset]
    }

    /// The interned name starting at `start` (of an element or attribute of the element
    /// `parent`, nil for the top level) and where it ends: first the name that came next in that
    /// place last time is tried, then the name is read and looked up.
    @inline(__always)
    private func name(at start: Int, under parent: UnsafePointer<xmlChar>?) throws(Stop) -> (UnsafePointer<xmlChar>, Int) {
        guard let base else { throw .needMore }
        if let guess = names.predicted(after: lastName, under: parent) {
            let stop = start + XMLNameTable.length(guess)
            if stop < end, XMLNameTable.equal(guess, base + start, stop - start), PlainXMLCharacters.endsName(base[stop]) {
                lastName = guess
                return (guess, stop)
            }
        }
        let stop = try nameEnd(from: start)
        guard let found = names.intern(base + start, stop - start) else { throw .handOver }
        names.remember(found, after: lastName, under: parent)
        lastName = found
        return (found, stop)
    }

    /// The end of the ASCII name starting at `start` (libxml2 reads other names and prefixes).
    @inline(__always)
    private func nameEnd(from start: Int) throws(Stop) -> Int {
        guard let base else { throw .needMore }
        let classes = nameClasses
        guard classes[Int(try at(start))] == 1 else { throw .handOver }  // a name starts with a letter or _
        var cursor = start + 1
        while cursor < end, classes[Int(base[cursor])] != 0 { cursor += 1 }
        guard PlainXMLCharacters.endsName(try at(cursor)) else { throw .handOver }
        return cursor
    }

    @inline(__always)
    private func skipSpace(from start: Int) throws(Stop) -> Int {
        var cursor = start
        while true {
            let byte = try at(cursor)
            guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { return cursor }
            cursor += 1
        }
    }
}
