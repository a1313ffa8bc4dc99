#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes Strings for the few values a column repeats millions of times (sources, computers,
/// users, categories), returning the same String for the same bytes instead of allocating a new
/// one per row. A small direct-mapped table: a value that misses simply replaces its slot. Short
/// values (up to 15 bytes), which Swift stores inline without an allocation, are cached too:
/// validating and copying their bytes costs more than finding them.
struct FieldStringCache {
    private static let slots = 256
    private static let longest = 48
    /// The bytes of every slot, `longest` apart, and how many of them are used.
    private var keys = [UInt8](repeating: 0, count: FieldStringCache.slots * FieldStringCache.longest)
    private var lengths = [Int](repeating: -1, count: FieldStringCache.slots)
    private var strings = [String](repeating: "", count: FieldStringCache.slots)

    /// The slot each caller's column hit last: a column mostly repeats its last value.
    private var lastSlots = [Int](repeating: 0, count: 8)

    /// The String of `bytes` (as they are, not trimmed); `column` (0..<8) names the caller's
    /// column, whose last value is tried first.
    mutating func string(_ bytes: TextBytes, column: Int = 0) -> String {
        let count = bytes.count
        guard count > 0, count <= FieldStringCache.longest, let base = bytes.baseAddress else { return bytes.string }
        let last = lastSlots[column & 7]
        if lengths[last] == count, keys.withUnsafeBufferPointer({ $0.baseAddress.map { memcmp($0 + last * FieldStringCache.longest, base, count) == 0 } ?? false }) {
            return strings[last]
        }
        // Hash the length and up to eight bytes from each end; memcmp settles the rest.
        var hash: UInt32 = 2_166_136_261 ^ UInt32(count)
        for index in 0..<min(count, 8) { hash = (hash ^ UInt32(base[index])) &* 16_777_619 }
        for index in (count > 8 ? max(8, count - 8) : count)..<count { hash = (hash ^ UInt32(base[index])) &* 16_777_619 }
        let slot = Int(hash & UInt32(FieldStringCache.slots - 1))
        let offset = slot * FieldStringCache.longest
        lastSlots[column & 7] = slot
        if lengths[slot] == count, keys.withUnsafeBufferPointer({ $0.baseAddress.map { memcmp($0 + offset, base, count) == 0 } ?? false }) {
            return strings[slot]
        }
        let value = bytes.string
        keys.withUnsafeMutableBufferPointer { $0.baseAddress.map { ($0 + offset).update(from: base, count: count) } }
        lengths[slot] = count
        strings[slot] = value
        return value
    }

    /// The String of the trimmed bytes, or nil when nothing is left.
    mutating func trimmedString(_ bytes: TextBytes, column: Int = 0) -> String? {
        let value = bytes.trimmed()
        return value.isEmpty ? nil : string(value, column: column)
    }
}
