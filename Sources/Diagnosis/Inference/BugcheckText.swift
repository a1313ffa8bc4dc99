import EventLog

/// Finds a STOP code and its parameters in the text NT and its tools write about a crash:
///
/// - Save Dump 1000/1001: `The bugcheck was: 0xc000021a (0xe17c7fc8, 0x00000001, 0x00000000, 0x00000000).`
/// - the blue screen: `STOP: 0x0000001E (0xC0000005, 0xA00FE88D, 0x00000000, 0x00000030)`
/// - the Knowledge Base's short form: `Stop 0xc000021a e17c7fc8 00000000 00000000`
/// - Windows 2000's System 1003: `Error code 0000000a, parameter1 00000000, parameter2 00000002, …`
/// - Save Dump's first insertion string alone: `0x0000000a (0x00000000, 0x00000002, 0x00000000, 0x8011a2b3)`
public enum BugcheckText {
    /// What comes just before the STOP code, in the order tried.
    private static let anchors: [[UInt8]] = [Array("bugcheck was:".utf8), Array("stop:".utf8), Array("stop ".utf8), Array("error code ".utf8)]
    private static let firstParameterLabel = Array("parameter1".utf8)

    public static func parse(_ text: String) -> Bugcheck? {
        let lower = lowercased(text)
        var start: Int?
        for anchor in anchors {
            if let found = ByteSearch.firstIndex(of: anchor, in: lower) {
                start = found + anchor.count
                break
            }
        }
        if start == nil {
            let first = lower.firstIndex { $0 != 0x20 } ?? 0
            if lower.count > first + 2, lower[first] == 0x30, lower[first + 1] == 0x78 { start = first }
        }
        guard var index = start else { return nil }
        skipSpaces(lower, &index)
        guard let code = hexNumber(lower, &index) else { return nil }
        var parameters: [UInt32?] = []
        skipSpaces(lower, &index)
        if index < lower.count, lower[index] == 0x28 { // (p1, p2, p3, p4)
            index += 1
            while parameters.count < 4 {
                skipSpaces(lower, &index)
                guard let value = hexNumber(lower, &index) else { break }
                parameters.append(value)
                skipSpaces(lower, &index)
                guard index < lower.count, lower[index] == 0x2C else { break }
                index += 1
            }
        } else if index < lower.count, lower[index] == 0x2C, ByteSearch.firstIndex(of: firstParameterLabel, in: lower) != nil {
            for number in 1...4 {
                let label = Array("parameter\(number)".utf8)
                guard var position = ByteSearch.firstIndex(of: label, in: lower).map({ $0 + label.count }) else { break }
                skipSpaces(lower, &position)
                guard let value = hexNumber(lower, &position) else { break }
                parameters.append(value)
            }
        } else {
            // Parameters written after the code, separated by spaces (the KB's short form).
            while parameters.count < 4, index < lower.count {
                var probe = index
                guard let value = hexNumber(lower, &probe), probe - index >= 8 || (probe < lower.count && lower[probe] == 0x20) else { break }
                parameters.append(value)
                index = probe
                skipSpaces(lower, &index)
            }
        }
        return Bugcheck(code: StopCode(code), parameters: parameters)
    }

    /// The text's UTF-8 with ASCII letters lower-cased.
    private static func lowercased(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { output, count in
                for (index, byte) in bytes.enumerated() { output[index] = TextMatch.lower(byte) }
                count = bytes.count
            }
        }
    }

    private static func skipSpaces(_ bytes: [UInt8], _ index: inout Int) {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
    }

    /// `0x` + up to 8 hex digits, or up to 8 bare hex digits (not followed by another letter).
    private static func hexNumber(_ bytes: [UInt8], _ index: inout Int) -> UInt32? {
        var position = index
        if position + 1 < bytes.count, bytes[position] == 0x30, bytes[position + 1] == 0x78 { position += 2 }
        var value: UInt32 = 0
        var digits = 0
        while position < bytes.count, digits < 8, let digit = hexDigit(bytes[position]) {
            value = value << 4 | UInt32(digit)
            digits += 1
            position += 1
        }
        guard digits > 0 else { return nil }
        if position < bytes.count, (0x61...0x7A).contains(bytes[position]) || hexDigit(bytes[position]) != nil { return nil }
        index = position
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
