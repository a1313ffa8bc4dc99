/// The 48-byte file header (`ELF_LOGFILE_HEADER`) of an `.evt` file.
///
/// Windows refreshes the header only when the log is flushed or closed, so in a log copied
/// while the service ran (the usual case for `SysEvent.Evt`) the offsets and record numbers
/// here are stale and the dirty flag is set; the end-of-file record is the authority then.
struct EVTHeader: Sendable, Hashable {
    static let size = EVTFormat.headerSize

    /// State bits of the header (FORMATS.md §1.3).
    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt32
        /// The log was open for writing; offsets and numbers may be stale.
        static let dirty = Flags(rawValue: 0x1)
        /// The log has wrapped: the oldest record is no longer at 0x30.
        static let wrapped = Flags(rawValue: 0x2)
        /// A write failed because the log was full and retention forbade overwriting.
        static let full = Flags(rawValue: 0x4)
        /// The archive attribute ("needs backup").
        static let archive = Flags(rawValue: 0x8)
    }

    var headerSize: UInt32
    var signature: UInt32
    var majorVersion: UInt32
    var minorVersion: UInt32
    var startOffset: UInt32
    var endOffset: UInt32
    var currentRecordNumber: UInt32
    var oldestRecordNumber: UInt32
    var maxSize: UInt32
    var flags: Flags
    var retention: UInt32
    var endHeaderSize: UInt32

    /// Reads the header from the first bytes of the file; nil when fewer than 48 bytes are there.
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count >= EVTHeader.size else { return nil }
        headerSize = bytes.uncheckedUInt32(at: 0x00)
        signature = bytes.uncheckedUInt32(at: 0x04)
        majorVersion = bytes.uncheckedUInt32(at: 0x08)
        minorVersion = bytes.uncheckedUInt32(at: 0x0C)
        startOffset = bytes.uncheckedUInt32(at: 0x10)
        endOffset = bytes.uncheckedUInt32(at: 0x14)
        currentRecordNumber = bytes.uncheckedUInt32(at: 0x18)
        oldestRecordNumber = bytes.uncheckedUInt32(at: 0x1C)
        maxSize = bytes.uncheckedUInt32(at: 0x20)
        flags = Flags(rawValue: bytes.uncheckedUInt32(at: 0x24))
        retention = bytes.uncheckedUInt32(at: 0x28)
        endHeaderSize = bytes.uncheckedUInt32(at: 0x2C)
    }

    /// True when the sizes and the signature are what every writer puts there.
    var isValid: Bool {
        headerSize == UInt32(EVTHeader.size) && endHeaderSize == UInt32(EVTHeader.size) && signature == EVTFormat.signature
    }

    /// `dirty, wrapped, full, archive` (only the bits that are set), or `clean`.
    var stateDescription: String {
        var words: [String] = [flags.contains(.dirty) ? "dirty" : "clean"]
        if flags.contains(.wrapped) { words.append("wrapped") }
        if flags.contains(.full) { words.append("full") }
        if flags.contains(.archive) { words.append("archive") }
        let unknown = flags.rawValue & ~0xF
        if unknown != 0 { words.append("unknown flags " + EVTFormat.hex(Int(unknown))) }
        return words.joined(separator: ", ")
    }
}
