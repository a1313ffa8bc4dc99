import CLibXML2

/// The receiving end of libxml2's SAX callbacks for one file: the common part of every XML
/// reader (problem locations, errors, entity refusal, handing out events), subclassed once per
/// format to build that format's records.
///
/// A file may be read by several parser contexts in a row (a fresh one after each fatal error),
/// so line and column numbers are mapped from the current context back to the file here.
/// Subclasses override the four element hooks; everything else is shared.
class XMLSAXSession {
    /// The element that starts a record (`Event`, `ROW`), for messages.
    let recordName: String
    /// The current parser context (set by `XMLPullParser`).
    private(set) var context: xmlParserCtxtPtr?
    /// Or the plain scanner reading instead of libxml2 (set by `PlainXMLScanner`).
    private(set) weak var plainScanner: PlainXMLScanner?

    /// File line of the current context's first line of file text, minus that line's number.
    var lineOffset = 0
    /// Added to columns on the current context's first line of file text (it may start mid-line,
    /// after a prefix).
    var firstLineColumnOffset = 0

    /// Problems met since the driver last collected them.
    var problems: [ReadProblem] = []
    /// Records lost since the driver last collected the count.
    var skipped = 0
    /// A fatal error stopped the current context; `remainder` holds the input it had not parsed.
    private(set) var stoppedByError = false
    private(set) var remainder: [UInt8] = []
    /// File line and column at which `remainder` starts.
    private(set) var remainderLine = 1
    private(set) var remainderColumn = 1
    /// The file declared an entity: it is not read any further.
    private(set) var refused = false
    /// Whether a fatal error that left this many bytes unparsed happened at the end of the file
    /// (open elements then mean a truncated file). Set by the driver for each context.
    var reachedEnd: (_ unparsed: Int) -> Bool = { _ in false }
    /// Set when the current fatal error happened at the end of the file.
    private var atEnd = false
    /// Reading the file failed (libxml2 was told so): its complaints about the input are not the file's.
    var inputFailed = false
    /// How deep the elements of a complete document end (1 inside the synthetic root, else 0).
    var documentDepth = 0
    /// Elements the current context re-opens before the file's text, one per line (after
    /// `PlainXMLScanner` handed over), with the file lines they were really opened on: libxml2's
    /// messages name them by those lines, and the file's text starts on the line after them.
    var reopened: [(name: String, line: Int)] = []

    /// Where events go (set for the duration of a read), and why the read stopped if it failed.
    var emit: ((Event) throws -> Void)?
    private(set) var emitError: Error?

    /// Deeper nesting is refused here, before libxml2 would refuse it itself (with its own message):
    /// no export nests deeper, and each level costs libxml2 memory.
    static let maximumDepth = 256

    init(recordName: String) { self.recordName = recordName }

    // MARK: Hooks for subclasses

    /// Looks up the element and attribute names this format cares about in the new context's
    /// dictionary, so that callbacks compare names by pointer.
    func prepareNames() {}
    func startElement(_ name: UnsafePointer<xmlChar>, _ attributes: XMLAttributes) {}
    func endElement(_ name: UnsafePointer<xmlChar>) {}
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {}
    /// Resets the subclass's own state when a new context starts (depth and record are reset here).
    func resetForNewContext() {}

    // MARK: State shared by the formats (touched by every callback: no runtime exclusivity checks;
    // callbacks never overlap, libxml2 calls them one at a time on the reading thread)

    /// How many elements are open (the synthetic root included).
    @exclusivity(unchecked) final var depth = 0
    /// Depth of the open record element (0 between records) and the file line it started on.
    @exclusivity(unchecked) final var recordDepth = 0
    @exclusivity(unchecked) final var recordLine = 0
    /// The text of the field being read.
    final let text = XMLTextBuffer()
    /// Records handed out so far (to notice a well-formed file with none).
    private(set) var delivered = 0

    /// The file line of the record being read, or nil between records.
    final var recordStartLine: Int? { recordDepth > 0 ? recordLine : nil }

    /// Counts an element start; false (and the context ended) when nesting is too deep.
    @inline(__always)
    final func enterElement() -> Bool {
        depth += 1
        if depth > XMLSAXSession.maximumDepth {
            refuseDepth()
            return false
        }
        return true
    }

    /// A record element starts; one still open is lost (it was never closed).
    final func beginRecord() {
        if recordDepth > 0 { skipRecord("is not closed before the next <\(recordName)> begins") }
        recordDepth = depth
        recordLine = currentLine
    }

    /// Counts the current record as skipped, saying why.
    final func skipRecord(_ reason: String) {
        skipped += 1
        problems.append(problemHere("the <\(recordName)> that starts at line \(recordLine) \(reason); it is skipped"))
    }

    /// A number field; a malformed one is a problem and stays empty.
    final func number(_ bytes: UnsafeBufferPointer<UInt8>, _ what: String) -> UInt64? {
        let value = XMLValueParsing.trimmed(bytes)
        if value.isEmpty { return nil }
        guard let number = XMLValueParsing.integer(value) else {
            badValue(what, value)
            return nil
        }
        return number
    }

    final func badValue(_ what: String, _ bytes: UnsafeBufferPointer<UInt8>) {
        let shown = String(decoding: bytes.prefix(40), as: UTF8.self)
        problems.append(problemHere("\(what) \"\(shown)\(bytes.count > 40 ? "…" : "")\" is not valid; the field is left empty"))
    }

    // MARK: Shared machinery

    /// Called by `XMLPullParser` when it has created a context for this session.
    func attach(_ context: xmlParserCtxtPtr) {
        self.context = context
        plainScanner = nil
        startAfresh()
    }

    /// Called by `PlainXMLScanner` when it starts reading for this session.
    func attach(plain scanner: PlainXMLScanner) {
        context = nil
        plainScanner = scanner
        startAfresh()
    }

    private func startAfresh() {
        stoppedByError = false
        remainder = []
        atEnd = false
        inputFailed = false
        depth = 0
        recordDepth = 0
        text.reset()
        resetForNewContext()
        prepareNames()
    }

    func detach() {
        context = nil
        plainScanner = nil
    }

    /// Goes back to a point between records (for `PlainXMLScanner`): the record under way and
    /// whatever it added are forgotten.
    func rewind(depth: Int, problems problemCount: Int, skipped skippedCount: Int) {
        self.depth = depth
        recordDepth = 0
        text.reset()
        if problems.count > problemCount { problems.removeLast(problems.count - problemCount) }
        skipped = skippedCount
        resetForNewContext()
    }

    /// The interned form of `name` in the current context's dictionary or the plain scanner's
    /// table (nil only without either).
    func name(_ name: StaticString) -> UnsafePointer<xmlChar>? {
        if let plainScanner { return plainScanner.names.intern(name) }
        guard let dictionary = context?.pointee.dict else { return nil }
        return name.withUTF8Buffer { xmlDictLookup(dictionary, $0.baseAddress, Int32($0.count)) }
    }

    /// The file line of the parser's current position.
    var currentLine: Int {
        if let plainScanner { return plainScanner.line }
        return Int(context?.pointee.input?.pointee.line ?? 1) + lineOffset
    }

    /// Maps a context line and column to the file.
    func location(line: Int, column: Int) -> ReadProblem.Location {
        if line <= reopened.count, line > 0 { return .lineColumn(reopened[line - 1].line, 1) }
        let column = line == reopened.count + 1 ? column + firstLineColumnOffset : column
        return .lineColumn(line + lineOffset, max(1, column))
    }

    /// A problem at the parser's current position.
    func problemHere(_ message: String) -> ReadProblem {
        if let plainScanner {
            let position = plainScanner.position()
            return ReadProblem(.lineColumn(position.line, max(1, position.column)), message)
        }
        let input = context?.pointee.input?.pointee
        return ReadProblem(location(line: Int(input?.line ?? 1), column: Int(input?.col ?? 1)), message)
    }

    /// Hands a finished record to the caller; a failing caller stops the parser.
    func deliver(_ event: Event) {
        guard emitError == nil, let emit else { return }
        delivered += 1
        do { try emit(event) } catch {
            emitError = error
            if let context { XMLPullParser.stop(context) }
        }
    }

    /// Every entity declaration stops the file: expansion bombs and external entities (XXE)
    /// both start with one, and no event export needs any.
    func refuseEntityDeclaration(_ entity: String) {
        guard !refused else { return }
        refused = true
        problems.append(problemHere("entity declarations are refused (billion laughs / XXE protection): <!ENTITY \(entity) …>; the file is not read further"))
        if let context { XMLPullParser.stop(context) }
    }

    /// libxml2's errors and warnings become problems; the first fatal one ends the context and
    /// keeps the unparsed input so that the driver can resynchronise on the next record.
    func libxmlError(_ error: xmlError) {
        guard !refused, emitError == nil, !stoppedByError, !inputFailed else { return }
        let where_ = location(line: Int(error.line), column: Int(error.int2))
        let raw = error.message.map { String(cString: $0) }?.trimmingWhitespaceAndNewlines() ?? "unknown XML error"
        let text = XMLSAXSession.shiftingLineNumbers(in: raw, by: lineOffset, reopened: reopened.map(\.line))
        guard error.level == XML_ERR_FATAL else {
            problems.append(ReadProblem(where_, (error.level == XML_ERR_WARNING ? "XML warning: " : "XML error: ") + text))
            return
        }
        stoppedByError = true
        keepRemainder()
        if error.code == Int32(XML_ERR_MISPLACED_CDATA_END.rawValue) { startRemainderAtCDATAEnd(where_) }
        // The pull parser would go on (silently) to the end of the input: stopped here, and the
        // driver resumes after the damage.
        defer { if let context { XMLPullParser.stop(context) } }
        if atEnd && depth > documentDepth {
            if let start = recordStartLine {
                skipped += 1
                problems.append(ReadProblem(where_, "the file ends inside the <\(recordName)> that starts at line \(start) (truncated?); it is skipped"))
            } else {
                problems.append(ReadProblem(where_, "the file ends before all its elements are closed (truncated?)"))
            }
            return
        }
        recordFatal(where_, "malformed XML: " + text)
    }

    /// Ends the context as a fatal error would, when nesting is deeper than `maximumDepth`.
    func refuseDepth() {
        guard !stoppedByError, let context else { return }
        stoppedByError = true
        keepRemainder()
        let input = context.pointee.input?.pointee
        recordFatal(location(line: Int(input?.line ?? 1), column: Int(input?.col ?? 1)), "elements are nested deeper than \(XMLSAXSession.maximumDepth) levels")
        XMLPullParser.stop(context)
    }

    private func recordFatal(_ where_: ReadProblem.Location, _ text: String) {
        var message = text
        if let start = recordStartLine {
            skipped += 1
            message += "; the <\(recordName)> that starts at line \(start) is skipped"
        }
        if !atEnd { message += "; reading resumes at the next <\(recordName)>" }
        problems.append(ReadProblem(where_, message))
    }

    /// libxml2 names lines of its own context in messages ("tag mismatch: Data line 3 and …");
    /// after a resynchronisation they are moved to the file's numbering, and the lines of
    /// elements the context re-opened become the lines they were really opened on.
    static func shiftingLineNumbers(in message: String, by offset: Int, reopened: [Int] = []) -> String {
        guard offset != 0 || !reopened.isEmpty else { return message }
        var result = ""
        var rest = Substring(message)
        while let range = rest.firstRange(of: " line ") {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if let number = Int(digits) {
                result += String(number >= 1 && number <= reopened.count ? reopened[number - 1] : number + offset)
                rest = rest.dropFirst(digits.count)
            }
        }
        return result + rest
    }

    /// Copies the input libxml2 had not parsed yet (from the error on).
    private func keepRemainder() {
        guard let input = context?.pointee.input?.pointee else { return }
        if case .lineColumn(let line, let column) = location(line: Int(input.line), column: Int(input.col)) {
            remainderLine = line
            remainderColumn = column
        }
        if let cur = input.cur, let end = input.end, end > cur {
            remainder = Array(UnsafeBufferPointer(start: cur, count: end - cur))
        }
        atEnd = reachedEnd(remainder.count)
    }

    /// libxml2 reports a `]]>` in text before it moves its input past the text in front of it:
    /// its position is then the `]]>`'s, while what it left unparsed starts with that text. The
    /// remainder is made to start at the `]]>` (the first in it), where the position is.
    private func startRemainderAtCDATAEnd(_ where_: ReadProblem.Location) {
        guard case .lineColumn(let line, let column) = where_ else { return }
        let end: [UInt8] = [0x5D, 0x5D, 0x3E]
        guard let index = remainder.indices.first(where: { remainder[$0...].starts(with: end) }) else { return }
        remainder.removeFirst(index)
        remainderLine = line
        remainderColumn = column
    }

    /// Hands over the problems and skip count gathered so far.
    func collect(into report: inout ReadReport) {
        for problem in problems { report.add(problem) }
        report.skipped += skipped
        problems.removeAll(keepingCapacity: true)
        skipped = 0
    }

    /// Drops the kept remainder once the driver has taken it.
    func takeRemainder() -> [UInt8] {
        defer { remainder = [] }
        return remainder
    }
}

extension String {
    func trimmingWhitespaceAndNewlines() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
