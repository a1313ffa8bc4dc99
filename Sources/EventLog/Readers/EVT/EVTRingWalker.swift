/// Walks the live records of the ring in write order, from the oldest record to the end-of-file
/// record, following records across the end of the file (FORMATS.md §1.6).
///
/// Every length is checked before it is followed: a record must carry the signature, be at
/// least 60 bytes, a multiple of 4, no larger than the ring, end before the end-of-file record
/// and repeat its length in its last DWORD (or 0 there, for a record whose tail was never
/// written: read as truncated). A place that is not a record is reported and skipped by
/// scanning forward for the next valid record. The walk never goes round the ring more than
/// once, so no set of lengths can make it loop.
struct EVTRingWalker {
    /// One record found by the walk.
    struct Found {
        var offset: Int
        var header: EVTRecordHeader
        /// True when the record's tail is missing (zero-filled, or longer than ntdiag reads).
        var isTruncated: Bool
    }

    let ring: EVTRing
    /// Where the walk stopped: the end-of-file record, or the first place it could not go past.
    private(set) var stoppedAt: Int

    init(ring: EVTRing, from begin: Int) {
        self.ring = ring
        stoppedAt = begin
    }

    /// Visits each live record from `begin` up to `end` (the end-of-file record's offset); with
    /// no end known, up to the first place that is not a record. `visit` gets the record and
    /// its bytes (at most `EVTFormat.maximumRecordRead` of them, valid during the call).
    mutating func walk(
        to end: Int?,
        report: inout ReadReport,
        visit: (Found, UnsafeRawBufferPointer) throws -> Void
    ) throws {
        var position = stoppedAt
        var walked = 0
        defer { stoppedAt = position }
        while walked < ring.size {
            if position == end { return }
            let room = ring.end - position
            if room < EVTFormat.fixedRecordSize {
                // Too little room for a fixed part: the writer padded (0x27) and went on at 0x30.
                walked += room
                position = ring.base
                continue
            }
            let limit = end.map { ring.distance(from: position, to: $0) } ?? ring.size - walked
            switch try record(at: position, limit: limit, mayBeCut: end == nil) {
            case .record(let found, let read):
                let bytes = try ring.bytes(at: position, count: read)
                try visit(found, bytes)
                if found.isTruncated {
                    report.add(ReadProblem(.offset(Int64(position)), "record \(found.header.recordNumber) is truncated; read what was there"))
                }
                if position + read == ring.end && read < Int(found.header.length) {
                    // Cut by the end of a file that was copied short: nothing valid follows.
                    return
                }
                let length = Int(found.header.length)
                walked += length
                position = ring.advance(position, by: length)
            case .padding(let bytes):
                walked += bytes
                position = ring.advance(position, by: bytes)
            case .damaged(let reason):
                guard end != nil else {
                    report.add(ReadProblem(.offset(Int64(position)), "\(reason); no end-of-file record is known, so the live records end here"))
                    return
                }
                let skipped = try resynchronise(from: position, limit: limit)
                let resumed = ring.advance(position, by: skipped)
                report.skip(ReadProblem(.offset(Int64(position)), "\(reason); skipped \(skipped) bytes to " + (skipped == limit ? "the end-of-file record" : "the next record at \(EVTFormat.hex(resumed))")))
                walked += skipped
                position = resumed
            }
        }
        report.add(ReadProblem(.offset(Int64(position)), "went round the whole log without reaching its end; stopped"))
    }

    enum Look {
        /// A record; `read` is how many of its bytes to read.
        case record(Found, read: Int)
        /// A run of 0x27 padding that reaches the end of the file, `bytes` long.
        case padding(Int)
        /// Not a record, with the reason.
        case damaged(String)
    }

    /// What lies at `position`, where the record may take at most `limit` bytes. With
    /// `mayBeCut` (no end-of-file record known), a record that runs past the end of the file and
    /// does not continue at 0x30 is taken as cut short by the file's end and read as truncated.
    func record(at position: Int, limit: Int, mayBeCut: Bool = false) throws -> Look {
        let fixed = try ring.bytes(at: position, count: EVTFormat.fixedRecordSize)
        guard let header = EVTRecordHeader(fixed) else {
            if fixed.uint32(at: 0) == EVTFormat.padding, let run = try paddingToEnd(from: position) { return .padding(run) }
            return .damaged(fixed.count < EVTFormat.fixedRecordSize ? "the file ends inside a record" : "no record signature")
        }
        if let problem = header.lengthProblem(ringSize: ring.size) { return .damaged(problem) }
        let length = Int(header.length)
        let copy = try ring.bytes(at: ring.advance(position, by: length - 4), count: 4).uint32(at: 0)
        if mayBeCut && position + length > ring.end && !(copy == header.length && length <= limit) {
            let read = min(ring.end - position, EVTFormat.maximumRecordRead)
            return .record(Found(offset: position, header: header, isTruncated: true), read: read)
        }
        if length > limit { return .damaged("record length \(length) runs past the end of the log") }
        guard copy == header.length || copy == 0 else {
            return .damaged("record length \(length) does not match the copy at its end (\(copy.map(String.init) ?? "missing"))")
        }
        let read = min(length, EVTFormat.maximumRecordRead)
        return .record(Found(offset: position, header: header, isTruncated: copy == 0 || read < length), read: read)
    }

    /// The length of a run of 0x27 DWORDs from `position` to the end of the file, or nil when
    /// something else comes first.
    private func paddingToEnd(from position: Int) throws -> Int? {
        let run = ring.end - position
        guard run <= EVTFormat.maximumRecordRead else { return nil }
        let bytes = try ring.bytes(at: position, count: run)
        var index = 0
        while index + 4 <= bytes.count {
            if bytes.uncheckedUInt32(at: index) != EVTFormat.padding { return nil }
            index += 4
        }
        return run
    }

    /// How far from `position` the next complete record starts (or `limit` when none does).
    private func resynchronise(from position: Int, limit: Int) throws -> Int {
        var found = limit
        try ring.scan(from: ring.advance(position, by: 4), length: limit - 4, marker: EVTFormat.signature) { candidate in
            let remaining = ring.distance(from: candidate, to: ring.advance(position, by: limit))
            if case .record(let record, _) = try record(at: candidate, limit: remaining), !record.isTruncated {
                found = ring.distance(from: position, to: candidate)
                return .stop
            }
            return .next
        }
        return found
    }
}
