/// Finds the driver a crash report names: the blue screen's `Address … has base at … - srv.sys`
/// line, copied into a crash report or a Dr. Watson-style message, names the module the crash
/// happened in. That name is what tells apart the many articles that share a STOP code.
public enum CrashDriverText {
    /// The last `name.sys` (or `hal.dll`, `win32k.sys`, `ntoskrnl.exe`) in the text, lower-cased;
    /// nil when the text names no module (Save Dump 1001 on its own never does).
    public static func driver(in text: String) -> String? {
        var text = text
        return text.withUTF8(driver(inUTF8:))
    }

    /// Scans the bytes in place, from the end (the last name is the one wanted): crash reports
    /// are long, and this runs for every one.
    static func driver(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var index = bytes.count
        while index > 0 {
            while index > 0, !isTokenByte(bytes[index - 1]) { index -= 1 }
            let tokenEnd = index
            while index > 0, isTokenByte(bytes[index - 1]) { index -= 1 }
            let start = index
            var end = tokenEnd
            while end > start, bytes[end - 1] == 0x2E { end -= 1 } // the sentence's full stop
            guard end - start > 4, end - start <= 64, bytes[end - 4] == 0x2E,
                  isModuleSuffix(TextMatch.lower(bytes[end - 3]), TextMatch.lower(bytes[end - 2]), TextMatch.lower(bytes[end - 1])),
                  bytes[start..<(end - 4)].contains(where: { $0 != 0x2E }) else { continue }
            var first = start
            while first < end, bytes[first] == 0x2D { first += 1 }
            return String(decoding: bytes[first..<end].map(TextMatch.lower), as: UTF8.self)
        }
        return nil
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2E, 0x5F, 0x2D: return true
        default: return false
        }
    }

    /// `sys`, `dll` or `exe`.
    private static func isModuleSuffix(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        (a, b, c) == (0x73, 0x79, 0x73) || (a, b, c) == (0x64, 0x6C, 0x6C) || (a, b, c) == (0x65, 0x78, 0x65)
    }
}
