#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of one field, gathered from libxml2's `characters` callbacks (which cut text into
/// pieces of a few hundred bytes). One buffer is reused for every field, so reading allocates
/// nothing here once warm; it keeps at most `limit` bytes, so a 50 MB text node costs 1 MB.
struct XMLTextBuffer {
    static let limit = 1 << 20

    private(set) var bytes: [UInt8] = []
    /// Text beyond `limit` was dropped since the last `reset`.
    private(set) var overflowed = false

    init() { bytes.reserveCapacity(4096) }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        overflowed = false
    }

    @inline(__always)
    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        let room = XMLTextBuffer.limit - bytes.count
        if piece.count <= room {
            bytes.append(contentsOf: piece)
            return
        }
        guard !overflowed else { return }
        overflowed = true
        // Cut on a character boundary, never inside a UTF-8 sequence.
        var cut = room
        while cut > 0, piece[cut] & 0xC0 == 0x80 { cut -= 1 }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: piece[..<cut]))
    }

    /// Calls `body` with the collected bytes.
    @inline(__always)
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer(body)
    }

    /// How a field's text becomes a value.
    enum Shape {
        /// As written (insertion strings: their spaces are data).
        case exact
        /// Leading and trailing white space removed (names, numbers, Log Parser values).
        case trimmed
        /// Trailing white space removed (messages end with CR LF).
        case trailingTrimmed
    }

    /// The text as a String; CR LF and lone CR become LF (see `XMLTextBuffer.newlines`).
    func string(_ shape: Shape) -> String {
        bytes.withUnsafeBufferPointer { XMLTextBuffer.string($0, shape) }
    }

    static func string(_ raw: UnsafeBufferPointer<UInt8>, _ shape: Shape) -> String {
        var start = 0, end = raw.count
        if shape == .trimmed { while start < end, isSpace(raw[start]) { start += 1 } }
        if shape != .exact { while end > start, isSpace(raw[end - 1]) { end -= 1 } }
        let bytes = UnsafeBufferPointer(rebasing: raw[start..<end])
        guard let base = bytes.baseAddress, memchr(base, 0x0D, bytes.count) != nil else {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(decoding: withNewlinesNormalised(bytes), as: UTF8.self)
    }

    /// Newlines in XML exports: a parser turns literal CR LF into LF, but `&#xD;&#xA;` (which
    /// Windows writes) stays CR LF. So that one event reads the same whatever the exporter
    /// escaped, every CR LF and lone CR becomes LF.
    static func withNewlinesNormalised(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0D {
                result.append(0x0A)
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
            } else {
                result.append(byte)
            }
        }
        return result
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}

/// Remembers the last String made for a field, so that a computer, channel or source name that
/// repeats in every event is compared (memcmp) rather than allocated again.
struct RecentString {
    private var bytes: [UInt8] = []
    private var value = ""

    mutating func string(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        let matches = bytes.withUnsafeBufferPointer { known in
            guard known.count == raw.count else { return false }
            guard let left = known.baseAddress, let right = raw.baseAddress else { return true }
            return memcmp(left, right, raw.count) == 0
        }
        if matches { return value }
        bytes = Array(raw)
        value = String(decoding: raw, as: UTF8.self)
        return value
    }
}
