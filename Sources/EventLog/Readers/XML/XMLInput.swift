#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text libxml2 reads from one file, served through the parser's read callback: a synthetic
/// root's start tag when the document is wrapped, then the file's text as UTF-8 (what an earlier
/// parser context left unparsed put back in front of it), then the root's end tag.
///
/// Between parser contexts it also skips text (seeking the next record after damage), keeping
/// the file line and column of the next byte, so that problems name the right place. Memory is
/// one decoded chunk plus what was put back.
final class XMLInput {
    static let chunkSize = 256 << 10

    private var stream: DecodedTextStream
    private let session: XMLSAXSession
    /// Text not yet served nor skipped: `pending[start...]`.
    private var pending: [UInt8] = []
    private var start = 0
    /// The file's text has all been read from the stream.
    private var streamFinished = false
    /// The synthetic tags of the current context, and how much of each has been served.
    private var prefix: [UInt8] = [], prefixServed = 0
    private var suffix: [UInt8] = [], suffixServed = 0
    /// The current context has been given the whole rest of the file.
    private var servedAll = false
    /// Why reading the file failed (libxml2 was told -1); rethrown by the reader.
    private(set) var failure: Error?
    /// File line and column of `pending[start]` (kept up to date while skipping, set after damage).
    private(set) var line = 1
    private(set) var column = 1

    init(file: InputFile, encoding: TextEncoding, session: XMLSAXSession) {
        stream = DecodedTextStream(file: file, encoding: encoding, chunkSize: XMLInput.chunkSize)
        self.session = session
    }

    /// Invalid sequences the decoder replaced.
    var replacements: Int { stream.replacements }

    /// True when no text is left to serve or skip.
    func isExhausted() throws -> Bool {
        if start < pending.count { return false }
        return try !fill()
    }

    /// Calls `body` with the text at hand (at least the first chunk, unless the file is empty).
    func peek<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) throws -> Result {
        _ = try isExhausted()
        return pending.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start...])) }
    }

    /// Prepares serving for a new parser context, wrapped in `prefix` … `suffix` (or not).
    func begin(prefix: [UInt8], suffix: [UInt8]) {
        self.prefix = prefix
        self.suffix = suffix
        prefixServed = 0
        suffixServed = 0
        servedAll = false
    }

    /// Whether a parser that stopped with `unparsed` bytes of its input left had reached the end
    /// of the file: everything was served, and what is left is (part of) the synthetic end tag.
    func reachedEnd(unparsed: Int) -> Bool { servedAll && unparsed <= suffixServed }

    /// libxml2's read callback: the next bytes of the current context's input.
    func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
        if prefixServed < prefix.count { return serve(prefix, &prefixServed, into: buffer, capacity: capacity) }
        do {
            if try !isExhausted() {
                // Full reads until the text ends, as libxml2 gets from a file it reads itself:
                // given the rest of a chunk in a short read and the file's last characters in a
                // read of their own, libxml2 2.9 called valid UTF-8 at the end "not proper
                // UTF-8" (a fuzzing finding, kept in the regression inputs).
                if pending.count - start < capacity, !streamFinished { _ = try readMore() }
                let count = min(capacity, pending.count - start)
                pending.withUnsafeBufferPointer { text in
                    if let base = text.baseAddress { buffer.update(from: base + start, count: count) }
                }
                start += count
                return count
            }
        } catch {
            failure = error
            session.inputFailed = true
            return -1
        }
        servedAll = true
        return serve(suffix, &suffixServed, into: buffer, capacity: capacity)
    }

    private func serve(_ tag: [UInt8], _ served: inout Int, into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
        let count = min(capacity, tag.count - served)
        tag.withUnsafeBufferPointer { bytes in
            if let base = bytes.baseAddress { buffer.update(from: base + served, count: count) }
        }
        served += count
        return count
    }

    /// Puts text libxml2 took but did not parse back in front, starting at the given file position.
    func putBack(_ text: [UInt8], line: Int, column: Int) {
        pending = text + pending[start...]
        start = 0
        self.line = line
        self.column = column
    }

    /// Skips `count` bytes (columns count characters, not bytes).
    func skip(_ count: Int) {
        let end = min(start + count, pending.count)
        for byte in pending[start..<end] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        start = end
    }

    /// Skips to the next start tag `tag` (`<Event` followed by white space, `>` or `/`); false
    /// when the text ends first.
    func seek(_ tag: [UInt8]) throws -> Bool {
        while try !isExhausted() {
            let search = pending.withUnsafeBufferPointer { XMLInput.findTag(tag, in: UnsafeBufferPointer(rebasing: $0[start...])) }
            switch search {
            case .found(let index):
                skip(index)
                return true
            case .absent:
                skip(pending.count - start)
            case .partial(let index):
                skip(index)
                // Join the possible beginning of a tag with the next text; at the end it was none.
                var next: [UInt8] = []
                while next.isEmpty, !streamFinished {
                    if try !stream.nextChunk(into: &next) { streamFinished = true }
                }
                if next.isEmpty {
                    skip(pending.count - start)
                    return false
                }
                pending = Array(pending[start...]) + next
                start = 0
            }
        }
        return false
    }

    // MARK: For PlainXMLScanner, which reads the text itself

    /// Calls `body` with the text not yet consumed (possibly empty).
    func withUnread<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        pending.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start...])) }
    }

    /// Consumes `count` bytes of the unread text, after which the file position is `line`,
    /// `column` (the scanner has counted them).
    func consume(_ count: Int, line: Int, column: Int) {
        start = min(start + count, pending.count)
        self.line = line
        self.column = column
    }

    /// Appends the next chunk of the file to the unread text; false when the file has ended.
    func readMore() throws -> Bool {
        // The unread text (a partial record) moves to the front; the chunk is decoded behind it.
        pending.removeFirst(start)
        start = 0
        let held = pending.count
        while pending.count == held, !streamFinished {
            if try !stream.appendNextChunk(to: &pending) { streamFinished = true }
        }
        return pending.count > held
    }

    /// Reads the next chunk when everything pending is used; false at the end of the file.
    private func fill() throws -> Bool {
        while start >= pending.count {
            guard !streamFinished else { return false }
            start = 0
            if try !stream.nextChunk(into: &pending) { streamFinished = true }
        }
        return true
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
