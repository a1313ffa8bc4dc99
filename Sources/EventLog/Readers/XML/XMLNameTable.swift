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

    init() {
        slots = .allocate(capacity: XMLNameTable.slotCount)
        slots.initialize(repeating: nil, count: XMLNameTable.slotCount)
        lengths = .allocate(capacity: XMLNameTable.slotCount)
        lengths.initialize(repeating: 0, count: XMLNameTable.slotCount)
    }

    deinit {
        for index in 0..<XMLNameTable.slotCount { slots[index]?.deallocate() }
        slots.deallocate()
        lengths.deallocate()
    }

    /// The interned form of the `length` bytes at `name`; nil when the table is full.
    @inline(__always)
    func intern(_ name: UnsafePointer<UInt8>, _ length: Int) -> UnsafePointer<xmlChar>? {
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

    /// Names are short: a loop beats a call to memcmp.
    @inline(__always)
    static func equal(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        var index = 0
        while index < length {
            if left[index] != right[index] { return false }
            index += 1
        }
        return true
    }
}
