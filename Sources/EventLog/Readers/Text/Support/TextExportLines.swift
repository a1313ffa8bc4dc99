/// The lines of a text export, with the problems every text format reports the same way: lines cut
/// for being too long, and bytes that were not valid in the file's encoding.
enum TextExportLines {
    /// The most a record (a line, or a quoted field over many lines) may hold before it is dropped.
    static let recordLimit = 4 << 20
    /// How far into a file the readers look for clues (day/month order, column order) before
    /// reading it: far enough for any export to show its dates, bounded for huge files.
    static let scanLimit = 8 << 20

    /// Calls `body` for every line of `file`, in order.
    static func forEach(
        _ file: InputFile,
        encoding: TextEncoding,
        report: inout ReadReport,
        _ body: (TextLine, inout ReadReport) throws -> Void
    ) throws {
        var reader = LineReader(file: file, encoding: encoding, maximumLength: recordLimit)
        try reader.forEachLine { line in
            if line.isTruncated {
                report.add(ReadProblem(.line(line.number), "the line is longer than \(recordLimit >> 20) MiB; the rest of it was dropped"))
            }
            try body(line, &report)
        }
        if reader.replacements > 0 {
            report.add(ReadProblem(.file, "\(reader.replacements) byte sequence\(reader.replacements == 1 ? " is" : "s are") not valid \(encoding.rawValue) and became U+FFFD; if the text looks wrong, give the right --encoding"))
        }
    }

    /// Calls `body` for the lines of the beginning of `file` (up to `scanLimit` bytes) until it
    /// returns false. Used to learn things about a file before reading it.
    static func scanBeginning(_ file: InputFile, encoding: TextEncoding, _ body: (TextLine) -> Bool) throws {
        var reader = LineReader(file: file, encoding: encoding, maximumLength: recordLimit)
        var seen = 0
        do {
            try reader.forEachLine { line in
                seen += line.bytes.count + 1
                if !body(line) || seen > scanLimit { throw EnoughSeen() }
            }
        } catch is EnoughSeen {}
    }

    private struct EnoughSeen: Error {}
}
