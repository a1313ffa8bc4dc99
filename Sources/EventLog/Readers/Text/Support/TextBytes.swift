#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// UTF-8 bytes of a line or a field, borrowed from a reader's buffer and valid only while that
/// buffer is: the currency of the text readers. They parse numbers, dates and names straight from
/// these bytes and make a `String` only for a field they keep, which is what makes them fast.
typealias TextBytes = UnsafeBufferPointer<UInt8>

enum ASCII {
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let comma: UInt8 = 0x2C
    static let dash: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let backslash: UInt8 = 0x5C
    static let pipe: UInt8 = 0x7C

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == space || byte == tab }
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The bytes in `start..<end`.
    @inline(__always)
    func slice(_ start: Int, _ end: Int) -> TextBytes {
        precondition(0 <= start && start <= end && end <= count, "slice out of bounds")
        return TextBytes(start: baseAddress.map { $0 + start }, count: end - start)
    }

    /// The first index of `byte` at or after `start` (memchr), or nil.
    @inline(__always)
    func index(of byte: UInt8, from start: Int = 0) -> Int? {
        guard let base = baseAddress, start < count else { return nil }
        guard let found = memchr(base + start, Int32(byte), count - start) else { return nil }
        return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
    }

    /// Without leading and trailing spaces, tabs, CRs and LFs.
    @inline(__always)
    func trimmed() -> TextBytes {
        guard let base = baseAddress else { return self }
        var start = 0, end = count
        while start < end, isBlankByte(base[start]) { start += 1 }
        while end > start, isBlankByte(base[end - 1]) { end -= 1 }
        return TextBytes(start: base + start, count: end - start)
    }

    /// Without trailing spaces, tabs, CRs and LFs (leading ones kept: indentation can matter).
    func trimmedTrailing() -> TextBytes {
        var end = count
        while end > 0, isBlankByte(self[end - 1]) { end -= 1 }
        return end == count ? self : slice(0, end)
    }

    /// True when the bytes hold nothing but white space.
    var isBlank: Bool {
        for byte in self where !isBlankByte(byte) { return false }
        return true
    }

    /// The bytes as a String (the transcoder already made them valid UTF-8).
    var string: String { String(decoding: self, as: UTF8.self) }

    /// The trimmed bytes as a String, or nil when nothing is left.
    var trimmedString: String? {
        let value = trimmed()
        return value.isEmpty ? nil : value.string
    }

    /// True when the bytes equal `lowercaseLiteral` ignoring ASCII case (the literal must be lowercase).
    func equalsIgnoringCase(_ lowercaseLiteral: [UInt8]) -> Bool {
        guard count == lowercaseLiteral.count else { return false }
        for index in 0..<count where ASCII.lowercased(self[index]) != lowercaseLiteral[index] { return false }
        return true
    }

    /// As above, for a literal in the program (no array, so no lazy global to reach per call).
    @inline(__always)
    func equalsIgnoringCase(_ lowercaseLiteral: StaticString) -> Bool {
        guard count == lowercaseLiteral.utf8CodeUnitCount else { return false }
        let literal = lowercaseLiteral.utf8Start
        for index in 0..<count where ASCII.lowercased(self[index]) != literal[index] { return false }
        return true
    }

    /// True when the bytes start with `prefix` (exactly).
    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        guard count >= prefix.count else { return false }
        for index in 0..<prefix.count where self[index] != prefix[index] { return false }
        return true
    }

    /// As above, for a literal in the program.
    @inline(__always)
    func hasPrefix(_ prefix: StaticString) -> Bool {
        guard count >= prefix.utf8CodeUnitCount else { return false }
        let literal = prefix.utf8Start
        for index in 0..<prefix.utf8CodeUnitCount where self[index] != literal[index] { return false }
        return true
    }

    /// The value of a decimal number made only of digits (after trimming), or nil; nil on overflow.
    var unsignedValue: UInt64? {
        let digits = trimmed()
        guard let base = digits.baseAddress, !digits.isEmpty, digits.count <= 20 else { return nil }
        if digits.count <= 19 {
            // Nineteen digits cannot overflow 64 bits.
            var value: UInt64 = 0
            for index in 0..<digits.count {
                let digit = base[index] &- 0x30
                guard digit < 10 else { return nil }
                value = value &* 10 &+ UInt64(digit)
            }
            return value
        }
        var value: UInt64 = 0
        for byte in digits {
            guard ASCII.isDigit(byte) else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(UInt64(byte - 0x30))
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return value
    }

    /// The value of a decimal number with an optional leading minus sign, or nil.
    var signedValue: Int64? {
        let text = trimmed()
        guard let first = text.first else { return nil }
        if first == ASCII.dash {
            guard let magnitude = text.slice(1, text.count).unsignedValue, magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        guard let magnitude = text.unsignedValue, magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// The value of a number in parentheses, `(12)`, as Event Viewer shows an unnamed category.
    var parenthesizedValue: UInt64? {
        let text = trimmed()
        guard text.count >= 3, text[0] == 0x28, text[text.count - 1] == 0x29 else { return nil }
        return text.slice(1, text.count - 1).unsignedValue
    }

    @inline(__always)
    private func isBlankByte(_ byte: UInt8) -> Bool {
        byte == ASCII.space || byte == ASCII.tab || byte == ASCII.carriageReturn || byte == ASCII.newline
    }
}
