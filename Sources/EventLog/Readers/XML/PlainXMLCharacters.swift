#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The byte classes and small lookups of `PlainXMLScanner`: which bytes end a run of text, of an
/// attribute value, of a comment or of a name, and what references stand for.
///
/// The tables are written once, when first used, and only read after (hence `nonisolated(unsafe)`).
enum PlainXMLCharacters {
    /// Text: 0 for bytes that go on a run; anything else needs a look (`<`, `&`, CR, `]`, the
    /// lead byte of U+FFFE/U+FFFF, and the control characters XML does not allow).
    nonisolated(unsafe) static let text = table { byte in
        switch byte {
        case 0x3C, 0x26, 0x0D, 0x5D, 0xEF: return 1
        case 0x09, 0x0A: return 0
        case ..<0x20: return 1
        default: return 0
        }
    }

    /// Attribute values: as text, plus both quotes, tab and LF (made spaces); `]` is plain there.
    nonisolated(unsafe) static let attribute = table { byte in
        switch byte {
        case 0x3C, 0x26, 0x22, 0x27, 0xEF: return 1
        case ..<0x20: return 1
        default: return 0
        }
    }

    /// Comments: `-`, the lead byte of U+FFFE/U+FFFF and control characters other than white space.
    nonisolated(unsafe) static let comment = table { byte in
        switch byte {
        case 0x2D, 0xEF: return 1
        case 0x09, 0x0A, 0x0D: return 0
        case ..<0x20: return 1
        default: return 0
        }
    }

    /// Names: 1 for bytes that may start one (ASCII letters, `_`), 2 for those that may only go on
    /// (digits, `.`, `-`), 0 for the rest (a `:` or any non-ASCII byte leaves the name to libxml2).
    nonisolated(unsafe) static let name = table { byte in
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: return 1
        case 0x30...0x39, 0x2E, 0x2D: return 2
        default: return 0
        }
    }

    /// What may follow a name: white space, `=`, `>`, `/`.
    @inline(__always)
    static func endsName(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x3D || byte == 0x3E || byte == 0x2F
    }

    static let newline: [UInt8] = [0x0A]
    static let space: [UInt8] = [0x20]
    static let eventNamespace: StaticString = "http://schemas.microsoft.com/win/2004/08/events/event"

    /// A 256-entry table that lives as long as the program (read in the scanner's inner loops
    /// without an array's checks).
    private static func table(_ classify: (UInt8) -> UInt8) -> UnsafePointer<UInt8> {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for byte in 0...255 { table[byte] = classify(UInt8(byte)) }
        return UnsafePointer(table)
    }

    static func matches(_ bytes: UnsafePointer<UInt8>, _ count: Int, _ literal: StaticString) -> Bool {
        count == literal.utf8CodeUnitCount && memcmp(bytes, literal.utf8Start, count) == 0
    }

    /// The character one of the five predefined entities stands for.
    static func predefinedEntity(_ name: UnsafePointer<UInt8>, _ count: Int) -> UInt8? {
        if matches(name, count, "lt") { return 0x3C }
        if matches(name, count, "gt") { return 0x3E }
        if matches(name, count, "amp") { return 0x26 }
        if matches(name, count, "quot") { return 0x22 }
        if matches(name, count, "apos") { return 0x27 }
        return nil
    }

    @inline(__always)
    static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x61...0x66 where hex: return UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where hex: return UInt32(byte - 0x41 + 10)
        default: return nil
        }
    }

    /// XML 1.0's Char production.
    static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x1_0000...0x10_FFFF: return true
        default: return false
        }
    }

    /// Writes the UTF-8 form of a valid scalar; returns its length.
    static func encode(_ value: UInt32, into bytes: inout (UInt8, UInt8, UInt8, UInt8)) -> Int {
        switch value {
        case ..<0x80:
            bytes.0 = UInt8(value)
            return 1
        case ..<0x800:
            bytes.0 = UInt8(0xC0 | value >> 6)
            bytes.1 = UInt8(0x80 | value & 0x3F)
            return 2
        case ..<0x1_0000:
            bytes.0 = UInt8(0xE0 | value >> 12)
            bytes.1 = UInt8(0x80 | value >> 6 & 0x3F)
            bytes.2 = UInt8(0x80 | value & 0x3F)
            return 3
        default:
            bytes.0 = UInt8(0xF0 | value >> 18 & 0x07)
            bytes.1 = UInt8(0x80 | value >> 12 & 0x3F)
            bytes.2 = UInt8(0x80 | value >> 6 & 0x3F)
            bytes.3 = UInt8(0x80 | value & 0x3F)
            return 4
        }
    }
}
