/// The lines of a description that runs over several lines, gathered into one message text:
/// lines joined with `\n`, trailing white space of each line dropped, blank lines kept only
/// between text. Bounded by `TextExportLines.recordLimit`; with `keepsText == false` (summary
/// reads) the length is still counted, so the same records are dropped, but no text is kept.
struct DescriptionLines {
    /// Whether the text is kept (else only measured); set per description by `begin`.
    private(set) var keepsText: Bool
    /// The text gathered so far (empty until a line after the first is added).
    private(set) var text: [UInt8] = []
    /// The length of the description so far, in bytes, in every mode.
    private(set) var length = 0
    private var blankLines = 0

    init(keepsText: Bool) {
        self.keepsText = keepsText
        text.reserveCapacity(4096)
    }

    /// Starts a description whose first line, `length` bytes long, is kept by the caller.
    mutating func begin(length: Int = 0, keepsText: Bool? = nil) {
        if let keepsText { self.keepsText = keepsText }
        if !text.isEmpty { text.removeAll(keepingCapacity: text.capacity <= 1 << 20) }
        self.length = length
        blankLines = 0
    }

    /// Adds a line; `firstLine` is the caller's first line, copied in front when the text starts.
    /// Returns false when the description has grown past the limit (its text is then dropped).
    mutating func append(_ line: TextBytes, firstLine: String? = nil) -> Bool {
        let trimmed = line.trimmedTrailing()
        if trimmed.isEmpty {
            if length > 0 { blankLines += 1 }
            return true
        }
        let separator = length > 0 ? blankLines + 1 : 0
        length += separator + trimmed.count
        blankLines = 0
        guard length <= TextExportLines.recordLimit else {
            text.removeAll()
            return false
        }
        guard keepsText else { return true }
        if text.isEmpty, let firstLine { text.append(contentsOf: firstLine.utf8) }
        if !text.isEmpty { text.append(contentsOf: repeatElement(ASCII.newline, count: separator)) }
        text.append(contentsOf: trimmed)
        return true
    }
}
