/// The records carved from slack space, handed out in record-number order.
///
/// Candidates come from `EVTCarver` in batches of at most `EVTCarver.capacity`; each batch is
/// sorted by record number (then offset), and copies that repeat a record number and time
/// written are dropped (slack often holds the same old record twice). Records are read again
/// through a window of their own, so that emitting them does not disturb the live walk's.
final class EVTCarvedRecords {
    private let carver: EVTCarver
    private let ring: EVTRing
    /// Where the last batch stopped because it was full, if it did.
    private(set) var overflowAt: Int?
    /// Carved records emitted so far.
    private(set) var count = 0
    /// Carved records dropped as copies of live or other carved records.
    private(set) var duplicates = 0

    init(ring: EVTRing) {
        carver = EVTCarver(ring: ring)
        self.ring = EVTRing(file: ring.file, windowSize: 64 << 10)
    }

    /// The next batch of candidates in [`start`, `start + length`), sorted and de-duplicated.
    func batch(from start: Int, length: Int, report: inout ReadReport) throws -> [EVTCarver.Candidate] {
        guard length > 0 else {
            overflowAt = nil
            return []
        }
        var (candidates, overflow) = try carver.carve(from: start, length: length)
        overflowAt = overflow
        if let overflow {
            report.add(ReadProblem(.offset(Int64(overflow)), "more than \(EVTCarver.capacity) records in slack space; the records from here on are sorted by number in a separate batch"))
        }
        candidates.sort { ($0.recordNumber, $0.offset) < ($1.recordNumber, $1.offset) }
        var kept = 0
        for index in candidates.indices {
            let current = candidates[index]
            if kept > 0, candidates[kept - 1].recordNumber == current.recordNumber,
               candidates[kept - 1].timeWritten == current.timeWritten {
                // The same record twice: keep the more complete copy.
                if current.readable > candidates[kept - 1].readable { candidates[kept - 1] = current }
                duplicates += 1
            } else {
                candidates[kept] = current
                kept += 1
            }
        }
        candidates.removeLast(candidates.count - kept)
        return candidates
    }

    /// Reads a candidate again and hands it to `take` as a recovered record (unless it was marked a duplicate).
    func deliver(_ candidate: EVTCarver.Candidate, to take: (EVTRingWalker.Found, UnsafeRawBufferPointer, Bool) throws -> Void) throws {
        guard candidate.readable > 0 else {
            duplicates += 1
            return
        }
        let bytes = try ring.bytes(at: Int(candidate.offset), count: Int(candidate.readable))
        guard let header = EVTRecordHeader(bytes) else { return }
        let found = EVTRingWalker.Found(offset: Int(candidate.offset), header: header, isTruncated: candidate.isTruncated)
        count += 1
        try take(found, bytes, true)
    }
}
