#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the NUL-terminated UTF-16LE strings of a record, leniently: an unpaired surrogate
/// becomes U+FFFD and the record is kept; a string cut off by the end of the bytes is kept as
/// far as it goes.
///
/// Source and computer names repeat in nearly every record, so the last few decoded names are
/// kept and reused when the same bytes come again (a byte comparison instead of a new String).
struct EVTStringDecoder {
    /// A decoded string and where it ended.
    struct Decoded {
        var string: String
        /// Offset just past the terminating NUL (or the end of the bytes when there was none).
        var end: Int
        /// False when the bytes ended before a NUL.
        var terminated: Bool
    }

    private var cachedBytes: [[UInt8]] = []
    private var cachedStrings: [String] = []
    private var nextSlot = 0
    private static let cacheSize = 8

    /// Decodes the string starting at `offset` (an even or odd offset; units are read unaligned).
    static func decode(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Decoded {
        let (end, terminated) = terminator(bytes, from: offset)
        return Decoded(string: string(bytes, from: offset, to: end), end: terminated ? end + 2 : end, terminated: terminated)
    }

    /// Like `decode`, reusing a recently decoded string when the bytes are the same.
    mutating func decodeCached(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Decoded {
        let (end, terminated) = EVTStringDecoder.terminator(bytes, from: offset)
        let next = terminated ? end + 2 : end
        guard offset >= 0, end >= offset, end - offset <= 256 else {
            return Decoded(string: EVTStringDecoder.string(bytes, from: offset, to: end), end: next, terminated: terminated)
        }
        let raw = UnsafeRawBufferPointer(rebasing: bytes[offset..<end])
        for index in cachedBytes.indices where cachedBytes[index].count == raw.count {
            let same = cachedBytes[index].withUnsafeBytes { cached in
                guard let left = cached.baseAddress, let right = raw.baseAddress else { return raw.isEmpty }
                return memcmp(left, right, raw.count) == 0
            }
            if same { return Decoded(string: cachedStrings[index], end: next, terminated: terminated) }
        }
        let string = EVTStringDecoder.string(bytes, from: offset, to: end)
        if cachedBytes.count < EVTStringDecoder.cacheSize {
            cachedBytes.append(Array(raw))
            cachedStrings.append(string)
        } else {
            cachedBytes[nextSlot] = Array(raw)
            cachedStrings[nextSlot] = string
            nextSlot = (nextSlot + 1) % EVTStringDecoder.cacheSize
        }
        return Decoded(string: string, end: next, terminated: terminated)
    }

    /// The offset of the terminating NUL unit (or the last whole unit's end) and whether it was found.
    static func terminator(_ bytes: UnsafeRawBufferPointer, from offset: Int) -> (Int, Bool) {
        guard offset >= 0, offset < bytes.count else { return (max(0, min(offset, bytes.count)), false) }
        var index = offset
        let limit = bytes.count - 1
        while index < limit {
            if bytes[index] == 0 && bytes[index + 1] == 0 { return (index, true) }
            index += 2
        }
        return (index, false)
    }

    /// The string of the UTF-16LE units in `from..<to`.
    static func string(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> String {
        guard start >= 0, end > start, end <= bytes.count else { return "" }
        let units = (end - start) / 2
        var ascii = true
        var index = start
        while index < end - 1 {
            if bytes[index] >= 0x80 || bytes[index + 1] != 0 { ascii = false; break }
            index += 2
        }
        if ascii {
            return String(unsafeUninitializedCapacity: units) { buffer in
                for unit in 0..<units { buffer[unit] = bytes[start + 2 * unit] }
                return units
            }
        }
        // String(decoding:as:) repairs unpaired surrogates with U+FFFD.
        let codeUnits = (0..<units).map { bytes.uncheckedUInt16(at: start + 2 * $0) }
        return String(decoding: codeUnits, as: UTF16.self)
    }
}
