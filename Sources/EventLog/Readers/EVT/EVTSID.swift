/// A binary security identifier as stored in a record, rendered the way Windows prints it.
///
/// Layout: revision (1 byte), sub-authority count (1 byte), identifier authority (6 bytes,
/// big-endian), then that many little-endian 32-bit sub-authorities. `S-1-5-18` is LocalSystem.
enum EVTSID {
    /// `S-1-5-21-…`, or nil when the bytes are not a well-formed SID.
    static func string(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard bytes.count >= 8 else { return nil }
        let revision = bytes[0]
        let count = Int(bytes[1])
        guard revision == 1, count <= 15, bytes.count >= 8 + 4 * count else { return nil }
        var authority: UInt64 = 0
        for index in 2..<8 { authority = authority << 8 | UInt64(bytes[index]) }
        // Windows prints authorities of 2^32 and above as 12 hex digits.
        var text = "S-1-"
        if authority >> 32 == 0 {
            text += String(authority)
        } else {
            let digits = String(authority, radix: 16, uppercase: true)
            text += "0x" + String(repeating: "0", count: 12 - digits.count) + digits
        }
        for index in 0..<count {
            text += "-" + String(bytes.uncheckedUInt32(at: 8 + 4 * index))
        }
        return text
    }
}
