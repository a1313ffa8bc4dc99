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
/// A name's length is stored just before its bytes, so that checking a prediction reads one
/// table slot and then the name itself, nothing else.
///
/// Bounded: a file that uses more than `limit` distinct names or names longer than
/// `maximumLength` (no export comes close), or names made to collide, is left to libxml2, whose
/// dictionary has limits of its own. The table never holds more than about 1 MB.
final class XMLNameTable {
    static let limit = 1024
    static let maximumLength = 1000
    /// Longest probe sequence before the table gives up (only colliding names get near it).
    private static let probeLimit = 32
    private static let slotCount = 4096  // a power of two, four times `limit`

    /// An interned name: its length (8 bytes, so that the bytes stay aligned), its bytes and a
    /// NUL, packed one after another in blocks that never move: the names of one export share a
    /// few cache lines instead of one allocation each.
    private static let headerSize = 8
    private static let blockSize = 16 << 10
    private var blocks: [UnsafeMutableRawPointer] = []
    /// The unused end of the last block.
    private var free: (start: UnsafeMutableRawPointer, count: Int)?
    private var count = 0
    /// Open addressing: a slot holds an interned name, or nil.
    private let slots: UnsafeMutablePointer<UnsafePointer<xmlChar>?>
    /// The name last found for each of 128 small keys: a few cache lines that stay hot, in front
    /// of the slots. The names of one export rarely share a key.
    private static let recentCount = 128
    private let recent: UnsafeMutablePointer<UnsafePointer<xmlChar>?>
    /// The name that came next last time, by a hash of (parent, previous name): 8 KB, so that it
    /// stays in the processor's nearest caches while the text streams through.
    private static let predictionCount = 1024
    private let predictions: UnsafeMutablePointer<UnsafePointer<xmlChar>?>

    init() {
        slots = .allocate(capacity: XMLNameTable.slotCount)
        slots.initialize(repeating: nil, count: XMLNameTable.slotCount)
        recent = .allocate(capacity: XMLNameTable.recentCount)
        recent.initialize(repeating: nil, count: XMLNameTable.recentCount)
        predictions = .allocate(capacity: XMLNameTable.predictionCount)
        predictions.initialize(repeating: nil, count: XMLNameTable.predictionCount)
    }

    deinit {
        for block in blocks { block.deallocate() }
        slots.deallocate()
        recent.deallocate()
        predictions.deallocate()
    }

    /// The length of an interned name (one this table returned).
    @inline(__always)
    static func length(_ name: UnsafePointer<xmlChar>) -> Int {
        Int(UnsafeRawPointer(name).load(fromByteOffset: -headerSize, as: Int.self))
    }

    /// The name that came after `previous` under `parent` last time (nil for the first name of
    /// the document or of an element), or nil.
    @inline(__always)
    func predicted(after previous: UnsafePointer<xmlChar>?, under parent: UnsafePointer<xmlChar>?) -> UnsafePointer<xmlChar>? {
        predictions[XMLNameTable.predictionSlot(previous, parent)]
    }

    @inline(__always)
    func remember(_ name: UnsafePointer<xmlChar>, after previous: UnsafePointer<xmlChar>?, under parent: UnsafePointer<xmlChar>?) {
        predictions[XMLNameTable.predictionSlot(previous, parent)] = name
    }

    /// Interned names are 8-byte aligned and at least 16 bytes apart: the bits above the third
    /// tell them apart.
    @inline(__always)
    private static func predictionSlot(_ previous: UnsafePointer<xmlChar>?, _ parent: UnsafePointer<xmlChar>?) -> Int {
        let p = Int(bitPattern: previous) &>> 3, q = Int(bitPattern: parent) &>> 3
        return (p &* 0x9E37 ^ q &* 0x85EB ^ q &>> 5) & (predictionCount - 1)
    }

    /// The interned form of the `length` bytes at `name`, made if new; nil when the table is full.
    @inline(__always)
    func intern(_ name: UnsafePointer<UInt8>, _ length: Int) -> UnsafePointer<xmlChar>? {
        guard length > 0 else { return lookUp(name, length) }
        let key = (length &* 7 ^ Int(name[0]) &* 3 ^ Int(name[length - 1]) &* 5 ^ Int(name[length / 2])) & (XMLNameTable.recentCount - 1)
        if let known = recent[key], XMLNameTable.length(known) == length, XMLNameTable.equal(known, name, length) { return known }
        guard let found = lookUp(name, length) else { return nil }
        recent[key] = found
        return found
    }

    private func lookUp(_ name: UnsafePointer<UInt8>, _ length: Int) -> UnsafePointer<xmlChar>? {
        guard length <= XMLNameTable.maximumLength else { return nil }
        let mask = XMLNameTable.slotCount - 1
        var index = XMLNameTable.hash(name, length) & mask
        var probes = 0
        while let entry = slots[index] {
            if XMLNameTable.length(entry) == length && XMLNameTable.equal(entry, name, length) { return entry }
            probes += 1
            guard probes < XMLNameTable.probeLimit else { return nil }
            index = (index + 1) & mask
        }
        guard count < XMLNameTable.limit else { return nil }
        let record = storage(XMLNameTable.headerSize + length + 1)
        record.storeBytes(of: length, as: Int.self)
        let bytes = (record + XMLNameTable.headerSize).bindMemory(to: UInt8.self, capacity: length + 1)
        bytes.update(from: name, count: length)
        bytes[length] = 0
        count += 1
        slots[index] = UnsafePointer(bytes)
        return UnsafePointer(bytes)
    }

    /// Room for `size` bytes (rounded up to keep records 8-byte aligned) in the last block, or
    /// in a new one.
    private func storage(_ size: Int) -> UnsafeMutableRawPointer {
        let size = (size + 7) & ~7
        if let free, free.count >= size {
            self.free = (free.start + size, free.count - size)
            return free.start
        }
        let capacity = max(size, XMLNameTable.blockSize)
        let block = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
        blocks.append(block)
        free = (block + size, capacity - size)
        return block
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
