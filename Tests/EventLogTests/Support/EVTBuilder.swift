/// Writes `.evt` files for tests, byte by byte as NT's EventLog service lays them out: the
/// 48-byte header, records round a ring from 0x30 to the end of the file (split across the end
/// when they do not fit, 0x27 padding when not even the fixed part fits), and the end-of-file
/// record. Tests then damage the bytes on purpose.
struct EVTBuilder {
    /// One event record to write.
    struct Record {
        var number: UInt32
        var timeGenerated: UInt32 = 1_000_000_000
        var timeWritten: UInt32? = nil
        var eventID: UInt32 = 0x4000_1B7C
        var type: UInt16 = 4
        var category: UInt16 = 0
        var source = "Service Control Manager"
        var computer = "NTSERVER"
        var sid: [UInt8] = []
        /// Insertion strings as UTF-16 code units (so tests can write lone surrogates).
        var strings: [[UInt16]] = []
        var data: [UInt8] = []

        init(number: UInt32, source: String = "Service Control Manager", eventID: UInt32 = 0x4000_1B7C,
             strings: [String] = [], data: [UInt8] = []) {
            self.number = number
            self.source = source
            self.eventID = eventID
            self.strings = strings.map { Array($0.utf16) }
            self.data = data
        }

        /// The record's bytes, laid out as NT writes them (strings, then data, then padding to
        /// 4 bytes and the trailing length).
        var bytes: [UInt8] {
            var body: [UInt8] = EVTBuilder.utf16(Array(source.utf16)) + EVTBuilder.utf16(Array(computer.utf16))
            while (0x38 + body.count) % 4 != 0 { body.append(0) }
            let sidOffset = 0x38 + body.count
            body += sid
            let stringOffset = 0x38 + body.count
            for string in strings { body += EVTBuilder.utf16(string) }
            let dataOffset = 0x38 + body.count
            body += data
            while (0x38 + body.count) % 4 != 0 { body.append(0) }
            let length = 0x38 + body.count + 4
            var out: [UInt8] = []
            for value in [UInt32(length), 0x654C_664C, number, timeGenerated, timeWritten ?? timeGenerated, eventID] { out += EVTBuilder.le(value) }
            out += EVTBuilder.le16(type) + EVTBuilder.le16(UInt16(strings.count)) + EVTBuilder.le16(category) + EVTBuilder.le16(0)
            for value in [0, stringOffset, sid.count, sid.isEmpty ? 0 : sidOffset, data.count, dataOffset] { out += EVTBuilder.le(UInt32(value)) }
            return out + body + EVTBuilder.le(UInt32(length))
        }
    }

    /// The file being built (header included).
    var file: [UInt8]
    /// Where each record written by `append` starts.
    private(set) var offsets: [UInt32: Int] = [:]
    /// Where the next record goes.
    private(set) var position: Int
    var begin: Int
    var firstNumber: UInt32?
    var nextNumber: UInt32 = 1

    init(size: Int, begin: Int = 0x30) {
        file = [UInt8](repeating: 0, count: size)
        self.begin = begin
        position = begin
    }

    var ringSize: Int { file.count - 0x30 }

    /// Writes bytes at a ring offset, continuing at 0x30 past the end of the file.
    mutating func place(_ bytes: [UInt8], at offset: Int) {
        var at = offset
        for byte in bytes {
            if at >= file.count { at = 0x30 }
            file[at] = byte
            at += 1
        }
    }

    /// Appends a record at the current position, as the service does.
    mutating func append(_ record: Record) {
        if file.count - position < 0x38 {
            while position < file.count { place(EVTBuilder.le(0x27), at: position); position += 4 }
            position = 0x30
        }
        let bytes = record.bytes
        offsets[record.number] = position
        place(bytes, at: position)
        position = advance(position, by: bytes.count)
        if firstNumber == nil { firstNumber = record.number }
        nextNumber = record.number &+ 1
    }

    func advance(_ offset: Int, by count: Int) -> Int {
        let next = offset + count
        return next >= file.count ? next - ringSize : next
    }

    /// Writes the end-of-file record at the current position and a matching header.
    mutating func finish(flags: UInt32 = 0) {
        place(EVTBuilder.eofRecord(begin: begin, end: position, current: nextNumber, oldest: firstNumber ?? 0), at: position)
        writeHeader(start: begin, end: position, current: nextNumber, oldest: firstNumber ?? 0, flags: flags)
    }

    mutating func writeHeader(start: Int, end: Int, current: UInt32, oldest: UInt32, flags: UInt32) {
        var header: [UInt8] = []
        for value in [0x30, 0x654C_664C, 1, 1, UInt32(start), UInt32(end), current, oldest, UInt32(file.count), flags, 0, 0x30] as [UInt32] {
            header += EVTBuilder.le(value)
        }
        file.replaceSubrange(0..<0x30, with: header)
    }

    static func eofRecord(begin: Int, end: Int, current: UInt32, oldest: UInt32) -> [UInt8] {
        [0x28, 0x1111_1111, 0x2222_2222, 0x3333_3333, 0x4444_4444, UInt32(begin), UInt32(end), current, oldest, 0x28].flatMap(le)
    }

    /// A binary SID from its parts: `sid(5, [21, 1, 2, 3, 500])` is S-1-5-21-1-2-3-500.
    static func sid(authority: UInt64, _ subAuthorities: [UInt32]) -> [UInt8] {
        var bytes: [UInt8] = [1, UInt8(subAuthorities.count)]
        for shift in stride(from: 40, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: authority >> UInt64(shift))) }
        for value in subAuthorities { bytes += le(value) }
        return bytes
    }

    static func utf16(_ units: [UInt16]) -> [UInt8] { (units + [0]).flatMap(le16) }
    static func le(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
}
