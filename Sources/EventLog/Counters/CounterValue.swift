#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A sample value as PDH writes it: `238132991823872`, `0.032083023520161361`, `-1`, or blank
/// (`" "`) when there is none. A decimal comma is accepted too.
enum CounterValue {
    enum Parsed {
        case value(Double)
        case blank
        case invalid
    }

    static func parse(_ bytes: TextBytes) -> Parsed {
        let text = bytes.trimmed()
        if text.isEmpty { return .blank }
        guard text.count < 64 else { return .invalid }
        var buffer = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        return withUnsafeMutableBytes(of: &buffer) { raw -> Parsed in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return .invalid }
            for index in 0..<text.count {
                let byte = text[index]
                guard ASCII.isDigit(byte) || byte == ASCII.dot || byte == ASCII.comma || byte == ASCII.dash || byte == 0x2B
                        || byte == 0x65 || byte == 0x45 else { return .invalid }
                base[index] = CChar(bitPattern: byte == ASCII.comma ? ASCII.dot : byte)
            }
            base[text.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(base, &end)
            guard let end, end - base == text.count, value.isFinite else { return .invalid }
            return .value(value)
        }
    }
}
