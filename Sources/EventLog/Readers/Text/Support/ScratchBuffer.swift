/// A growable buffer of plain values that the record splitter refills for every record.
///
/// `Array.append` checks uniqueness and capacity and retains its storage on every call, and a
/// class's properties are checked for exclusive access at run time; on the hot path of a reader
/// that does millions of small appends that overhead dominates. This struct keeps one allocation
/// (owned by a private class, so copies stay memory-safe), grows it by doubling, and appends with
/// a capacity check only.
struct ScratchBuffer<Element: BitwiseCopyable> {
    private final class Allocation {
        let pointer: UnsafeMutablePointer<Element>
        init(capacity: Int) { pointer = .allocate(capacity: capacity) }
        deinit { pointer.deallocate() }
    }

    private var allocation: Allocation
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        allocation = Allocation(capacity: self.capacity)
        storage = allocation.pointer
    }

    @inline(__always)
    mutating func append(_ value: Element) {
        if count == capacity { grow(to: count + 1) }
        storage[count] = value
        count += 1
    }

    mutating func append(_ values: UnsafeBufferPointer<Element>) {
        guard let source = values.baseAddress, !values.isEmpty else { return }
        if count + values.count > capacity { grow(to: count + values.count) }
        (storage + count).update(from: source, count: values.count)
        count += values.count
    }

    /// Empties the buffer; gives memory back when a huge record made it large.
    mutating func removeAll(keepingUpTo limit: Int = 1 << 20) {
        count = 0
        if capacity > limit { replaceAllocation(capacity: 4096) }
    }

    /// The values, valid until the buffer next changes.
    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: storage, count: count) }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        replaceAllocation(capacity: newCapacity)
    }

    private mutating func replaceAllocation(capacity newCapacity: Int) {
        let replacement = Allocation(capacity: newCapacity)
        replacement.pointer.update(from: storage, count: min(count, newCapacity))
        allocation = replacement
        storage = replacement.pointer
        capacity = newCapacity
        count = min(count, newCapacity)
    }
}
