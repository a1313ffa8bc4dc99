/// The first bytes of a file, decoded: what format sniffing and error messages look at.
///
/// Formats are recognised by content, never by file name, so every reader's `recognizes` gets
/// one of these. It holds at most `FileSample.size` bytes, whatever the file's size.
public struct FileSample: Sendable {
    public static let size = 64 << 10

    /// The raw first bytes.
    public let bytes: [UInt8]
    /// The encoding the text was decoded with (sniffed, or forced by the user).
    public let encoding: TextEncoding
    /// The decoded text of the sample, without a byte-order mark.
    public let text: String
    /// The sample's lines (the last one may be cut short unless the whole file fits).
    public let lines: [Substring]
    /// True when the sample holds the whole file.
    public let isWholeFile: Bool

    public init(bytes: [UInt8], isWholeFile: Bool, encoding forced: TextEncoding? = nil) {
        self.bytes = bytes
        self.isWholeFile = isWholeFile
        let encoding = forced ?? EncodingSniffer.sniff(bytes)
        self.encoding = encoding
        if encoding == .binary {
            text = ""
            lines = []
        } else {
            var transcoder = UTF8Transcoder(encoding: encoding)
            var decoded: [UInt8] = []
            let bom = DecodedTextStream.byteOrderMarkLength(bytes[...], encoding: encoding)
            bytes.withUnsafeBytes { transcoder.decode(UnsafeRawBufferPointer(rebasing: $0[bom...]), final: true, into: &decoded) }
            let text = String(decoding: decoded, as: UTF8.self)
            self.text = text
            lines = FileSample.lines(of: text)
        }
    }

    /// The lines of `text`, split at CR LF, LF or CR (an empty last line is kept).
    ///
    /// Works on the UTF-8 bytes: splitting by Character costs ~10 ms for a 64 KiB sample, paid
    /// for every file an audit looks at; bytes give the same lines (CR and LF never join a
    /// grapheme with their neighbours) in a few microseconds.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                utf8.formIndex(after: &index)
                continue
            }
            lines.append(text[start..<index])
            utf8.formIndex(after: &index)
            if byte == 0x0D, index != utf8.endIndex, utf8[index] == 0x0A { utf8.formIndex(after: &index) }
            start = index
        }
        lines.append(text[start...])
        return lines
    }

    /// True when the decoded text contains `needle` (a byte search on its UTF-8: `String.contains`
    /// compares Characters and costs ~40 ms on a 64 KiB sample).
    public func textContains(_ needle: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { haystack in
            needle.withUTF8Buffer { ByteSearch.firstIndex(of: $0, in: haystack) != nil }
        }
    }

    /// The first non-blank lines, trimmed of surrounding white space and invisible marks.
    public func firstLines(_ count: Int) -> [Substring] {
        Array(lines.lazy.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.prefix(count))
    }

    /// True when the raw bytes start with `prefix`.
    public func starts(with prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }

    /// A short, printable description of what the file starts with, for "not an event log" errors.
    public var firstBytesDescription: String {
        if bytes.isEmpty { return "it is empty" }
        if let known = FileSample.knownSignature(bytes) { return "it looks like \(known)" }
        if encoding != .binary, let line = firstLines(1).first {
            let printable = line.prefix(60).map { $0.isASCII && ($0.asciiValue ?? 0) < 32 ? "." : String($0) }.joined()
            return "its first line is \"\(printable)\(line.count > 60 ? "…" : "")\""
        }
        let hex = bytes.prefix(16).map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }
        return "its first bytes are " + hex.joined(separator: " ")
    }

    private static func knownSignature(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            (Array("ElfFile\u{0}".utf8), "a Vista+ binary event log (.evtx); export it as XML with `wevtutil qe LOG /lf:true FILE.evtx > FILE.xml` and read that"),
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive; unpack it first"),
            ([0x1F, 0x8B], "a gzip file; unpack it first"),
            (Array("%PDF".utf8), "a PDF document"),
            ([0x4D, 0x5A], "a Windows program (MZ)"),
            ([0x7F, 0x45, 0x4C, 0x46], "an ELF program"),
            (Array("regf".utf8), "a registry hive"),
            ([0xD0, 0xCF, 0x11, 0xE0], "an OLE compound document (Office 97-2003)"),
            (Array("SQLite format 3".utf8), "an SQLite database"),
        ]
        return signatures.first { bytes.starts(with: $0.0) }?.1
    }
}

extension Substring {
    /// Trims spaces, tabs, NULs and the invisible direction marks (U+200E/U+200F, U+FEFF).
    public func trimmingWhitespace() -> Substring {
        var view = self
        while let first = view.first, first.isTrimmable { view.removeFirst() }
        while let last = view.last, last.isTrimmable { view.removeLast() }
        return view
    }
}

extension Character {
    var isTrimmable: Bool {
        switch self {
        case " ", "\t", "\u{0}", "\u{200E}", "\u{200F}", "\u{FEFF}", "\u{A0}", "\r", "\n": return true
        default: return false
        }
    }
}
