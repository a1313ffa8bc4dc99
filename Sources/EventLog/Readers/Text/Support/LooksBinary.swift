/// Spots lines that are not text: control characters other than tab, or U+FFFD left by bytes
/// that were invalid in the file's encoding.
enum LooksBinary {
    static func check(_ bytes: TextBytes) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 && byte != ASCII.tab { return true }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBD { return true }
            index += 1
        }
        return false
    }
}
