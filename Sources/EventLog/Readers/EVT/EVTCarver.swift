/// Finds old records left in the slack space of the ring: the bytes between the end-of-file
/// record and the oldest live record, where the writer dropped whole records to make room
/// (FORMATS.md §1.12, step 4).
///
/// A candidate is a 4-byte-aligned `LfLe` whose record length is plausible and whose trailing
/// copy matches; one that the slack cuts short (its tail overwritten by live records) or whose
/// tail was never written (copy 0) is kept as truncated when its source name reads cleanly.
/// Only a compact entry per candidate is kept (20 bytes: number, offset, time written, bytes
/// readable), at most `EVTCarver.capacity` of them, so the reader can emit them in record-number
/// order afterwards without holding any record in memory.
struct EVTCarver {
    /// A record found in slack space, as little as is needed to sort it and read it again.
    struct Candidate: Sendable, Hashable {
        var recordNumber: UInt32
        var offset: UInt32
        var timeWritten: UInt32
        /// Bytes of the record that can be read; 0 marks a duplicate of a live record.
        var readable: UInt32
        /// True when the record's tail is missing.
        var isTruncated: Bool
    }

    /// The most candidates kept: 2^20 × 20 bytes = 20 MiB. Slack that holds more (a pathological
    /// file) is carved up to here and the rest reported, so memory stays bounded.
    static let capacity = 1 << 20

    let ring: EVTRing

    /// The candidates in the ring range [`start`, `start + length`), in ring order, and whether
    /// the range held more than `capacity` of them (then the scan stopped at the last one kept).
    func carve(from start: Int, length: Int) throws -> (candidates: [Candidate], overflowAt: Int?) {
        var candidates: [Candidate] = []
        var overflowAt: Int?
        let walker = EVTRingWalker(ring: ring, from: start)
        try ring.scan(from: start, length: length, marker: EVTFormat.signature) { position in
            let remaining = length - ring.distance(from: start, to: position)
            guard remaining >= EVTFormat.fixedRecordSize, ring.end - position >= EVTFormat.fixedRecordSize else { return .next }
            if candidates.count == EVTCarver.capacity {
                overflowAt = position
                return .stop
            }
            switch try walker.record(at: position, limit: remaining) {
            case .record(let found, let read):
                if found.isTruncated, try !hasCleanSource(at: position, readable: read) { return .next }
                candidates.append(Candidate(found, readable: read))
                return found.isTruncated ? .skip(EVTFormat.fixedRecordSize) : .skip(Int(found.header.length))
            case .damaged, .padding:
                // A record whose tail the live records overwrote: keep what the slack still holds.
                let fixed = try ring.bytes(at: position, count: EVTFormat.fixedRecordSize)
                guard let header = EVTRecordHeader(fixed), header.lengthProblem(ringSize: ring.size) == nil,
                      Int(header.length) > remaining, try hasCleanSource(at: position, readable: remaining)
                else { return .next }
                let found = EVTRingWalker.Found(offset: position, header: header, isTruncated: true)
                candidates.append(Candidate(found, readable: min(remaining, EVTFormat.maximumRecordRead)))
                return .skip(EVTFormat.fixedRecordSize)
            }
        }
        return (candidates, overflowAt)
    }

    /// True when a non-empty, NUL-terminated, printable source name starts at +0x38: a cheap test
    /// that a truncated candidate is a record and not a stray `LfLe` inside other data.
    private func hasCleanSource(at position: Int, readable: Int) throws -> Bool {
        let bytes = try ring.bytes(at: position, count: min(readable, EVTFormat.fixedRecordSize + 512))
        let (end, terminated) = EVTStringDecoder.terminator(bytes, from: EVTFormat.fixedRecordSize)
        guard terminated, end > EVTFormat.fixedRecordSize else { return false }
        var index = EVTFormat.fixedRecordSize
        while index < end {
            let unit = bytes.uncheckedUInt16(at: index)
            if unit < 0x20 || (unit >= 0xD800 && unit < 0xE000) { return false }
            index += 2
        }
        return true
    }
}

extension EVTCarver.Candidate {
    init(_ found: EVTRingWalker.Found, readable: Int) {
        recordNumber = found.header.recordNumber
        offset = UInt32(truncatingIfNeeded: found.offset)
        timeWritten = found.header.timeWritten
        self.readable = UInt32(readable)
        isTruncated = found.isTruncated
    }
}
