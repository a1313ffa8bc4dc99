/// The character encodings exports come in. Sniffed from content; `--encoding` overrides.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable, Codable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    /// Windows-1252, the ANSI code page of Western NT installations (the default for ANSI text).
    case windows1252 = "windows-1252"
    /// Windows-1251 (Cyrillic ANSI).
    case windows1251 = "windows-1251"
    /// Windows-1250 (Central European ANSI).
    case windows1250 = "windows-1250"
    /// OEM code page 437 (US console output, e.g. dumpel to a console).
    case cp437 = "cp437"
    /// OEM code page 850 (Western European console output).
    case cp850 = "cp850"
    /// Binary content (`.evt`); strings inside are decoded by the reader.
    case binary = "binary"

    /// Parses a user-supplied name (`utf16le`, `UTF-16LE`, `cp1252`, `ansi`, `latin1` ...).
    public init?(userName: String) {
        let key = userName.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": self = .utf8
        case "utf16", "utf16le", "unicode", "ucs2", "ucs2le": self = .utf16LE
        case "utf16be", "ucs2be", "bigendianunicode": self = .utf16BE
        case "windows1252", "cp1252", "ansi", "latin1", "iso88591": self = .windows1252
        case "windows1251", "cp1251": self = .windows1251
        case "windows1250", "cp1250": self = .windows1250
        case "cp437", "ibm437", "oem", "oem437": self = .cp437
        case "cp850", "ibm850", "oem850": self = .cp850
        default: return nil
        }
    }
}
