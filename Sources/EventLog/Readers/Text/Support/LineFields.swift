/// Walks the delimited fields of a single line without copying anything.
///
/// A field wrapped in quotes is handed out without them (doubled quotes inside are left as they
/// are); a quote that does not close on the line ends the walk (`isBroken`). Used where one line is
/// enough: recognising formats, spotting the first line of a record, and the fixed columns of the
/// headerless NT exports, whose last column takes the rest of the line (`rest`).
struct LineFields {
    let bytes: TextBytes
    let delimiter: UInt8
    /// Where the next field starts.
    private(set) var position = 0
    private(set) var isFinished = false
    /// True when a quoted field did not close on this line.
    private(set) var isBroken = false
    /// True when the field last handed out was wrapped in quotes.
    private(set) var lastWasQuoted = false

    init(_ bytes: TextBytes, delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    /// The next field, or nil after the last one.
    mutating func next() -> TextBytes? {
        guard !isFinished else { return nil }
        var start = position
        while start < bytes.count, ASCII.isSpace(bytes[start]), bytes[start] != delimiter { start += 1 }
        if start < bytes.count, bytes[start] == ASCII.quote {
            var cursor = start + 1
            while let quote = bytes.index(of: ASCII.quote, from: cursor) {
                if quote + 1 < bytes.count, bytes[quote + 1] == ASCII.quote {
                    cursor = quote + 2
                    continue
                }
                var after = quote + 1
                while after < bytes.count, ASCII.isSpace(bytes[after]), bytes[after] != delimiter { after += 1 }
                guard after == bytes.count || bytes[after] == delimiter else { break }
                advance(to: after)
                lastWasQuoted = true
                return bytes.slice(start + 1, quote)
            }
            // Not a well-formed quoted field: read it as written.
            isBroken = true
        }
        let end = bytes.index(of: delimiter, from: position) ?? bytes.count
        let field = bytes.slice(position, end)
        lastWasQuoted = false
        advance(to: end)
        return field
    }

    /// Everything from the next field to the end of the line.
    var rest: TextBytes { bytes.slice(min(position, bytes.count), bytes.count) }

    /// Reads fields until `count` of them are in `into` (cleared first); false when the line has fewer.
    mutating func read(_ count: Int, into fields: inout [TextBytes]) -> Bool {
        fields.removeAll(keepingCapacity: true)
        while fields.count < count, let field = next() { fields.append(field) }
        return fields.count == count
    }

    /// Every field of the line as trimmed strings (for header lines).
    static func strings(_ bytes: TextBytes, delimiter: UInt8) -> [String] {
        var fields = LineFields(bytes, delimiter: delimiter)
        var result: [String] = []
        while let field = fields.next() { result.append(field.trimmed().string) }
        return result
    }

    private mutating func advance(to end: Int) {
        if end >= bytes.count {
            position = bytes.count
            isFinished = true
        } else {
            position = end + 1
        }
    }
}
