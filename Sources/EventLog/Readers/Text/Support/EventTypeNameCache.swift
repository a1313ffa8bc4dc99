#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps the type and level names of text exports (`Information`, `Fehler`, `Audit Success`,
/// `Warning event`) to `EventType`, remembering each name it has seen: a file uses a handful of
/// names millions of times, and `EventType(name:)` is too slow to run per row.
struct EventTypeNameCache {
    private var keys: [[UInt8]] = []
    private var values: [EventType?] = []
    /// The name looked up last and its type, tried first (rows of one type come in runs).
    private var lastKey: [UInt8] = []
    private var lastValue: EventType?

    /// The type a name stands for, or nil when no known vocabulary has it. `isNew` is true the
    /// first time a name is looked up (to report an unknown name once, not on every row).
    mutating func type(of name: TextBytes) -> (type: EventType?, isNew: Bool) {
        if !lastKey.isEmpty, EventTypeNameCache.same(lastKey, name) { return (lastValue, false) }
        for index in keys.indices where EventTypeNameCache.same(keys[index], name) {
            lastKey = keys[index]
            lastValue = values[index]
            return (values[index], false)
        }
        let type = EventTypeNameCache.resolve(name.string)
        if keys.count < 64 {
            keys.append(Array(name))
            values.append(type)
        }
        return (type, true)
    }

    static func resolve(_ name: String) -> EventType? {
        if let type = EventType(name: name) { return type }
        // Log Parser writes "Information event", "Success Audit event".
        let words = name.split(separator: " ")
        if words.count > 1, words.last?.lowercased() == "event" {
            return EventType(name: words.dropLast().joined(separator: " "))
        }
        return nil
    }

    private static func same(_ key: [UInt8], _ name: TextBytes) -> Bool {
        guard key.count == name.count else { return false }
        return key.withUnsafeBufferPointer { stored in
            guard let a = stored.baseAddress, let b = name.baseAddress else { return stored.count == 0 }
            return memcmp(a, b, stored.count) == 0
        }
    }
}
