/// Reads a file's text through libxml2 chunk by chunk for the XML readers, and keeps going after
/// damage.
///
/// - The text arrives as UTF-8 from `DecodedTextStream` (UTF-16 files included), so the XML
///   declaration, whose `encoding` would now be wrong, is dropped.
/// - Streams without a single root (wevtutil prints bare `<Event>` elements) are wrapped in a
///   synthetic root. A document with a `<!DOCTYPE` is fed as it is, so that its internal subset is
///   parsed where XML allows it (and any entity declaration in it is refused).
/// - After a fatal error the context is dropped, the input is skipped up to the next record start
///   tag (`<Event`, `<ROW`), and a fresh parser goes on from there: one broken record does not
///   lose the rest of the file.
///
/// Memory stays bounded: one decoded chunk, libxml2's lookahead (capped by libxml2 at 10 MB
/// without `XML_PARSE_HUGE`), and what the session keeps of the current record.
final class XMLRecordStream {
    static let chunkSize = 256 << 10
    static let rootOpen = Array("<ntdiag-root>".utf8)
    static let rootClose = Array("</ntdiag-root>".utf8)

    private enum State { case start, parsing, seeking, stopped }

    private let session: XMLSAXSession
    /// `<` and the record element's name, e.g. `<Event`.
    private let recordTag: [UInt8]
    private var parser: XMLPushParser?
    private var state = State.start
    private var wrapped = false
    /// While seeking: bytes at the end of the last chunk that may begin a record start tag.
    private var carry: [UInt8] = []
    /// File line and column of the next byte not yet fed nor skipped (while seeking or starting).
    private var line = 1
    private var column = 1
    /// Where the current context's first byte of input lies in the file.
    private var contextLine = 0
    private var contextColumn = 0

    init(session: XMLSAXSession) {
        self.session = session
        recordTag = Array("<\(session.recordName)".utf8)
    }

    /// Reads the whole file, delivering events to `emit` and problems to `report` (with a note
    /// when a well-formed file holds no record at all).
    func read(_ file: InputFile, encoding: TextEncoding, report: inout ReadReport, emit: (Event) throws -> Void) throws {
        try withoutActuallyEscaping(emit) { emit in
            session.emit = emit
            defer { session.emit = nil }
            var stream = DecodedTextStream(file: file, encoding: encoding, chunkSize: XMLRecordStream.chunkSize)
            while state != .stopped, try stream.nextChunk({ chunk in consume(chunk, report: &report) }) {}
            finish(report: &report)
            if stream.replacements > 0 {
                report.add(ReadProblem(.file, "\(stream.replacements) invalid \(encoding.rawValue) sequence(s) replaced by U+FFFD"))
            }
        }
        if let error = session.emitError { throw error }
        if session.delivered == 0 && report.skipped == 0 && !report.failed {
            report.details["note"] = "no <\(session.recordName)> elements in the file"
        }
    }

    // MARK: Feeding

    private func consume(_ chunk: UnsafeBufferPointer<UInt8>, report: inout ReadReport) {
        var next = step(chunk, report: &report)
        while let pending = next {
            next = pending.withUnsafeBufferPointer { step($0, report: &report) }
        }
    }

    /// Handles one buffer; returns input still to handle when a context died or a seek needs joining.
    private func step(_ bytes: UnsafeBufferPointer<UInt8>, report: inout ReadReport) -> [UInt8]? {
        var rest = bytes
        while true {
            switch state {
            case .stopped:
                return nil
            case .start:
                rest = startDocument(rest)
            case .seeking:
                if !carry.isEmpty {
                    let joined = carry + Array(rest)
                    carry = []
                    return joined
                }
                switch XMLRecordStream.findTag(recordTag, in: rest) {
                case .found(let index):
                    skip(UnsafeBufferPointer(rebasing: rest[..<index]))
                    rest = UnsafeBufferPointer(rebasing: rest[index...])
                    startParser(wrap: true)
                case .partial(let index):
                    skip(UnsafeBufferPointer(rebasing: rest[..<index]))
                    carry = Array(rest[index...])
                    return nil
                case .absent:
                    skip(rest)
                    return nil
                }
            case .parsing:
                guard let parser else { state = .stopped; return nil }
                parser.feed(rest)
                return afterFeed(report: &report)
            }
        }
    }

    /// The first chunk: drops the XML declaration, decides whether to wrap, starts the parser.
    private func startDocument(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let prolog = XMLProlog(bytes)
        skip(UnsafeBufferPointer(rebasing: bytes[..<prolog.declarationEnd]))
        startParser(wrap: !prolog.hasDoctype)
        return UnsafeBufferPointer(rebasing: bytes[prolog.declarationEnd...])
    }

    private func startParser(wrap: Bool) {
        wrapped = wrap
        let prefix = wrap ? XMLRecordStream.rootOpen : []
        session.lineOffset = line - 1
        session.firstLineColumnOffset = column - 1 - prefix.count
        session.documentDepth = wrap ? 1 : 0
        contextLine = line
        contextColumn = column
        parser = XMLPushParser(session: session, prefix: prefix)
        state = parser == nil ? .stopped : .parsing
    }

    /// After a feed: collects problems, and on a fatal error turns to seeking with the unparsed input.
    private func afterFeed(report: inout ReadReport) -> [UInt8]? {
        session.collect(into: &report)
        if session.refused {
            report.failed = true
            return stop()
        }
        if session.emitError != nil { return stop() }
        guard session.stoppedByError else { return nil }
        parser = nil
        session.detach()
        state = .seeking
        line = session.remainderLine
        column = session.remainderColumn
        var remainder = session.takeRemainder()
        // An error on the very first byte of a context must not bring us back to that byte.
        if line == contextLine && column == contextColumn && !remainder.isEmpty {
            remainder.withUnsafeBufferPointer { skip(UnsafeBufferPointer(rebasing: $0[..<1])) }
            remainder.removeFirst()
        }
        return remainder.isEmpty ? nil : remainder
    }

    private func stop() -> [UInt8]? {
        parser = nil
        session.detach()
        state = .stopped
        return nil
    }

    /// The end of the input: closes the synthetic root and lets libxml2 report what is still open.
    private func finish(report: inout ReadReport) {
        guard state == .parsing, let parser else { return }
        session.atEnd = true
        if wrapped {
            XMLRecordStream.rootClose.withUnsafeBufferPointer { parser.feed($0, terminate: true) }
        } else {
            parser.feed(UnsafeBufferPointer(start: nil, count: 0), terminate: true)
        }
        session.collect(into: &report)
        if session.refused { report.failed = true }
        self.parser = nil
        session.detach()
        state = .stopped
    }

    // MARK: Seeking

    /// Advances the file position over skipped bytes (columns count characters, not bytes).
    private func skip(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
    }

    enum TagSearch: Equatable {
        case found(Int)
        /// The tag may start here but the buffer ends before it can be confirmed.
        case partial(Int)
        case absent
    }

    /// Finds `tag` (`<Event`) followed by white space, `>` or `/`, i.e. a start tag of that element.
    static func findTag(_ tag: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> TagSearch {
        guard let base = bytes.baseAddress else { return .absent }
        let count = bytes.count
        var index = 0
        while index < count {
            guard let hit = memchr(base + index, 0x3C, count - index) else { return .absent }
            let at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            var matched = 1
            while matched < tag.count, at + matched < count, base[at + matched] == tag[matched] { matched += 1 }
            if at + matched == count { return .partial(at) }
            if matched == tag.count {
                switch base[at + matched] {
                case 0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F: return .found(at)
                default: break
                }
            }
            index = at + 1
        }
        return .absent
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
