/// Works out a file's text encoding from its first bytes: byte-order marks first, then the
/// pattern of zero bytes that UTF-16 without a BOM leaves, then strict UTF-8, else Windows-1252.
/// A file starting with the `.evt` signature is binary.
public enum EncodingSniffer {
    public static func sniff(_ bytes: [UInt8]) -> TextEncoding {
        if looksLikeEVT(bytes) { return .binary }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        let window = bytes.prefix(4096)
        if window.count >= 4 {
            var zeroEven = 0, zeroOdd = 0
            for (index, byte) in window.enumerated() where byte == 0 {
                if index % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
            }
            let half = window.count / 2
            if zeroOdd * 10 >= half * 3 && zeroOdd > zeroEven * 2 { return .utf16LE }
            if zeroEven * 10 >= half * 3 && zeroEven > zeroOdd * 2 { return .utf16BE }
        }
        return isValidUTF8(bytes) ? .utf8 : .windows1252
    }

    /// `.evt` files start with the header size 0x30 and the "LfLe" signature.
    static func looksLikeEVT(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 8 && bytes[4] == 0x4C && bytes[5] == 0x66 && bytes[6] == 0x4C && bytes[7] == 0x65
    }

    /// Strict UTF-8 check; a sequence cut by the end of the sample is accepted.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var transcoder = UTF8Transcoder(encoding: .utf8)
        var sink: [UInt8] = []
        bytes.withUnsafeBytes { transcoder.decode($0, final: false, into: &sink) }
        return transcoder.replacements == 0
    }
}
