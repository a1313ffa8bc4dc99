/// Writes JSON text by hand: fast enough for millions of events, and byte-for-byte
/// deterministic (keys in the order written, no locale, no platform differences).
public enum JSONText {
    /// `value` as a JSON string literal, quotes included.
    public static func quoted(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        appendEscaped(value, to: &out)
        out.append("\"")
        return out
    }

    /// Appends `value`'s characters escaped for the inside of a JSON string.
    public static func appendEscaped(_ value: String, to out: inout String) {
        var needsEscape = false
        for byte in value.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            needsEscape = true
            break
        }
        guard needsEscape else { out.append(value); return }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}

/// Builds one JSON object, field by field, in the order given (callers pass fields sorted or in
/// the documented contract order, so output is deterministic).
public struct JSONObjectWriter {
    public private(set) var text = "{"
    private var first = true

    public init() {}

    private mutating func key(_ name: String) {
        if !first { text.append(",") }
        first = false
        text.append("\"")
        text.append(name)
        text.append("\":")
    }

    public mutating func string(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        text.append("\"")
        JSONText.appendEscaped(value, to: &text)
        text.append("\"")
    }

    public mutating func number<N: BinaryInteger>(_ name: String, _ value: N?) {
        guard let value else { return }
        key(name)
        text.append(String(value))
    }

    public mutating func bool(_ name: String, _ value: Bool) {
        key(name)
        text.append(value ? "true" : "false")
    }

    public mutating func strings(_ name: String, _ values: [String]) {
        key(name)
        text.append("[")
        for (index, value) in values.enumerated() {
            if index > 0 { text.append(",") }
            text.append("\"")
            JSONText.appendEscaped(value, to: &text)
            text.append("\"")
        }
        text.append("]")
    }

    /// Inserts already-encoded JSON (an object or array) under `name`.
    public mutating func raw(_ name: String, _ json: String) {
        key(name)
        text.append(json)
    }

    public mutating func finish() -> String {
        text.append("}")
        return text
    }
}
