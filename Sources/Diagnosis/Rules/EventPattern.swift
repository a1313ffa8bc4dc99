import EventLog
import Foundation

/// Which events a symptom is about: sources, IDs, type, log and conditions on their text.
public struct EventPattern: Sendable {
    /// The source names as the rule writes them; empty = any source.
    public var sources: [String]
    public var sourceKeys: [SourceKey]
    /// The article does not name the source: names that merely resemble these match too.
    public var looseSource: Bool
    public var ids: [UInt16]
    public var type: EventType?
    public var log: String?
    public var strings: [StringCondition]
    public var message: [TextMatch]

    /// True when the event's source is one this pattern accepts.
    func accepts(source: SourceKey) -> Bool {
        if sourceKeys.isEmpty { return true }
        return sourceKeys.contains { $0 == source || (looseSource && $0.resembles(source)) }
    }

    /// True when the event's type, log and text satisfy the pattern (source and ID already match).
    ///
    /// A text export carries only the rendered message: its insertion strings are recovered
    /// with the built-in message catalog, and failing that a string condition is looked for in
    /// the message itself.
    ///
    /// `recovered` keeps the strings recovered from the message for the other patterns tried on
    /// the same event (nil: not tried yet), so the catalog is searched once per event.
    func accepts(_ event: Event, recovered: inout [String]?) -> Bool {
        if let type, event.type != type && !(type == .information && event.type == .success) { return false }
        if let log, let eventLog = event.log, NameKey(eventLog) != NameKey(log) { return false }
        if !strings.isEmpty {
            var available = event.strings
            if available.isEmpty, let message = event.message {
                if recovered == nil { recovered = MessageCatalog.insertionStrings(source: event.source, id: event.id, message: message) ?? [] }
                available = recovered ?? []
            }
            for condition in strings {
                if condition.position <= available.count {
                    if !condition.match.matches(available[condition.position - 1]) { return false }
                } else if available.isEmpty, let message = event.message {
                    if !condition.match.matchesInside(message) { return false }
                } else {
                    return false
                }
            }
        }
        for match in message {
            if let text = event.message, match.matches(text) { continue }
            // Without a message, the strings are the text. A rendered message (by Windows, or by
            // ntdiag from a .evt) has parameter references such as %%1053 replaced by their
            // wording, and a rule may look for the code: strings that hold one are tried too.
            // (Strings a text export's message gave back hold nothing the message does not.)
            guard !event.strings.isEmpty, event.message == nil || event.strings.contains(where: Self.holdsParameterReference),
                  match.matches(event.strings.joined(separator: " ")) else { return false }
        }
        return true
    }

    /// Whether an insertion string holds a parameter reference (`%%1053`).
    static func holdsParameterReference(_ string: String) -> Bool {
        ByteSearch.range(of: "%%", in: string) != nil
    }
}

/// A condition on the n-th insertion string (`%1` is position 1).
public struct StringCondition: Sendable {
    public var position: Int
    public var match: TextMatch
}

/// equals / contains / regex on a piece of event text; equals and contains ignore case.
public struct TextMatch: Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable { case equals, contains, regex }
    public var kind: Kind
    public var text: String
    let pattern: CompiledPattern?
    /// The text lower-cased as UTF-8 bytes when it is plain ASCII: matched byte by byte on the
    /// per-event path, without building a lower-cased copy of every message.
    private let asciiNeedle: [UInt8]?

    init(kind: Kind, text: String, pattern: CompiledPattern? = nil) {
        self.kind = kind
        self.text = text
        self.pattern = pattern
        asciiNeedle = text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.map(TextMatch.lower) : nil
    }

    func matches(_ value: String) -> Bool {
        switch kind {
        case .equals:
            guard let needle = asciiNeedle else { return value.trimmingSpaces.lowercased() == text.lowercased() }
            return TextMatch.equalsIgnoringCase(Substring(value.trimmingSpaces).utf8, needle)
        case .contains:
            guard let needle = asciiNeedle else { return value.lowercased().contains(text.lowercased()) }
            return TextMatch.containsIgnoringCase(value, needle)
        case .regex: return pattern?.matches(value) ?? false
        }
    }

    /// Whether the text occurs inside a longer text (an `equals` on an insertion string, checked
    /// against a whole rendered message).
    func matchesInside(_ message: String) -> Bool {
        guard kind == .equals else { return matches(message) }
        guard let needle = asciiNeedle else { return message.lowercased().contains(text.lowercased()) }
        return TextMatch.containsIgnoringCase(message, needle)
    }

    public var description: String { "\(kind.rawValue) '\(text)'" }

    static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 32 : byte }

    static func equalsIgnoringCase(_ haystack: Substring.UTF8View, _ needle: [UInt8]) -> Bool {
        haystack.count == needle.count && zip(haystack, needle).allSatisfy { lower($0) == $1 }
    }

    /// A plain scan over the message's bytes (native strings are contiguous, so nothing is
    /// copied); messages are short and needles shorter still.
    static func containsIgnoringCase(_ text: String, _ needle: [UInt8]) -> Bool {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            let length = needle.count
            guard let first = needle.first else { return true }
            guard length <= buffer.count else { return false }
            for start in 0...(buffer.count - length) where lower(buffer[start]) == first {
                var offset = 1
                while offset < length && lower(buffer[start + offset]) == needle[offset] { offset += 1 }
                if offset == length { return true }
            }
            return false
        } ?? false
    }
}
