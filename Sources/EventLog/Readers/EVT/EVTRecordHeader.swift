/// The 56-byte fixed part of an event record (`EVENTLOGRECORD`), FORMATS.md §1.4.
///
/// Offsets inside the record (strings, SID, data) are relative to the record's start and are
/// only trusted after checking them against the bytes actually read.
struct EVTRecordHeader: Sendable, Hashable {
    static let size = EVTFormat.fixedRecordSize

    var length: UInt32
    var recordNumber: UInt32
    var timeGenerated: UInt32
    var timeWritten: UInt32
    var eventID: UInt32
    var eventType: UInt16
    var stringCount: UInt16
    var category: UInt16
    var stringOffset: UInt32
    var sidLength: UInt32
    var sidOffset: UInt32
    var dataLength: UInt32
    var dataOffset: UInt32

    /// Parses the fixed part; nil when fewer than 56 bytes are there or the signature is wrong.
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count >= EVTRecordHeader.size, bytes.uncheckedUInt32(at: 0x04) == EVTFormat.signature else { return nil }
        length = bytes.uncheckedUInt32(at: 0x00)
        recordNumber = bytes.uncheckedUInt32(at: 0x08)
        timeGenerated = bytes.uncheckedUInt32(at: 0x0C)
        timeWritten = bytes.uncheckedUInt32(at: 0x10)
        eventID = bytes.uncheckedUInt32(at: 0x14)
        eventType = bytes.uncheckedUInt16(at: 0x18)
        stringCount = bytes.uncheckedUInt16(at: 0x1A)
        category = bytes.uncheckedUInt16(at: 0x1C)
        stringOffset = bytes.uncheckedUInt32(at: 0x24)
        sidLength = bytes.uncheckedUInt32(at: 0x28)
        sidOffset = bytes.uncheckedUInt32(at: 0x2C)
        dataLength = bytes.uncheckedUInt32(at: 0x30)
        dataOffset = bytes.uncheckedUInt32(at: 0x34)
    }

    /// Why the length cannot be a record's in a ring of `ringSize` bytes, or nil when it can.
    func lengthProblem(ringSize: Int) -> String? {
        let length = Int(self.length)
        if length < EVTFormat.minimumRecordSize { return "record length \(length) is too small" }
        if length % 4 != 0 { return "record length \(length) is not a multiple of 4" }
        if length > ringSize { return "record length \(length) is larger than the log (\(ringSize) bytes)" }
        return nil
    }
}
