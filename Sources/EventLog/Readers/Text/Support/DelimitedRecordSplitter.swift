/// One record of delimited text, valid only during the callback that receives it.
struct DelimitedRecord {
    /// The unquoted bytes of all fields, back to back.
    let bytes: TextBytes
    /// Where each field ends in `bytes`.
    let ends: UnsafeBufferPointer<Int>
    /// The line the record starts on.
    let line: Int
    /// The line of the quote that was never closed, when the record ended inside a quoted field.
    let unterminatedQuoteLine: Int?

    var count: Int { ends.count }

    subscript(index: Int) -> TextBytes {
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes.slice(start, ends[index])
    }

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
struct DelimitedRecordSplitter {
    let delimiter: UInt8
    private let limit: Int
    private let isRecordStart: ((TextBytes) -> Bool)?
    private var buffer: [UInt8] = []
    private var ends: [Int] = []
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
        buffer.reserveCapacity(4096)
        ends.reserveCapacity(32)
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
            buffer.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            recordLine = line.number
        }
        // At the start of a field.
        while true {
            var start = position
            while start < bytes.count, ASCII.isSpace(bytes[start]), bytes[start] != delimiter { start += 1 }
            if start < bytes.count, bytes[start] == ASCII.quote {
                inQuotes = true
                quoteLine = line.number
                position = start + 1
                guard try scanQuoted(bytes, &position, line: line.number, report: &report, emit: emit) else { return }
                continue
            }
            let end = bytes.index(of: delimiter, from: position) ?? bytes.count
            append(bytes, position, end)
            ends.append(buffer.count)
            if end == bytes.count {
                try deliver(unterminated: nil, report: &report, emit: emit)
                return
            }
            position = end + 1
        }
    }

    /// Delivers a record left open at the end of the input (inside a quoted field).
    mutating func finish(report: inout ReadReport, emit: (DelimitedRecord, inout ReadReport) throws -> Void) throws {
        guard inQuotes else { return }
        inQuotes = false
        ends.append(buffer.count)
        try deliver(unterminated: quoteLine, report: &report, emit: emit)
    }

    /// Scans inside a quoted field from `position`. Returns true when the field ended on this line
    /// and scanning goes on after its delimiter (or the record was delivered: then `position` is
    /// past the end), false when the field goes on to the next line or the record was dropped.
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
                    buffer.removeAll(keepingCapacity: false)
                    ends.removeAll(keepingCapacity: true)
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
            ends.append(buffer.count)
            if end == bytes.count {
                try deliver(unterminated: nil, report: &report, emit: emit)
                position = bytes.count + 1
                return false
            }
            position = end + 1
            return true
        }
    }

    @inline(__always)
    private mutating func append(_ bytes: TextBytes, _ start: Int, _ end: Int) {
        if end > start { buffer.append(contentsOf: bytes.slice(start, end)) }
    }

    private mutating func deliver(unterminated: Int?, report: inout ReadReport, emit: (DelimitedRecord, inout ReadReport) throws -> Void) throws {
        let line = recordLine
        try buffer.withUnsafeBufferPointer { bytes in
            try ends.withUnsafeBufferPointer { ends in
                try emit(DelimitedRecord(bytes: bytes, ends: ends, line: line, unterminatedQuoteLine: unterminated), &report)
            }
        }
        buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
        ends.removeAll(keepingCapacity: true)
    }
}
