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
/// It also remembers which name came next last time after a given name under a given parent
/// (`predicted`): exports repeat the same sequence of names in every event, so the scanner first
/// checks whether the next name in the text is that one, and only looks names up when it is not.
///
/// Bounded: a file that uses more than `limit` distinct names or names longer than
/// `maximumLength` (no export comes close), or names made to collide, is left to libxml2, whose
/// dictionary has limits of its own. The table never holds more than about 1 MB.
final class XMLNameTable {
    static let limit = 1024  // numbers of entries fit in the 16 bits of `predictions`
    static let maximumLength = 1000
    /// Longest probe sequence before the table gives up (only colliding names get near it).
    private static let probeLimit = 32
    private static let slotCount = 4096  // a power of two, four times `limit`

    /// The interned names, by number: their bytes (NUL-terminated) and length.
    private let entries: UnsafeMutablePointer<(name: UnsafeMutablePointer<UInt8>, length: Int)>
    private var count = 0
    /// Open addressing: a slot holds an entry's number plus one, or 0.
    private let slots: UnsafeMutablePointer<Int>
    /// The entry last found for each of 128 small keys (plus one, or 0): a few cache lines that
    /// stay hot, in front of the slots. The names of one export rarely share a key.
    private static let recentCount = 128
    private let recent: UnsafeMutablePointer<Int>
    /// The entry that came next last time, plus one, by a hash of (parent, previous name): 2 KB,
    /// so that it stays in the processor's nearest cache while the text streams through.
    private static let predictionCount = 1024
    private let predictions: UnsafeMutablePointer<UInt16>

    init() {
        entries = .allocate(capacity: XMLNameTable.limit)
        slots = .allocate(capacity: XMLNameTable.slotCount)
        slots.initialize(repeating: 0, count: XMLNameTable.slotCount)
        recent = .allocate(capacity: XMLNameTable.recentCount)
        recent.initialize(repeating: 0, count: XMLNameTable.recentCount)
        predictions = .allocate(capacity: XMLNameTable.predictionCount)
        predictions.initialize(repeating: 0, count: XMLNameTable.predictionCount)
    }

    deinit {
        for index in 0..<count { entries[index].name.deallocate() }
        entries.deallocate()
        slots.deallocate()
        recent.deallocate()
        predictions.deallocate()
    }

    /// The interned name of entry `entry` (a number `find` returned).
    @inline(__always)
    func pointer(_ entry: Int) -> UnsafePointer<xmlChar> { UnsafePointer(entries[entry].name) }

    @inline(__always)
    func length(_ entry: Int) -> Int { entries[entry].length }

    /// The entry that came after `previous` under `parent` last time (entries, or -1), or -1.
    @inline(__always)
    func predicted(after previous: Int, under parent: Int) -> Int {
        Int(predictions[XMLNameTable.predictionSlot(previous, parent)]) - 1
    }

    @inline(__always)
    func remember(_ entry: Int, after previous: Int, under parent: Int) {
        predictions[XMLNameTable.predictionSlot(previous, parent)] = UInt16(truncatingIfNeeded: entry + 1)
    }

    @inline(__always)
    private static func predictionSlot(_ previous: Int, _ parent: Int) -> Int {
        (previous &* 0x9E37 ^ parent &* 0x85EB ^ parent >> 3) & (predictionCount - 1)
    }

    /// The entry of the `length` bytes at `name`, made if new; nil when the table is full.
    @inline(__always)
    func find(_ name: UnsafePointer<UInt8>, _ length: Int) -> Int? {
        guard length > 0 else { return lookUp(name, length) }
        let key = (length &* 7 ^ Int(name[0]) &* 3 ^ Int(name[length - 1]) &* 5 ^ Int(name[length / 2])) & (XMLNameTable.recentCount - 1)
        let known = recent[key] - 1
        if known >= 0, entries[known].length == length, XMLNameTable.equal(entries[known].name, name, length) { return known }
        guard let found = lookUp(name, length) else { return nil }
        recent[key] = found + 1
        return found
    }

    /// The interned form of the `length` bytes at `name`; nil when the table is full.
    func intern(_ name: UnsafePointer<UInt8>, _ length: Int) -> UnsafePointer<xmlChar>? {
        find(name, length).map(pointer)
    }

    private func lookUp(_ name: UnsafePointer<UInt8>, _ length: Int) -> Int? {
        guard length <= XMLNameTable.maximumLength else { return nil }
        let mask = XMLNameTable.slotCount - 1
        var index = XMLNameTable.hash(name, length) & mask
        var probes = 0
        while slots[index] != 0 {
            let entry = slots[index] - 1
            if entries[entry].length == length && XMLNameTable.equal(entries[entry].name, name, length) { return entry }
            probes += 1
            guard probes < XMLNameTable.probeLimit else { return nil }
            index = (index + 1) & mask
        }
        guard count < XMLNameTable.limit else { return nil }
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: length + 1)
        copy.update(from: name, count: length)
        copy[length] = 0
        (entries + count).initialize(to: (copy, length))
        count += 1
        slots[index] = count
        return count - 1
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
