/// Tells Windows-1251 (Cyrillic) from Windows-1252 (Western) in ANSI text that is not UTF-8.
///
/// Both code pages put letters at 0xC0–0xFF. Western text uses them sparingly, one accented
/// letter among plain ones; Russian text is made of them: words are runs of such bytes. A
/// sample where most letters are high bytes and long runs of them occur is read as 1251.
enum ANSICodePageGuess {
    static func guess(_ bytes: [UInt8]) -> TextEncoding {
        var high = 0, plain = 0, longRuns = 0, run = 0
        for byte in bytes {
            if byte >= 0xC0 {
                high += 1
                run += 1
                if run == 4 { longRuns += 1 }
            } else {
                if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { plain += 1 }
                run = 0
            }
        }
        return longRuns >= 3 && high * 2 >= plain ? .windows1251 : .windows1252
    }
}
