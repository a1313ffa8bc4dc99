/// The text of a description gathered from an export: trimmed, and unquoted when the whole of it
/// is one quoted field (`"…"` with doubled quotes inside).
enum DescriptionText {
    static func message(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { raw -> String? in
            let text = raw.trimmed()
            guard !text.isEmpty else { return nil }
            guard text.count >= 2, text[0] == ASCII.quote, text[text.count - 1] == ASCII.quote else { return text.string }
            var unquoted: [UInt8] = []
            unquoted.reserveCapacity(text.count)
            var index = 1
            while index < text.count - 1 {
                let byte = text[index]
                if byte == ASCII.quote {
                    // A lone quote inside: not one quoted field after all; keep the text as written.
                    guard index + 1 < text.count - 1, text[index + 1] == ASCII.quote else { return text.string }
                    index += 1
                }
                unquoted.append(byte)
                index += 1
            }
            return unquoted.withUnsafeBufferPointer { $0.trimmed().trimmedString }
        }
    }
}
