/// One record of delimited text, valid only during the callback that receives it.
struct DelimitedRecord {
    /// The bytes the fields are in: the line itself, or a buffer of unquoted text.
    let bytes: TextBytes
    /// Each field's start and end in `bytes`, two entries per field.
    let bounds: UnsafeBufferPointer<Int>
    /// The line the record starts on.
    let line: Int
    /// The line of the quote that was never closed, when the record ended inside a quoted field.
    let unterminatedQuoteLine: Int?

    var count: Int { bounds.count / 2 }

    subscript(index: Int) -> TextBytes { bytes.slice(bounds[2 * index], bounds[2 * index + 1]) }

    /// The field, or empty bytes when the record has fewer fields.
    func field(_ index: Int) -> TextBytes { index < count ? self[index] : TextBytes(start: nil, count: 0) }
}

/// Splits lines into RFC 4180 records: fields separated by a delimiter, quoted fields (`"a, b"`)
/// that may hold the delimiter, line breaks and doubled quotes (`""`).
///
/// Bounded: a record may not grow beyond `TextExportLines.recordLimit` (a quote that is never
/// closed would otherwise swallow the file); such a record is dropped with a problem and reading
/// resumes at the next line that looks like the start of a record. When the caller can recognise a
/// record's first line (`isRecordStart`), a quoted field that runs into one is closed there, so a
/// stray quote costs one record, not the rest of the file. Blank lines between records are skipped.
/// Line breaks inside quoted fields become `\n`.
///
/// A record on one line whose quoted fields hold no doubled quotes (most records) is handed out
/// in place, its fields pointing into the line; only the others are copied, unquoted, into a buffer.
struct DelimitedRecordSplitter {
    let delimiter: UInt8
    private let limit: Int
    private let isRecordStart: ((TextBytes) -> Bool)?
    private var buffer = ScratchBuffer<UInt8>(capacity: 4096)
    private var bounds = ScratchBuffer<Int>(capacity: 64)
    private var inQuotes = false
    private var recordLine = 0
    private var quoteLine = 0
    private var skipping = false

    /// True while a record is open (inside a quoted field that goes on over lines).
    var isInsideRecord: Bool { inQuotes }

    init(delimiter: UInt8, limit: Int = TextExportLines.recordLimit, isRecordStart: ((TextBytes) -> Bool)? = nil) {
        self.delimiter = delimiter
        self.limit = limit
        self.isRecordStart = isRecordStart
    }

    /// Feeds one line; calls `emit` for each record it completes.
    mutating func feed(
        _ line: TextLine,
        report: inout ReadReport,
        emit: (DelimitedRecord, inout ReadReport) throws -> Void
    ) throws {
        let bytes = line.bytes
        if skipping {
            guard isRecordStart?(bytes) ?? !bytes.isBlank else { return }
            skipping = false
        }
        var position = 0
        if inQuotes {
            if let isRecordStart, isRecordStart(bytes) {
                try finish(report: &report, emit: emit)
            } else {
                buffer.append(ASCII.newline)
                guard try scanQuoted(bytes, &position, line: line.number, report: &report, emit: emit) else { return }
            }
        }
        if !inQuotes && position == 0 {
            if bytes.isBlank { return }
            buffer.removeAll()
            bounds.removeAll()
            recordLine = line.number
            if splitInPlace(bytes) {
                try deliver(bytes, unterminated: nil, report: &report, emit: emit)
                return
            }
            bounds.removeAll()
        }
        // At the start of a field.
        while true {
            var start = position
            while start < bytes.count, ASCII.isSpace(bytes[start]), bytes[start] != delimiter { start += 1 }
            if start < bytes.count, bytes[start] == ASCII.quote {
                inQuotes = true
                quoteLine = line.number
                position = start + 1
                bounds.append(buffer.count)
                guard try scanQuoted(bytes, &position, line: line.number, report: &report, emit: emit) else { return }
                continue
            }
            let end = bytes.index(of: delimiter, from: position) ?? bytes.count
            bounds.append(buffer.count)
            append(bytes, position, end)
            bounds.append(buffer.count)
            if end == bytes.count {
                try deliver(buffer.elements, unterminated: nil, report: &report, emit: emit)
                return
            }
            position = end + 1
        }
    }

    /// Delivers a record left open at the end of the input (inside a quoted field).
    mutating func finish(report: inout ReadReport, emit: (DelimitedRecord, inout ReadReport) throws -> Void) throws {
        guard inQuotes else { return }
        inQuotes = false
        bounds.append(buffer.count)
        try deliver(buffer.elements, unterminated: quoteLine, report: &report, emit: emit)
    }

    /// Splits a whole record on one line into `bounds` pointing into the line; false (bounds
    /// half-filled) when a field holds a doubled quote or a quote runs past the line.
    private mutating func splitInPlace(_ bytes: TextBytes) -> Bool {
        var position = 0
        while true {
            var start = position
            while start < bytes.count, ASCII.isSpace(bytes[start]), bytes[start] != delimiter { start += 1 }
            var end: Int
            if start < bytes.count, bytes[start] == ASCII.quote {
                guard let close = DelimitedRecordSplitter.nextQuote(bytes, from: start + 1) else { return false }
                if close + 1 < bytes.count, bytes[close + 1] != delimiter { return false }
                bounds.append(start + 1)
                bounds.append(close)
                end = close + 1
            } else {
                end = bytes.index(of: delimiter, from: position) ?? bytes.count
                bounds.append(position)
                bounds.append(end)
            }
            if end >= bytes.count { return true }
            position = end + 1
        }
    }

    /// Scans inside a quoted field from `position` (its start is already in `bounds`). Returns
    /// true when the field ended on this line and scanning goes on after its delimiter, false when
    /// it goes on to the next line, or the record was delivered or dropped.
    private mutating func scanQuoted(
        _ bytes: TextBytes, _ position: inout Int, line: Int,
        report: inout ReadReport, emit: (DelimitedRecord, inout ReadReport) throws -> Void
    ) throws -> Bool {
        while true {
            guard let quote = bytes.index(of: ASCII.quote, from: position) else {
                append(bytes, position, bytes.count)
                if buffer.count > limit {
                    report.skip(ReadProblem(.line(recordLine), "the record starting here runs past \(limit >> 20) MiB (a quote opened on line \(quoteLine) is never closed); skipped up to the next record"))
                    inQuotes = false
                    skipping = true
                    buffer.removeAll()
                    bounds.removeAll()
                }
                return false
            }
            append(bytes, position, quote)
            if quote + 1 < bytes.count, bytes[quote + 1] == ASCII.quote {
                buffer.append(ASCII.quote)
                position = quote + 2
                continue
            }
            inQuotes = false
            // Anything between the closing quote and the delimiter is kept as written.
            let end = bytes.index(of: delimiter, from: quote + 1) ?? bytes.count
            append(bytes, quote + 1, end)
            bounds.append(buffer.count)
            if end == bytes.count {
                try deliver(buffer.elements, unterminated: nil, report: &report, emit: emit)
                return false
            }
            position = end + 1
            return true
        }
    }

    /// The next quote at or after `start`: a short loop first (fields are mostly short), then memchr.
    @inline(__always)
    private static func nextQuote(_ bytes: TextBytes, from start: Int) -> Int? {
        let shortEnd = min(bytes.count, start + 16)
        var index = start
        while index < shortEnd {
            if bytes[index] == ASCII.quote { return index }
            index += 1
        }
        return bytes.index(of: ASCII.quote, from: index)
    }

    @inline(__always)
    private mutating func append(_ bytes: TextBytes, _ start: Int, _ end: Int) {
        if end > start { buffer.append(bytes.slice(start, end)) }
    }

    private mutating func deliver(_ bytes: TextBytes, unterminated: Int?, report: inout ReadReport, emit: (DelimitedRecord, inout ReadReport) throws -> Void) throws {
        try emit(DelimitedRecord(bytes: bytes, bounds: bounds.elements, line: recordLine, unterminatedQuoteLine: unterminated), &report)
        buffer.removeAll()
        bounds.removeAll()
    }
}
