/// The 40-byte end-of-file record (`ELF_EOF_RECORD`) that follows the newest record.
///
/// The service rewrites it after every append, so it is the authoritative copy of the ring's
/// begin and end offsets and record numbers when the file header is stale (FORMATS.md §1.5).
/// It may itself be split across the end of the file, so it is parsed from ring-ordered bytes.
struct EVTEndOfFileRecord: Sendable, Hashable {
    static let size = 0x28
    /// The four marker DWORDs that follow the size.
    static let markers: [UInt32] = [0x1111_1111, 0x2222_2222, 0x3333_3333, 0x4444_4444]

    /// Where the record was found.
    var offset: Int
    /// Offset of the oldest record.
    var beginRecord: UInt32
    /// Offset of this record, as the writer recorded it.
    var endRecord: UInt32
    /// The number the next record will get.
    var currentRecordNumber: UInt32
    /// The number of the oldest record.
    var oldestRecordNumber: UInt32

    /// Parses the 40 bytes at `offset` (already gathered in ring order); nil unless the sizes
    /// and the four markers are all there and the record names its own offset.
    init?(_ bytes: UnsafeRawBufferPointer, offset: Int) {
        guard bytes.count >= EVTEndOfFileRecord.size,
              bytes.uncheckedUInt32(at: 0x00) == UInt32(EVTEndOfFileRecord.size),
              EVTEndOfFileRecord.hasMarkers(bytes, at: 0x04),
              bytes.uncheckedUInt32(at: 0x24) == UInt32(EVTEndOfFileRecord.size),
              bytes.uncheckedUInt32(at: 0x18) == UInt32(truncatingIfNeeded: offset)
        else { return nil }
        self.offset = offset
        beginRecord = bytes.uncheckedUInt32(at: 0x14)
        endRecord = bytes.uncheckedUInt32(at: 0x18)
        currentRecordNumber = bytes.uncheckedUInt32(at: 0x1C)
        oldestRecordNumber = bytes.uncheckedUInt32(at: 0x20)
    }

    /// True when the four marker DWORDs start at `offset` of `bytes`.
    static func hasMarkers(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        guard offset >= 0, offset + 16 <= bytes.count else { return false }
        return bytes.uncheckedUInt32(at: offset) == 0x1111_1111 && bytes.uncheckedUInt32(at: offset + 4) == 0x2222_2222
            && bytes.uncheckedUInt32(at: offset + 8) == 0x3333_3333 && bytes.uncheckedUInt32(at: offset + 12) == 0x4444_4444
    }
}

extension EVTEndOfFileRecord {
    /// Finds the end-of-file record: first where the header says it is (one read, right for
    /// every cleanly closed log and for a dirty one that got no record since its last flush),
    /// else by scanning the whole ring for its markers, wrap included (FORMATS.md §1.12 step 2).
    /// When stale copies survive, the one naming the highest next record number wins.
    static func locate(in ring: EVTRing, hint: Int) throws -> (record: EVTEndOfFileRecord, scanned: Bool)? {
        if ring.contains(hint), hint % 4 == 0,
           let record = EVTEndOfFileRecord(try ring.bytes(at: hint, count: size), offset: hint) {
            return (record, false)
        }
        var best: EVTEndOfFileRecord?
        try ring.scan(from: ring.base, length: ring.size, marker: markers[0]) { position in
            if let record = EVTEndOfFileRecord(try ring.bytes(at: position, count: size), offset: position),
               best.map({ record.currentRecordNumber > $0.currentRecordNumber }) ?? true {
                best = record
            }
            return .next
        }
        return best.map { ($0, true) }
    }
}
