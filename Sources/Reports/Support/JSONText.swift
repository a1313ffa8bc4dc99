/// Writes JSON text by hand: fast enough for millions of events, and byte-for-byte
/// deterministic (keys in the order written, no locale, no platform differences).
public enum JSONText {
    /// `value` as a JSON string literal, quotes included.
    public static func quoted(_ value: String) -> String {
        var out: [UInt8] = [0x22]
        appendEscaped(value, to: &out)
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `value`'s UTF-8 escaped for the inside of a JSON string.
    public static func appendEscaped(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}

/// Builds one JSON object, field by field, in the order given (callers pass fields in the
/// documented contract order, so output is deterministic). Writes UTF-8 bytes directly.
public struct JSONObjectWriter {
    public private(set) var bytes: [UInt8] = [0x7B]
    private var first = true

    public init() {}

    private mutating func key(_ name: StaticString) {
        if !first { bytes.append(0x2C) }
        first = false
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    public mutating func string(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        bytes.append(0x22)
        JSONText.appendEscaped(value, to: &bytes)
        bytes.append(0x22)
    }

    public mutating func number<N: BinaryInteger>(_ name: StaticString, _ value: N?) {
        guard let value else { return }
        key(name)
        DecimalBytes.append(value, to: &bytes)
    }

    public mutating func bool(_ name: StaticString, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    }

    public mutating func strings(_ name: StaticString, _ values: [String]) {
        key(name)
        bytes.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            bytes.append(0x22)
            JSONText.appendEscaped(value, to: &bytes)
            bytes.append(0x22)
        }
        bytes.append(0x5D)
    }

    /// Writes a value's bytes produced by `body` as a JSON string (no escaping: for ASCII such
    /// as timestamps and hex).
    public mutating func asciiString(_ name: StaticString, _ body: (inout [UInt8]) -> Void) {
        key(name)
        bytes.append(0x22)
        body(&bytes)
        bytes.append(0x22)
    }

    /// Inserts already-encoded JSON (an object or array) under `name`.
    public mutating func raw(_ name: StaticString, _ json: String) {
        key(name)
        bytes.append(contentsOf: json.utf8)
    }

    /// Closes the object and returns its bytes.
    public mutating func finishBytes() -> [UInt8] {
        bytes.append(0x7D)
        return bytes
    }

    public mutating func finish() -> String {
        String(decoding: finishBytes(), as: UTF8.self)
    }
}

/// Decimal digits of integers, appended as ASCII bytes without making Strings.
public enum DecimalBytes {
    public static func append<N: BinaryInteger>(_ value: N, to out: inout [UInt8]) {
        if value < 0 { out.append(0x2D) }
        var magnitude = UInt64(value.magnitude)
        var divisor: UInt64 = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(0x30 + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }

    /// `value` zero-padded to `width` digits.
    public static func appendPadded(_ value: Int, width: Int, to out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        if rest >= divisor * 10 { append(value, to: &out); return }
        while divisor > 0 {
            out.append(0x30 + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
