/// Reads NT's native binary event log (`.evt`, signature `LfLe`), including dirty, wrapped and
/// damaged files, as a stream of events (FORMATS.md §1).
///
/// How a file is read, in one bounded pass over its records:
/// 1. The header gives the state (dirty, wrapped, full, archive) and where the end-of-file
///    record should be. That record, found there or by scanning for its markers, is preferred
///    to the header for the ring's begin and end, since the header of a log copied while the
///    service ran is stale (or was never written at all: start = end = 0x30).
/// 2. The slack space between the end-of-file record and the oldest record is carved for old
///    records. Only a 20-byte entry per candidate is kept (`EVTCarver`), sorted by record number.
/// 3. The live records are walked in ring order (`EVTRingWalker`), which is write order and so
///    record-number order. Carved candidates are merged in as the walk passes their numbers; a
///    candidate with the number and time written of a live record is a stale copy of it and is
///    dropped (the live copy wins). A candidate with a live record's number but another time is
///    a different event (the log was cleared and numbering restarted) and is kept, after it.
/// 4. The candidates left over (numbers above every live one) follow, still in number order.
///
/// Live records are never reordered: if their numbers go backwards (a damaged or hand-edited
/// ring), they are emitted in ring order, which is the order they were written, and only the
/// merge of recovered records is affected. Memory is the read window, one record, and the
/// candidate entries (at most 20 MiB; slack with more records than that is carved in batches,
/// each sorted on its own, and a problem says so). With no end-of-file record at all, the live
/// records run from the header's start offset to the first place that is not a record, found by
/// a first walk that only checks lengths; everything else is slack.
public enum EVTReader: EventLogReader {
    public static let format = LogFormat.evt

    public static func recognizes(_ sample: FileSample) -> Bool {
        sample.bytes.count >= 8 && sample.bytes.withUnsafeBytes { $0.uint32(at: 4) } == EVTFormat.signature
    }

    public static func read(
        _ file: InputFile,
        sample: FileSample,
        options: ReadOptions,
        report: inout ReadReport,
        emit: (Event) throws -> Void
    ) throws {
        var decoder = EVTRecordDecoder(detail: options.detail, textOnlyFor: options.textOnlyFor)
        try records(file, sample: sample, report: &report) { found, bytes, isRecovered in
            try emit(decoder.event(found, bytes: bytes, isRecovered: isRecovered))
        }
    }

    /// Counts without making an `Event` of each record (which would cost more than finding it):
    /// the same walk, so the same counts and problems as `read`.
    public static func count(_ file: InputFile, sample: FileSample, options: ReadOptions, report: inout ReadReport) throws -> EventCount {
        var count = EventCount()
        try records(file, sample: sample, report: &report) { _, _, isRecovered in count.add(isRecovered: isRecovered) }
        return count
    }

    /// Finds every record in the order described above and hands each to `take` with its bytes
    /// (valid during the call) and whether it was carved from slack.
    private static func records(
        _ file: InputFile,
        sample: FileSample,
        report: inout ReadReport,
        take: (EVTRingWalker.Found, UnsafeRawBufferPointer, Bool) throws -> Void
    ) throws {
        guard let header = sample.bytes.withUnsafeBytes({ EVTHeader($0) }) else {
            return report.fail("the file is too short for an .evt header (\(file.size) bytes)")
        }
        report.details["header"] = header.stateDescription
        if !header.isValid {
            report.add(ReadProblem(.offset(0), "the header is damaged (sizes \(header.headerSize) and \(header.endHeaderSize), expected 48); reading the records anyway"))
        }
        let ring = EVTRing(file: file)
        guard ring.size >= EVTFormat.minimumRecordSize else { return }
        let plan = try EVTReadPlan(ring: ring, header: header, report: &report)

        let carved = EVTCarvedRecords(ring: ring)
        var batch = try carved.batch(from: plan.slackStart, length: plan.slackLength, report: &report)
        var pending = 0
        var walker = EVTRingWalker(ring: ring, from: plan.begin)
        try walker.walk(to: plan.end, report: &report) { found, bytes in
            let number = found.header.recordNumber
            while pending < batch.count && batch[pending].recordNumber < number {
                try carved.deliver(batch[pending], to: take)
                pending += 1
            }
            var index = pending
            while index < batch.count && batch[index].recordNumber == number {
                if batch[index].timeWritten == found.header.timeWritten { batch[index].readable = 0 }
                index += 1
            }
            try take(found, bytes, false)
        }
        while true {
            for candidate in batch[pending...] { try carved.deliver(candidate, to: take) }
            guard let next = carved.overflowAt else { break }
            let length = plan.slackLength - ring.distance(from: plan.slackStart, to: next)
            batch = try carved.batch(from: next, length: length, report: &report)
            pending = 0
        }
        if carved.count > 0 {
            report.details["recovered"] = "\(carved.count) records carved from slack space"
                + (carved.duplicates > 0 ? ", \(carved.duplicates) more were stale copies of live records" : "")
        }
    }
}

/// Where the live records and the slack space lie, decided from the header and the end-of-file
/// record before any record is read.
struct EVTReadPlan {
    var begin: Int
    /// The end-of-file record's offset, when one was found.
    var end: Int?
    var slackStart: Int
    var slackLength: Int

    init(ring: EVTRing, header: EVTHeader, report: inout ReadReport) throws {
        let headerStart = Int(header.startOffset)
        let usable = { (offset: Int) in ring.contains(offset) && offset % 4 == 0 }
        if let (eof, scanned) = try EVTEndOfFileRecord.locate(in: ring, hint: Int(header.endOffset)) {
            var note = "at " + EVTFormat.hex(eof.offset)
            if scanned { note += ", found by scanning (the header says " + EVTFormat.hex(Int(header.endOffset)) + ")" }
            if eof.beginRecord != header.startOffset || eof.currentRecordNumber != header.currentRecordNumber {
                note += "; the header is stale, the end-of-file record's offsets and numbers are used"
            }
            report.details["end-of-file record"] = note
            let eofBegin = Int(eof.beginRecord)
            begin = usable(eofBegin) ? eofBegin : usable(headerStart) ? headerStart : ring.advance(eof.offset, by: EVTEndOfFileRecord.size)
            end = eof.offset
            slackStart = ring.advance(eof.offset, by: EVTEndOfFileRecord.size)
            // An empty log (begin at the end-of-file record) is all slack but that record.
            slackLength = eof.offset == begin ? ring.size - EVTEndOfFileRecord.size : ring.distance(from: slackStart, to: begin)
        } else {
            report.add(ReadProblem(.file, "no end-of-file record found; the records are read from the header's start offset as far as they go"))
            report.details["end-of-file record"] = "not found"
            begin = usable(headerStart) ? headerStart : ring.base
            end = nil
            // A first walk, checking lengths only, finds where the live records stop.
            var probe = EVTRingWalker(ring: ring, from: begin)
            var ignored = ReadReport(path: report.path)
            var records = 0
            try probe.walk(to: nil, report: &ignored) { _, _ in records += 1 }
            slackStart = probe.stoppedAt
            let covered = ring.distance(from: begin, to: probe.stoppedAt)
            slackLength = covered == 0 && records > 0 ? 0 : ring.size - covered
        }
    }
}
