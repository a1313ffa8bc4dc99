/// Finds the driver a crash report names: the blue screen's `Address … has base at … - srv.sys`
/// line, copied into a crash report or a Dr. Watson-style message, names the module the crash
/// happened in. That name is what tells apart the many articles that share a STOP code.
public enum CrashDriverText {
    /// The last `name.sys` (or `hal.dll`, `win32k.sys`, `ntoskrnl.exe`) in the text, lower-cased;
    /// nil when the text names no module (Save Dump 1001 on its own never does).
    public static func driver(in text: String) -> String? {
        var found: String?
        var token: [UInt8] = []
        func finish() {
            defer { token.removeAll(keepingCapacity: true) }
            while token.last == 0x2E { token.removeLast() } // the sentence's full stop
            guard token.count > 4, token.count <= 64 else { return }
            let suffix = token.suffix(4)
            guard suffix.elementsEqual(Array(".sys".utf8)) || suffix.elementsEqual(Array(".dll".utf8)) || suffix.elementsEqual(Array(".exe".utf8)),
                  token.dropLast(4).contains(where: { $0 != 0x2E }) else { return }
            found = String(decoding: token, as: UTF8.self)
        }
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A: token.append(byte + 32)
            case 0x61...0x7A, 0x30...0x39, 0x2E, 0x5F, 0x2D: token.append(byte)
            default: finish()
            }
        }
        finish()
        return found.map { $0.hasPrefix("-") ? String($0.drop { $0 == "-" }) : $0 }
    }
}
