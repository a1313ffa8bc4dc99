#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibXML2

/// The element and attribute names `PlainXMLScanner` has met, each interned once as a
/// NUL-terminated string, so that the sessions can compare names by pointer exactly as they do
/// with the names libxml2 interns in its dictionary.
///
/// Bounded: a file that uses more than `limit` distinct names (no export comes close), or names
/// made to collide, is left to libxml2, whose dictionary has limits of its own.
final class XMLNameTable {
    static let limit = 1024
    /// Longest probe sequence before the table gives up (only colliding names get near it).
    private static let probeLimit = 32
    private static let slotCount = 4096  // a power of two, four times `limit`

    /// Open addressing: a slot holds an interned name (NUL-terminated) and its length, or nil.
    private let slots: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>
    private let lengths: UnsafeMutablePointer<Int>
    private var count = 0
    /// The name last found for each of 64 small keys: a few cache lines that stay hot, in front
    /// of the table (whose slots are spread over 64 KB).
    private static let recentCount = 64
    private let recent: UnsafeMutablePointer<(name: UnsafeMutablePointer<UInt8>?, length: Int)>

    init() {
        slots = .allocate(capacity: XMLNameTable.slotCount)
        slots.initialize(repeating: nil, count: XMLNameTable.slotCount)
        lengths = .allocate(capacity: XMLNameTable.slotCount)
        lengths.initialize(repeating: 0, count: XMLNameTable.slotCount)
        recent = .allocate(capacity: XMLNameTable.recentCount)
        recent.initialize(repeating: (nil, 0), count: XMLNameTable.recentCount)
    }

    deinit {
        for index in 0..<XMLNameTable.slotCount { slots[index]?.deallocate() }
        slots.deallocate()
        lengths.deallocate()
        recent.deallocate()
    }

    /// The interned form of the `length` bytes at `name`; nil when the table is full.
    @inline(__always)
    func intern(_ name: UnsafePointer<UInt8>, _ length: Int) -> UnsafePointer<xmlChar>? {
        guard length > 0 else { return lookUp(name, length) }
        let key = (length &* 5 ^ Int(name[0]) ^ Int(name[length - 1]) &* 3) & (XMLNameTable.recentCount - 1)
        if let known = recent[key].name, recent[key].length == length, XMLNameTable.equal(known, name, length) {
            return UnsafePointer(known)
        }
        guard let found = lookUp(name, length) else { return nil }
        recent[key] = (UnsafeMutablePointer(mutating: found), length)
        return found
    }

    private func lookUp(_ name: UnsafePointer<UInt8>, _ length: Int) -> UnsafePointer<xmlChar>? {
        let mask = XMLNameTable.slotCount - 1
        var index = XMLNameTable.hash(name, length) & mask
        var probes = 0
        while let stored = slots[index] {
            if lengths[index] == length && XMLNameTable.equal(stored, name, length) { return UnsafePointer(stored) }
            probes += 1
            guard probes < XMLNameTable.probeLimit else { return nil }
            index = (index + 1) & mask
        }
        guard count < XMLNameTable.limit else { return nil }
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: length + 1)
        copy.update(from: name, count: length)
        copy[length] = 0
        slots[index] = copy
        lengths[index] = length
        count += 1
        return UnsafePointer(copy)
    }

    /// The interned form of a name the session looks for.
    func intern(_ name: StaticString) -> UnsafePointer<xmlChar>? {
        name.withUTF8Buffer { bytes in bytes.baseAddress.flatMap { intern($0, bytes.count) } }
    }

    func intern(_ name: String) -> UnsafePointer<xmlChar>? {
        Array(name.utf8).withUnsafeBufferPointer { bytes in bytes.baseAddress.flatMap { intern($0, bytes.count) } }
    }

    /// The length and the two bytes at each end: names of one export differ there, and names
    /// made to collide only make the table give up sooner (`probeLimit`).
    @inline(__always)
    private static func hash(_ name: UnsafePointer<UInt8>, _ length: Int) -> Int {
        guard length > 0 else { return 0 }
        var value = length &* 0x9E37 ^ Int(name[0]) << 4 ^ Int(name[length - 1]) << 8
        if length > 2 { value ^= Int(name[1]) << 12 ^ Int(name[length - 2]) }
        return value ^ (value >> 9)
    }

    /// Names are short: compared a word (or half, or quarter word) at a time, the last load
    /// overlapping the one before, rather than byte by byte or by a call to memcmp.
    @inline(__always)
    static func equal(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        let l = UnsafeRawPointer(left), r = UnsafeRawPointer(right)
        if length >= 8 {
            var index = 0
            while index + 8 < length {
                if l.loadUnaligned(fromByteOffset: index, as: UInt64.self) != r.loadUnaligned(fromByteOffset: index, as: UInt64.self) { return false }
                index += 8
            }
            return l.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self) == r.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
        }
        if length >= 4 {
            return l.loadUnaligned(as: UInt32.self) == r.loadUnaligned(as: UInt32.self)
                && l.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self) == r.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
        }
        guard length > 0 else { return true }
        return left[0] == right[0] && left[length / 2] == right[length / 2] && left[length - 1] == right[length - 1]
    }
}
