/// Little-endian loads from raw bytes, bounds-checked: every `.evt` structure is read through
/// these, so an offset taken from a file can never reach past the bytes actually read.
extension UnsafeRawBufferPointer {
    /// The little-endian `UInt32` at `offset`, or nil when fewer than four bytes are there.
    @inline(__always)
    func uint32(at offset: Int) -> UInt32? {
        guard offset >= 0, offset <= count - 4 else { return nil }
        return UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// The little-endian `UInt16` at `offset`, or nil when fewer than two bytes are there.
    @inline(__always)
    func uint16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset <= count - 2 else { return nil }
        return UInt16(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }

    /// The little-endian `UInt32` at `offset`; the caller has checked the bounds.
    @inline(__always)
    func uncheckedUInt32(at offset: Int) -> UInt32 {
        UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// The little-endian `UInt16` at `offset`; the caller has checked the bounds.
    @inline(__always)
    func uncheckedUInt16(at offset: Int) -> UInt16 {
        UInt16(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }
}

/// Constants of the `.evt` format shared by its structures.
enum EVTFormat {
    /// `LfLe`, the signature of the file header and of every record.
    static let signature: UInt32 = 0x654C_664C
    /// The size of the file header; the ring of records starts right after it.
    static let headerSize = 0x30
    /// The fixed part of a record, which writers never split across the end of the file.
    static let fixedRecordSize = 0x38
    /// The smallest record that can hold its fixed part and the trailing copy of its length.
    static let minimumRecordSize = 0x3C
    /// The DWORD writers fill the end of the file with when a record's fixed part does not fit.
    static let padding: UInt32 = 0x0000_0027
    /// The most bytes of one record ntdiag reads. Real records are a few hundred bytes (NT caps a
    /// record well below this); a longer one is read up to here and reported, so that no length
    /// field can make the reader allocate more.
    static let maximumRecordRead = 1 << 20

    /// `0x1f0` style offsets for problems and details.
    static func hex(_ value: Int) -> String { "0x" + String(value, radix: 16) }
}
