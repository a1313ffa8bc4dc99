/// Turns a byte stream in any supported text encoding into clean UTF-8, one chunk at a time.
///
/// Every text reader (and the XML reader, which hands the result to libxml2) works on UTF-8
/// bytes, so the encodings are dealt with once, here. The output is always valid UTF-8: invalid
/// sequences and unpaired UTF-16 surrogates become U+FFFD, and NUL characters (stray in some
/// exports, fatal to XML) are dropped. Sequences split across chunk boundaries are carried over.
public struct UTF8Transcoder {
    public let encoding: TextEncoding
    private var carry: [UInt8] = []
    private var pendingHighSurrogate: UInt16?
    private let codePage: [UInt16]?
    /// How many invalid sequences were replaced by U+FFFD so far.
    public private(set) var replacements = 0

    public init(encoding: TextEncoding) {
        self.encoding = encoding
        switch encoding {
        case .windows1252: codePage = CodePageTables.windows1252
        case .windows1251: codePage = CodePageTables.windows1251
        case .windows1250: codePage = CodePageTables.windows1250
        case .cp437: codePage = CodePageTables.cp437
        case .cp850: codePage = CodePageTables.cp850
        default: codePage = nil
        }
    }

    /// Appends the UTF-8 form of `input` to `output`. Pass `final: true` with the last chunk so
    /// that an incomplete trailing sequence is flushed as U+FFFD.
    public mutating func decode(_ input: UnsafeRawBufferPointer, final: Bool, into output: inout [UInt8]) {
        switch encoding {
        case .utf16LE: decodeUTF16(input, bigEndian: false, final: final, into: &output)
        case .utf16BE: decodeUTF16(input, bigEndian: true, final: final, into: &output)
        case .utf8, .binary: decodeUTF8(input, final: final, into: &output)
        default: decodeSingleByte(input, into: &output)
        }
    }

    // MARK: UTF-8

    private mutating func decodeUTF8(_ input: UnsafeRawBufferPointer, final: Bool, into output: inout [UInt8]) {
        if carry.isEmpty {
            let bytes = input.bindMemory(to: UInt8.self)
            let used = validateUTF8(of: bytes, final: final, into: &output)
            if used < bytes.count { carry.append(contentsOf: bytes[used...]) }
            return
        }
        // A sequence was split at the last chunk boundary (rare): join and validate together.
        var joined = carry
        joined.append(contentsOf: input)
        carry.removeAll(keepingCapacity: true)
        let used = joined.withUnsafeBufferPointer { validateUTF8(of: $0, final: final, into: &output) }
        if used < joined.count { carry.append(contentsOf: joined[used...]) }
    }

    /// Validates and copies `bytes`; returns how many were consumed (an incomplete sequence at the
    /// end is left unconsumed unless `final`).
    private mutating func validateUTF8(of bytes: UnsafeBufferPointer<UInt8>, final: Bool, into output: inout [UInt8]) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        output.reserveCapacity(output.count + count)
        var i = 0
        var runStart = 0
        @inline(__always) func flushRun(_ end: Int) {
            if end > runStart { output.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: end - runStart)) }
        }
        let raw = UnsafeRawPointer(base)
        while i < count {
            // Fast paths: sixteen, then eight ASCII non-NUL bytes at a time (a byte is ASCII and
            // not NUL when its high bit is clear and subtracting one does not borrow into it).
            while i + 16 <= count {
                let first = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let second = raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                if ((first | second) | ((first &- ones) & ~first) | ((second &- ones) & ~second)) & highs != 0 { break }
                i += 16
            }
            guard i < count else { break }
            if i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                if high == 0 && hasZero == 0 { i += 8; continue }
            }
            let byte = base[i]
            if byte == 0 { flushRun(i); i += 1; runStart = i; continue }
            if byte < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32 = 0
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; scalar = UInt32(byte & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; scalar = UInt32(byte & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; scalar = UInt32(byte & 0x07); minimum = 0x10000
            default:
                flushRun(i); appendReplacement(&output); i += 1; runStart = i; continue
            }
            if i + length > count {
                // Possibly valid but cut by the chunk end: check the bytes we have.
                var plausible = true
                for k in 1..<(count - i) where base[i + k] & 0xC0 != 0x80 { plausible = false }
                if plausible && !final { flushRun(i); return i }
                // A sequence cut by the end of input is one replacement; a broken one, one per byte.
                flushRun(i); appendReplacement(&output); i = plausible ? count : i + 1; runStart = i; continue
            }
            var valid = true
            for k in 1..<length {
                let next = base[i + k]
                if next & 0xC0 != 0x80 { valid = false; break }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if valid && (scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar)) { valid = false }
            if valid { i += length; continue }
            flushRun(i); appendReplacement(&output); i += 1; runStart = i
        }
        flushRun(count)
        return count
    }

    // MARK: UTF-16

    private mutating func decodeUTF16(_ input: UnsafeRawBufferPointer, bigEndian: Bool, final: Bool, into output: inout [UInt8]) {
        var bytes = input.bindMemory(to: UInt8.self)
        if !carry.isEmpty, let first = bytes.first {
            let unit = bigEndian ? UInt16(carry[0]) << 8 | UInt16(first) : UInt16(first) << 8 | UInt16(carry[0])
            carry.removeAll(keepingCapacity: true)
            appendUTF16Unit(unit, into: &output)
            bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst())
        }
        let pairs = bytes.count / 2
        if pairs > 0, let base = bytes.baseAddress {
            // Each unit makes at most three bytes, plus a replacement for a high surrogate left
            // pending by the last chunk: decoded into a buffer of that size, appended at once
            // (appending byte by byte to the array cost a uniqueness check per byte).
            let decoded = [UInt8](unsafeUninitializedCapacity: pairs * 3 + 3) { buffer, written in
                written = decodeUTF16Units(base, pairs: pairs, bigEndian: bigEndian, into: buffer)
            }
            output.append(contentsOf: decoded)
        }
        if bytes.count % 2 == 1, let last = bytes.last { carry.append(last) }
        if final {
            if !carry.isEmpty { carry.removeAll(); appendReplacement(&output) }
            if pendingHighSurrogate != nil { pendingHighSurrogate = nil; appendReplacement(&output) }
        }
    }

    /// Decodes `pairs` UTF-16 units from `base` into `buffer` (at least `pairs * 3 + 3` bytes);
    /// returns how many bytes were written. Surrogate state carries over in `pendingHighSurrogate`.
    private mutating func decodeUTF16Units(_ base: UnsafePointer<UInt8>, pairs: Int, bigEndian: Bool, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var out = 0
        @inline(__always) func put(_ byte: UInt8) {
            buffer[out] = byte
            out += 1
        }
        @inline(__always) func putScalar(_ scalar: UInt32) {
            switch scalar {
            case 0..<0x80:
                put(UInt8(scalar))
            case 0x80..<0x800:
                put(UInt8(0xC0 | scalar >> 6))
                put(UInt8(0x80 | scalar & 0x3F))
            case 0x800..<0x10000:
                put(UInt8(0xE0 | scalar >> 12))
                put(UInt8(0x80 | scalar >> 6 & 0x3F))
                put(UInt8(0x80 | scalar & 0x3F))
            default:
                put(UInt8(0xF0 | scalar >> 18))
                put(UInt8(0x80 | scalar >> 12 & 0x3F))
                put(UInt8(0x80 | scalar >> 6 & 0x3F))
                put(UInt8(0x80 | scalar & 0x3F))
            }
        }
        @inline(__always) func putReplacement() {
            replacements += 1
            put(0xEF); put(0xBF); put(0xBD)
        }
        guard let start = buffer.baseAddress else { return 0 }
        var pending = pendingHighSurrogate
        defer { pendingHighSurrogate = pending }
        var index = 0
        while index < pairs {
            // Fast path: four ASCII units (none NUL) at a time, packed into four bytes.
            if pending == nil, index + 4 <= pairs {
                // Byte k of the input is bits 8k…8k+7; each 16-bit lane is one unit (swapped for big-endian).
                var word = UInt64(littleEndian: UnsafeRawPointer(base + 2 * index).loadUnaligned(as: UInt64.self))
                if bigEndian { word = (word & 0x00FF_00FF_00FF_00FF) << 8 | (word >> 8) & 0x00FF_00FF_00FF_00FF }
                let hasZero = (word &- 0x0001_0001_0001_0001) & ~word & 0x8000_8000_8000_8000
                if word & 0xFF80_FF80_FF80_FF80 == 0 && hasZero == 0 {
                    let packed = word & 0xFF | word >> 8 & 0xFF00 | word >> 16 & 0xFF_0000 | word >> 24 & 0xFF00_0000
                    UnsafeMutableRawPointer(start + out).storeBytes(of: UInt32(truncatingIfNeeded: packed).littleEndian, as: UInt32.self)
                    out += 4
                    index += 4
                    continue
                }
            }
            let a = UInt16(base[2 * index]), b = UInt16(base[2 * index + 1])
            index += 1
            let unit = bigEndian ? a << 8 | b : b << 8 | a
            if let high = pending {
                pending = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    putScalar(0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00))
                    continue
                }
                putReplacement()
            }
            switch unit {
            case 0: continue
            case 0x01..<0x80: put(UInt8(truncatingIfNeeded: unit))
            case 0xD800...0xDBFF: pending = unit
            case 0xDC00...0xDFFF: putReplacement()
            default: putScalar(UInt32(unit))
            }
        }
        return out
    }

    private mutating func appendUTF16Unit(_ unit: UInt16, into output: inout [UInt8]) {
        if let high = pendingHighSurrogate {
            pendingHighSurrogate = nil
            if (0xDC00...0xDFFF).contains(unit) {
                let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                appendScalar(scalar, into: &output)
                return
            }
            appendReplacement(&output)
        }
        switch unit {
        case 0: return
        case 0xD800...0xDBFF: pendingHighSurrogate = unit
        case 0xDC00...0xDFFF: appendReplacement(&output)
        default: appendScalar(UInt32(unit), into: &output)
        }
    }

    // MARK: Single-byte code pages

    private mutating func decodeSingleByte(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        guard let table = codePage else { return }
        let bytes = input.bindMemory(to: UInt8.self)
        output.reserveCapacity(output.count + bytes.count)
        // ASCII passes through in runs (one copy each, found eight bytes at a time); other bytes go
        // through the table, NULs are dropped.
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                if word & 0x8080_8080_8080_8080 == 0 && hasZero == 0 { index += 8; continue }
            }
            let byte = base[index]
            if byte != 0 && byte < 0x80 { index += 1; continue }
            if index > runStart { output.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart)) }
            if byte >= 0x80 { appendScalar(UInt32(table[Int(byte) - 0x80]), into: &output) }
            index += 1
            runStart = index
        }
        if runStart < count { output.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart)) }
    }

    // MARK: Output

    private mutating func appendReplacement(_ output: inout [UInt8]) {
        replacements += 1
        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
    }

    @inline(__always)
    private func appendScalar(_ scalar: UInt32, into output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
