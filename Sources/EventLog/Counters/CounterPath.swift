/// A performance counter's path as Performance Monitor writes it in a log's column header:
/// `\\MACHINE\Object(Instance)\Counter`, or `\Object\Counter` for the local machine.
///
/// The machine tells which computer the counter belongs to (the same machine its event logs
/// name), and the object and counter, once mapped to their English names (`CounterNames`), tell
/// what it measures whatever language the machine spoke.
public struct CounterPath: Hashable, Sendable, CustomStringConvertible {
    /// The machine name without the leading backslashes; nil for a local path.
    public var machine: String?
    public var object: String
    /// `_Total`, `C:`, `svchost#1`; nil for objects with one instance (Memory, System).
    public var instance: String?
    public var counter: String

    public init(machine: String?, object: String, instance: String?, counter: String) {
        self.machine = machine
        self.object = object
        self.instance = instance
        self.counter = counter
    }

    /// Parses a column header; nil when it is not a counter path.
    ///
    /// The counter is what follows the last backslash; the instance is what lies between the
    /// first `(` of the object part and its last `)` (instance names may hold parentheses).
    public init?(parsing text: String) {
        var rest = Substring(text).trimmingWhitespace()
        var machine: String?
        if rest.hasPrefix("\\\\") {
            rest = rest.dropFirst(2)
            guard let slash = rest.firstIndex(of: "\\") else { return nil }
            machine = String(rest[..<slash])
            rest = rest[slash...]
        }
        guard rest.hasPrefix("\\"), let last = rest.lastIndex(of: "\\"), last > rest.startIndex else { return nil }
        let counter = rest[rest.index(after: last)...]
        var objectPart = rest[rest.index(after: rest.startIndex)..<last]
        var instance: String?
        if let open = objectPart.firstIndex(of: "("), let close = objectPart.lastIndex(of: ")"), open < close {
            instance = String(objectPart[objectPart.index(after: open)..<close])
            objectPart = objectPart[..<open]
        }
        guard !objectPart.isEmpty, !counter.isEmpty else { return nil }
        self.init(machine: machine.flatMap { $0.isEmpty ? nil : $0 }, object: String(objectPart), instance: instance, counter: String(counter))
    }

    /// `Object(Instance)\Counter`, without the machine: how reports and rules name a counter.
    public var name: String {
        object + (instance.map { "(" + $0 + ")" } ?? "") + "\\" + counter
    }

    /// The path as Performance Monitor writes it.
    public var description: String {
        (machine.map { "\\\\" + $0 } ?? "") + "\\" + name
    }
}
