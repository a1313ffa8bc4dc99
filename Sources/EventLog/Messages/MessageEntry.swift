/// One entry of the built-in message table: which event it renders, its template, when it
/// applies, and how sure we are of the wording.
struct MessageEntry: Sendable {
    /// When a variant of an event's message applies.
    enum Condition: Sendable {
        case always
        /// The event has at least this many insertion strings (later Windows added strings).
        case atLeast(Int)
        /// The first insertion string starts with one of these (e.g. the version in 6009).
        case firstStringStarts([String])

        func holds(for strings: [String]) -> Bool {
            switch self {
            case .always: return true
            case .atLeast(let count): return strings.count >= count
            case .firstStringStarts(let prefixes):
                guard let first = strings.first else { return false }
                return prefixes.contains { first.hasPrefix($0) }
            }
        }
    }

    /// How the wording is known.
    enum Provenance: Sendable {
        /// NT's own text, as logged (FORMATS.md §5, or an event quoted as the OS printed it).
        case exact
        /// NT's text as far as it is known; the position of some `%n` is inferred.
        case inferred
        /// ntdiag's own summary of the event; NT's wording is not known.
        case paraphrase
    }

    let source: String
    let id: UInt16
    let template: MessageTemplate
    let condition: Condition
    let provenance: Provenance

    init(
        _ source: String, _ id: UInt16, _ text: String, when condition: Condition = .always, _ provenance: Provenance = .exact,
        choices: [Int: [String]] = [:]
    ) {
        self.source = source
        self.id = id
        template = MessageTemplate(text, choices: choices)
        self.condition = condition
        self.provenance = provenance
    }
}
