#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of one field, gathered from libxml2's `characters` callbacks (which cut text into
/// pieces of a few hundred bytes). One buffer is reused for every field, so reading allocates
/// nothing here once warm; it keeps at most `limit` bytes, so a 50 MB text node costs 1 MB.
///
/// The storage is allocated by hand rather than held in an array: `append` and `reset` run for
/// every field of every event, and an array's uniqueness checks and generic paths cost more than
/// the copying itself.
final class XMLTextBuffer {
    static let limit = 1 << 20

    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity = 4096
    private(set) var count = 0
    /// Text beyond `limit` was dropped since the last `reset`.
    private(set) var overflowed = false

    init() { storage = .allocate(capacity: capacity) }

    deinit { storage.deallocate() }

    @inline(__always)
    func reset() {
        count = 0
        overflowed = false
    }

    @inline(__always)
    func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress else { return }
        var length = piece.count
        if length > XMLTextBuffer.limit - count {
            guard !overflowed else { return }
            overflowed = true
            // Cut on a character boundary, never inside a UTF-8 sequence.
            length = XMLTextBuffer.limit - count
            while length > 0, piece[length] & 0xC0 == 0x80 { length -= 1 }
        }
        if count + length > capacity { grow(to: count + length) }
        (storage + count).update(from: source, count: length)
        count += length
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity
        while newCapacity < needed { newCapacity *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity = newCapacity
    }

    /// Calls `body` with the collected bytes.
    @inline(__always)
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: storage, count: count))
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

    static func string(_ raw: UnsafeBufferPointer<UInt8>, _ shape: Shape) -> String {
        var start = 0, end = raw.count
        if shape == .trimmed { while start < end, isSpace(raw[start]) { start += 1 } }
        if shape != .exact { while end > start, isSpace(raw[end - 1]) { end -= 1 } }
        let bytes = UnsafeBufferPointer(rebasing: raw[start..<end])
        guard let base = bytes.baseAddress, memchr(base, 0x0D, bytes.count) != nil else {
            return String(decoding: bytes, as: UTF8.self)
        }
        // Normalised straight into the String's storage (one allocation, not two).
        return String(unsafeUninitializedCapacity: bytes.count) { storage in normaliseNewlines(bytes, into: storage) }
    }

    /// Newlines in XML exports: a parser turns literal CR LF into LF, but `&#xD;&#xA;` (which
    /// Windows writes) stays CR LF. So that one event reads the same whatever the exporter
    /// escaped, every CR LF and lone CR becomes LF. Writes `bytes` so into `output` (at least as
    /// long); returns the count.
    static func normaliseNewlines(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var index = 0, written = 0
        while index < bytes.count, written < output.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0D {
                output[written] = 0x0A
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
            } else {
                output[written] = byte
            }
            written += 1
        }
        return written
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
