import EventLog

/// One event cited as evidence: where it is, when it happened, what it said (cut short).
///
/// A symptom's evidence takes the event as its first, last and sample match, and replaces its
/// last one at nearly every match: the fields live in one shared box, so that each of those is
/// one reference count, not one per string.
public struct EvidenceEvent: Hashable, Sendable {
    private final class Fields: Sendable {
        let reference: EventReference
        let type: EventType
        /// The message as the event carried it (shared, not copied); `excerpt` cuts it short.
        let message: String?
        let strings: [String]

        init(_ event: Event, file: String) {
            reference = EventReference(event, file: file)
            type = event.type
            message = event.message
            strings = event.message == nil ? event.strings : []
        }
    }

    private let fields: Fields

    static let excerptLength = 160

    public init(_ event: Event, file: String) {
        fields = Fields(event, file: file)
    }

    public var reference: EventReference { fields.reference }
    public var type: EventType { fields.type }
    private var message: String? { fields.message }
    private var strings: [String] { fields.strings }

    public static func == (left: EvidenceEvent, right: EvidenceEvent) -> Bool {
        left.fields === right.fields
            || (left.reference == right.reference && left.type == right.type && left.message == right.message && left.strings == right.strings)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(reference)
        hasher.combine(type)
        hasher.combine(message)
        hasher.combine(strings)
    }

    /// The message (or the insertion strings) on one line, at most `excerptLength` characters.
    /// Worked out only when a report asks, so gathering evidence costs no text processing.
    public var excerpt: String? {
        let text = message ?? (strings.isEmpty ? nil : strings.joined(separator: "; "))
        return text.map(EvidenceEvent.excerpt)
    }

    static func excerpt(_ text: String) -> String {
        var out = ""
        var count = 0
        var lastWasSpace = false
        for character in text {
            if count >= excerptLength {
                out += "…"
                break
            }
            if character.isWhitespace {
                if !lastWasSpace && count > 0 {
                    out.append(" ")
                    count += 1
                }
                lastWasSpace = true
            } else {
                out.append(character)
                count += 1
                lastWasSpace = false
            }
        }
        return out.trimmingSpaces
    }

    /// Seconds of the event's time, when it has one.
    var seconds: Int64? { reference.time?.seconds }
}
