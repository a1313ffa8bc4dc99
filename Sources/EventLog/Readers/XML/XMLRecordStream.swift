/// Reads a file's text through libxml2 for the XML readers, and keeps going after damage.
///
/// - The text arrives as UTF-8 from `DecodedTextStream` (UTF-16 files included), so the XML
///   declaration, whose `encoding` would now be wrong, is dropped.
/// - Streams without a single root (wevtutil prints bare `<Event>` elements) are wrapped in a
///   synthetic root. A document with a `<!DOCTYPE` is fed as it is, so that its internal subset is
///   parsed where XML allows it (and any entity declaration in it is refused).
/// - Plain text (nearly every export) is read by `PlainXMLScanner` rather than libxml2, which
///   takes over from the last point between records at the first thing the scanner leaves to it.
/// - After a fatal error the context is dropped, the input is skipped up to the next record start
///   tag (`<Event`, `<ROW`), and a fresh parser goes on from there: one broken record does not
///   lose the rest of the file.
///
/// Memory stays bounded: one decoded chunk, libxml2's lookahead (capped by libxml2 at 10 MB
/// without `XML_PARSE_HUGE`), and what the session keeps of the current record.
final class XMLRecordStream {
    static let rootOpen = Array("<ntdiag-root>".utf8)
    static let rootClose = Array("</ntdiag-root>".utf8)

    private let session: XMLSAXSession
    /// `<` and the record element's name, e.g. `<Event`.
    private let recordTag: [UInt8]
    /// Whether `PlainXMLScanner` reads first (`ReadOptions.libxml2Only` turns it off).
    private let scansPlainText: Bool

    init(session: XMLSAXSession, options: ReadOptions) {
        self.session = session
        recordTag = Array("<\(session.recordName)".utf8)
        scansPlainText = !options.libxml2Only
    }

    /// Reads the whole file, delivering events to `emit` and problems to `report` (with a note
    /// when a well-formed file holds no record at all).
    func read(_ file: InputFile, encoding: TextEncoding, report: inout ReadReport, emit: (Event) throws -> Void) throws {
        let input = XMLInput(file: file, encoding: encoding, session: session)
        try withoutActuallyEscaping(emit) { emit in
            session.emit = emit
            defer { session.emit = nil }
            try parse(input, report: &report)
            if input.replacements > 0 {
                report.add(ReadProblem(.file, "\(input.replacements) invalid \(encoding.rawValue) sequence(s) replaced by U+FFFD"))
            }
        }
        if let error = input.failure ?? session.emitError { throw error }
        if session.delivered == 0 && report.skipped == 0 && !report.failed {
            report.details["note"] = "no <\(session.recordName)> elements in the file"
        }
    }

    /// Runs parser contexts over the input until it ends, the file is refused or reading fails;
    /// after each fatal error, from the next record.
    private func parse(_ input: XMLInput, report: inout ReadReport) throws {
        let prolog = try input.peek(XMLProlog.init)
        input.skip(prolog.declarationEnd)
        var wrap = !prolog.hasDoctype
        guard try !input.isExhausted() else { return }
        // The synthetic root and the elements the plain scanner left open, for libxml2 to open again.
        var reopened: [(name: String, line: Int)] = []
        if wrap && scansPlainText {
            let outcome: PlainXMLScanner.Outcome
            do {
                outcome = try PlainXMLScanner(session: session, input: input).run()
                session.collect(into: &report)
            } catch {
                session.collect(into: &report)
                throw error
            }
            guard case .handedOver(let open) = outcome else { return }
            reopened = open
        }
        while true {
            let contextLine = input.line, contextColumn = input.column
            // Re-opened elements go one per line before the file's text, so that libxml2's
            // messages about them can be told from those about the text's own elements.
            let prefix = !wrap ? [] : reopened.isEmpty ? XMLRecordStream.rootOpen : Array(reopened.map { "<\($0.name)>\n" }.joined().utf8)
            session.reopened = reopened
            session.lineOffset = contextLine - 1 - reopened.count
            session.firstLineColumnOffset = contextColumn - 1 - (reopened.isEmpty ? prefix.count : 0)
            reopened = []
            session.documentDepth = wrap ? 1 : 0
            input.begin(prefix: prefix, suffix: wrap ? XMLRecordStream.rootClose : [])
            session.reachedEnd = { [weak input] in input?.reachedEnd(unparsed: $0) ?? false }
            guard let parser = XMLPullParser(session: session, input: input) else { return }
            parser.parse()
            session.collect(into: &report)
            session.detach()
            if session.refused { report.failed = true }
            guard session.stoppedByError, !session.refused, session.emitError == nil, input.failure == nil else { return }
            let remainder = session.takeRemainder()
            input.putBack(remainder, line: session.remainderLine, column: session.remainderColumn)
            // An error on the very first byte of a context must not bring us back to that byte.
            if session.remainderLine == contextLine && session.remainderColumn == contextColumn && !remainder.isEmpty { input.skip(1) }
            guard try input.seek(recordTag) else { return }
            wrap = true
        }
    }
}
