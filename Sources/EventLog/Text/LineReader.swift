#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of decoded text, valid only during the callback that receives it.
public struct TextLine {
    /// The line's UTF-8 bytes, without its terminator.
    public let bytes: UnsafeBufferPointer<UInt8>
    /// 1-based line number.
    public let number: Int
    /// True when the line was longer than the reader's limit and was cut.
    public let isTruncated: Bool

    /// The line as a String (invalid UTF-8 cannot occur: the transcoder cleaned it).
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Reads an input file line by line: CR LF, LF and lone CR all end a line.
///
/// A line longer than `maximumLength` is delivered cut to that length (marked `isTruncated`) and
/// the rest of it is skipped, so a 50 MB line without a newline costs bounded memory.
public struct LineReader {
    public static let defaultMaximumLength = 4 << 20

    private var stream: DecodedTextStream
    private let maximumLength: Int

    public init(file: InputFile, encoding: TextEncoding, maximumLength: Int = LineReader.defaultMaximumLength) {
        stream = DecodedTextStream(file: file, encoding: encoding)
        self.maximumLength = maximumLength
    }

    /// Invalid sequences the decoder replaced with U+FFFD.
    public var replacements: Int { stream.replacements }

    /// Calls `body` for every line of the file, in order.
    public mutating func forEachLine(_ body: (TextLine) throws -> Void) throws {
        var splitter = LineSplitter(maximumLength: maximumLength)
        while try stream.nextChunk({ chunk in try splitter.split(chunk, body) }) {}
        try splitter.finish(body)
    }
}

/// The state of line splitting across chunk boundaries.
struct LineSplitter {
    let maximumLength: Int
    private var pending: [UInt8] = []
    private var pendingTruncated = false
    private var lastWasCR = false
    private var lineNumber = 0

    init(maximumLength: Int) { self.maximumLength = maximumLength }

    mutating func split(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (TextLine) throws -> Void) throws {
        guard let base = chunk.baseAddress else { return }
        var start = 0
        let count = chunk.count
        if lastWasCR {
            lastWasCR = false
            if base[0] == 0x0A { start = 1 }
        }
        while start < count {
            let newline = memchr(base + start, 0x0A, count - start).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base }
            let segmentEnd = newline ?? count
            // A CR inside the segment also ends a line (CR LF, or a lone CR).
            if let cr = memchr(base + start, 0x0D, segmentEnd - start) {
                let crIndex = UnsafePointer(cr.assumingMemoryBound(to: UInt8.self)) - base
                try deliver(base + start, crIndex - start, body)
                if crIndex + 1 == segmentEnd, newline != nil {
                    start = segmentEnd + 1  // CR LF
                } else {
                    start = crIndex + 1  // lone CR; at the chunk's end an LF may still follow
                    if start == count { lastWasCR = true }
                }
                continue
            }
            if newline != nil {
                try deliver(base + start, segmentEnd - start, body)
                start = segmentEnd + 1
            } else {
                appendPending(base + start, count - start)
                start = count
            }
        }
    }

    mutating func finish(_ body: (TextLine) throws -> Void) throws {
        if !pending.isEmpty || pendingTruncated { try deliverPending(body) }
    }

    private mutating func appendPending(_ pointer: UnsafePointer<UInt8>, _ length: Int) {
        let room = maximumLength - pending.count
        if length > room {
            pending.append(contentsOf: UnsafeBufferPointer(start: pointer, count: max(0, room)))
            pendingTruncated = true
        } else {
            pending.append(contentsOf: UnsafeBufferPointer(start: pointer, count: length))
        }
    }

    private mutating func deliver(_ pointer: UnsafePointer<UInt8>, _ length: Int, _ body: (TextLine) throws -> Void) throws {
        if pending.isEmpty && !pendingTruncated {
            lineNumber += 1
            let cut = length > maximumLength
            try body(TextLine(bytes: UnsafeBufferPointer(start: pointer, count: min(length, maximumLength)), number: lineNumber, isTruncated: cut))
            return
        }
        appendPending(pointer, length)
        try deliverPending(body)
    }

    private mutating func deliverPending(_ body: (TextLine) throws -> Void) throws {
        lineNumber += 1
        let truncated = pendingTruncated
        let number = lineNumber
        defer {
            pending.removeAll(keepingCapacity: pending.capacity <= 1 << 16)
            pendingTruncated = false
        }
        try pending.withUnsafeBufferPointer { try body(TextLine(bytes: $0, number: number, isTruncated: truncated)) }
    }
}
