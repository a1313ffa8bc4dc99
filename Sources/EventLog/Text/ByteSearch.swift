#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding a run of bytes in text: memchr for each candidate first byte, memcmp for the rest.
/// Shared by the code that looks for fixed words in messages and file samples, which would
/// otherwise compare generic slices byte by byte.
public enum ByteSearch {
    /// Where `needle` first occurs in `haystack` (0 for an empty needle), or nil.
    public static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, let pattern = needle.baseAddress else { return 0 }
        guard needle.count <= haystack.count, let base = haystack.baseAddress else { return nil }
        let last = haystack.count - needle.count
        var index = 0
        while index <= last {
            guard let found = memchr(base + index, Int32(first), last - index + 1) else { return nil }
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + index, pattern, needle.count) == 0 { return index }
            index += 1
        }
        return nil
    }

    /// The same over arrays.
    public static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        needle.withUnsafeBufferPointer { needle in
            haystack.withUnsafeBufferPointer { firstIndex(of: needle, in: $0) }
        }
    }

    /// Where `marker` first occurs in `text`, found over the UTF-8: `firstRange(of:)` compares
    /// Characters, which on long messages cost more than reading the event (four tenths of
    /// reading a wevtutil export went to finding one marker in each message).
    public static func range<Text: StringProtocol>(of marker: String, in text: Text) -> Range<String.Index>? {
        var needle = marker
        let offset = needle.withUTF8 { needle in
            text.utf8.withContiguousStorageIfAvailable { firstIndex(of: needle, in: $0) }
                ?? Array(text.utf8).withUnsafeBufferPointer { firstIndex(of: needle, in: $0) }
        }
        guard let offset else { return nil }
        let start = text.utf8.index(text.startIndex, offsetBy: offset)
        return start..<text.utf8.index(start, offsetBy: marker.utf8.count)
    }
}
