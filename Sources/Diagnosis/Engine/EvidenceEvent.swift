import EventLog

/// One event cited as evidence: where it is, when it happened, what it said (cut short).
public struct EvidenceEvent: Hashable, Sendable {
    public var reference: EventReference
    public var type: EventType
    /// The message as the event carried it (shared, not copied); `excerpt` cuts it short.
    private var message: String?
    private var strings: [String]

    static let excerptLength = 160

    public init(_ event: Event, file: String) {
        reference = EventReference(event, file: file)
        type = event.type
        message = event.message
        strings = event.message == nil ? event.strings : []
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
