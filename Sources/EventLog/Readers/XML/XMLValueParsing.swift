/// Parses the values found in XML exports straight from their UTF-8 bytes: numbers, hex
/// keywords, timestamps, binary data. No Foundation, no intermediate Strings: these run for
/// every field of every event.
enum XMLValueParsing {
    /// The bytes without leading and trailing ASCII white space.
    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end, XMLProlog.isSpace(bytes[start]) { start += 1 }
        while end > start, XMLProlog.isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// A decimal number, or hex with a `0x` prefix; nil when empty, malformed or too large.
    static func integer(_ raw: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let bytes = trimmed(raw)
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0"), bytes[1] | 0x20 == UInt8(ascii: "x") {
            return hex(UnsafeBufferPointer(rebasing: bytes[2...]))
        }
        guard !bytes.isEmpty, bytes.count <= 20 else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            let digit = byte &- 0x30
            guard digit < 10 else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(UInt64(digit))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
        }
        return value
    }

    /// Hex digits (with or without `0x`) as a number; nil when malformed or over 64 bits.
    static func hex(_ raw: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var bytes = trimmed(raw)
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0"), bytes[1] | 0x20 == UInt8(ascii: "x") {
            bytes = UnsafeBufferPointer(rebasing: bytes[2...])
        }
        var start = 0
        while start < bytes.count - 1, bytes[start] == UInt8(ascii: "0") { start += 1 }
        guard !bytes.isEmpty, bytes.count - start <= 16 else { return nil }
        var value: UInt64 = 0
        for byte in bytes[start...] {
            guard let digit = hexDigit(byte) else { return nil }
            value = value << 4 | UInt64(digit)
        }
        return value
    }

    @inline(__always)
    static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    /// Binary data as exports write it: hex digits (Windows: `<Binary>0000…</Binary>`, spaces
    /// allowed), or base64 (python-evtx); nil when it is neither.
    static func binary(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let bytes = trimmed(raw)
        if let decoded = hexBytes(bytes) { return decoded }
        return base64(bytes)
    }

    private static func hexBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count / 2)
        var high: UInt8?
        for byte in bytes {
            if XMLProlog.isSpace(byte) { continue }
            guard let digit = hexDigit(byte) else { return nil }
            if let first = high {
                result.append(first << 4 | digit)
                high = nil
            } else {
                high = digit
            }
        }
        return high == nil ? result : nil
    }

    private static func base64(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count * 3 / 4)
        var accumulator: UInt32 = 0, bits = 0, padding = 0
        for byte in bytes {
            let value: UInt8
            switch byte {
            case 0x41...0x5A: value = byte - 0x41
            case 0x61...0x7A: value = byte - 0x61 + 26
            case 0x30...0x39: value = byte - 0x30 + 52
            case UInt8(ascii: "+"): value = 62
            case UInt8(ascii: "/"): value = 63
            case UInt8(ascii: "="): padding += 1; continue
            case 0x20, 0x09, 0x0A, 0x0D: continue
            default: return nil
            }
            guard padding == 0 else { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                result.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        return padding <= 2 && bits < 6 ? result : nil
    }

    /// What a timestamp without a zone designator means.
    enum ZonelessTime {
        /// A UTC field written without its `Z` (python-evtx's `2015-12-22 02:23:19.165775`).
        case utc
        /// A local wall-clock time (Log Parser's `2004-04-18 18:48:04`).
        case local
    }

    /// `yyyy-MM-ddTHH:mm:ss[.f…][Z|±hh:mm|±hhmm]`, `T` or a space between date and time, 0–9
    /// (or more, cut) fraction digits, seconds optional. An offset is applied to give UTC.
    static func timestamp(_ raw: UnsafeBufferPointer<UInt8>, zoneless: ZonelessTime) -> EventTime? {
        let b = trimmed(raw)
        if let time = utcTimestamp(b) { return time }
        return parsedTimestamp(b, zoneless: zoneless)
    }

    /// The layout every event export writes, `yyyy-MM-ddTHH:mm:ss[.f…]Z` with at most nine
    /// fraction digits, read at its fixed places; nil for anything else, which `parsedTimestamp`
    /// reads (or refuses) step by step. What both read, they read alike (a test holds them to it).
    static func utcTimestamp(_ b: UnsafeBufferPointer<UInt8>) -> EventTime? {
        let n = b.count
        guard n >= 20, n <= 30, b[n - 1] == 0x5A, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A
        else { return nil }
        @inline(__always) func digits(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start..<(start + count) {
                let digit = Int(b[index]) &- 0x30
                guard digit >= 0, digit <= 9 else { return nil }
                value = value &* 10 &+ digit
            }
            return value
        }
        guard let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2),
              let hour = digits(11, 2), let minute = digits(14, 2), let second = digits(17, 2), second < 60 else { return nil }
        var nanosecond = 0
        if n > 20 {
            // `.` and one to nine digits before the `Z`.
            guard n > 21, b[19] == 0x2E, let fraction = digits(20, n - 21) else { return nil }
            nanosecond = fraction
            for _ in (n - 21)..<9 { nanosecond &*= 10 }
        }
        return EventTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, nanosecond: nanosecond, isUTC: true)
    }

    /// `timestamp`'s general reading, step by step.
    static func parsedTimestamp(_ b: UnsafeBufferPointer<UInt8>, zoneless: ZonelessTime) -> EventTime? {
        let n = b.count
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= n else { return nil }
            var value = 0
            for k in 0..<digits {
                let digit = Int(b[i + k]) - 0x30
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            i += digits
            return value
        }
        func expect(_ character: UInt8) -> Bool {
            guard i < n, b[i] == character else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect(UInt8(ascii: "-")), let month = number(2), expect(UInt8(ascii: "-")),
              let day = number(2) else { return nil }
        guard i < n, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: " ") else { return nil }
        i += 1
        guard let hour = number(2), expect(UInt8(ascii: ":")), let minute = number(2) else { return nil }
        var second = 0, nanosecond = 0
        if expect(UInt8(ascii: ":")) {
            guard let value = number(2) else { return nil }
            second = value
            if i < n, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
                i += 1
                var digits = 0
                while i < n, b[i] >= 0x30, b[i] <= 0x39 {
                    if digits < 9 { nanosecond = nanosecond * 10 + Int(b[i] - 0x30) }
                    digits += 1
                    i += 1
                }
                guard digits > 0 else { return nil }
                for _ in min(digits, 9)..<9 { nanosecond *= 10 }
            }
        }
        var offset: Int?
        if i < n {
            if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
                offset = 0
                i += 1
            } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
                i += 1
                guard let hours = number(2) else { return nil }
                _ = expect(UInt8(ascii: ":"))
                let minutes = i < n ? number(2) : 0
                guard let minutes, hours <= 14, minutes < 60 else { return nil }
                offset = sign * (hours * 3600 + minutes * 60)
            }
        }
        guard i == n else { return nil }
        let isUTC = offset != nil || zoneless == .utc
        guard let time = EventTime(year: year, month: month, day: day, hour: hour, minute: minute,
                                   second: min(second, 59), nanosecond: nanosecond, isUTC: isUTC) else { return nil }
        return time.adding(seconds: Int64(-(offset ?? 0)) + (second == 60 ? 1 : 0))
    }

    /// A Windows FILETIME (100 ns ticks since 1601-01-01 UTC), as `RawTime` carries it.
    static func fileTime(_ ticks: UInt64) -> EventTime {
        let unixTicks = Int64(bitPattern: ticks &- 116_444_736_000_000_000)
        let seconds = unixTicks >= 0 ? unixTicks / 10_000_000 : (unixTicks - 9_999_999) / 10_000_000
        let remainder = unixTicks - seconds * 10_000_000
        return EventTime(seconds: seconds, nanoseconds: Int32(remainder * 100), isUTC: true)
    }
}
