/// A set of 16-bit event IDs with a constant-time, allocation-free membership test: one bit per
/// possible ID (8 KiB), since the test runs once per event in the readers' hot loops.
///
/// Used by `ReadOptions.textOnlyFor`: a consumer that looks at the text of only some events (the
/// diagnosis: those its rules and facts name) says which, and readers skip building the strings,
/// message and data of the others.
public struct EventIDSet: Sendable, Hashable {
    private var words = [UInt64](repeating: 0, count: 1 << 10)

    public init<S: Sequence>(_ ids: S) where S.Element == UInt16 {
        for id in ids { insert(id) }
    }

    public mutating func insert(_ id: UInt16) {
        words[Int(id >> 6)] |= 1 << UInt64(id & 63)
    }

    @inline(__always)
    public func contains(_ id: UInt16) -> Bool {
        words.withUnsafeBufferPointer { $0[Int(id >> 6)] & (1 << UInt64(id & 63)) != 0 }
    }
}
