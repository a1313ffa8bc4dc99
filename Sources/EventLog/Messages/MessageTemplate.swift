#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One message-table entry: a FormatMessage-style text whose `%1`…`%99` are replaced by the
/// event's insertion strings. `%%nnn` (a reference to a parameter message) is kept as text.
///
/// A template works both ways: `render` builds the message from the strings (for `.evt`, which
/// stores no text), and `match` recovers the strings from a message (for text exports, which
/// store only the text).
public struct MessageTemplate: Sendable, Hashable {
    /// A piece of a template.
    public enum Part: Sendable, Hashable {
        case text(String)
        /// `%n`, 1-based.
        case insertion(Int)
    }

    /// The template as written, e.g. `The %1 service entered the %2 state.`
    public let text: String
    public let parts: [Part]
    /// The highest `%n` the template uses.
    public let insertionCount: Int
    /// For matching: the only values some insertions can take (e.g. 6009's `%4` is one of four
    /// kernel names), which settles where neighbouring strings end.
    public let choices: [Int: [String]]
    /// What `match` needs, worked out once (it runs for every event of a text export); one
    /// shared object, so that handing a template around stays cheap.
    private let matching: Matching

    /// The literals as bytes, as written and with white space collapsed, and the choices as bytes.
    private final class Matching: Sendable {
        let exact: [[UInt8]]
        let looseParts: [Part]
        let loose: [[UInt8]]
        let choices: [Int: [[UInt8]]]
        /// The literals have no white space to collapse.
        let looseIsExact: Bool

        init(parts: [Part], choices: [Int: [String]]) {
            looseParts = parts.map { part in
                if case .text(let text) = part { return .text(MessageTemplate.collapsingWhiteSpace(text, trim: false)) }
                return part
            }
            exact = Matching.literals(parts)
            loose = Matching.literals(looseParts)
            looseIsExact = exact == loose
            self.choices = choices.mapValues { $0.map { Array($0.utf8) } }
        }

        private static func literals(_ parts: [Part]) -> [[UInt8]] {
            parts.map { if case .text(let text) = $0 { return Array(text.utf8) } else { return [] } }
        }
    }

    // The derived matching data follows from the text and choices.
    public static func == (left: MessageTemplate, right: MessageTemplate) -> Bool {
        left.text == right.text && left.choices == right.choices
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(choices)
    }

    public init(_ text: String, choices: [Int: [String]] = [:]) {
        self.text = text
        self.choices = choices
        var parts: [Part] = []
        var literal = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "%", let next = scalars.first else {
                literal.unicodeScalars.append(scalar)
                continue
            }
            if next == "%" {
                // `%%nnn` stays as it is: the digits after it are copied as ordinary text.
                literal += "%%"
                scalars.removeFirst()
            } else if next.isASCII, let digit = Int(String(next)), digit > 0 {
                scalars.removeFirst()
                var number = digit
                if let second = scalars.first, second.isASCII, let value = Int(String(second)) {
                    number = number * 10 + value
                    scalars.removeFirst()
                }
                if !literal.isEmpty { parts.append(.text(literal)) }
                literal = ""
                parts.append(.insertion(number))
            } else {
                literal.unicodeScalars.append(scalar)
            }
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        self.parts = parts
        insertionCount = parts.reduce(0) { if case .insertion(let n) = $1 { return max($0, n) } else { return $0 } }
        matching = Matching(parts: parts, choices: choices)
    }

    /// The message with the strings put in; a `%n` with no string stays `%n`, as Event Viewer
    /// shows it.
    ///
    /// Built as UTF-8 in one buffer of the final size: appending piece by piece to a `String`
    /// cost more than the rest of reading an event from a text export.
    public func render(_ strings: [String]) -> String {
        var length = 0
        for (index, part) in parts.enumerated() {
            switch part {
            case .text: length += matching.exact[index].count
            case .insertion(let n): length += n <= strings.count ? strings[n - 1].utf8.count : 3
            }
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            func put<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
                count += UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(fromContentsOf: bytes)
            }
            for (index, part) in parts.enumerated() {
                switch part {
                case .text: put(matching.exact[index])
                case .insertion(let n) where n <= strings.count: put(strings[n - 1].utf8)
                case .insertion(let n): put(Array("%\(n)".utf8))
                }
            }
            return count
        }
    }

    /// The insertion strings that make `message` from this template (unused positions empty),
    /// or nil when it does not fit. Exact first; then with runs of white space (line breaks
    /// included) counted as one space, since exports re-wrap and trim messages.
    public func match(_ message: String) -> [String]? {
        var text = MatchableMessage(message)
        return match(&text)
    }

    /// `match` for a message tried against several templates: its bytes, collapsed or not, are
    /// made once.
    func match(_ message: inout MatchableMessage) -> [String]? {
        var asWritten = TemplateMatcher(parts: parts, literals: matching.exact, count: insertionCount, choices: matching.choices, message: message.exact)
        if let strings = asWritten.run() { return strings }
        // Nothing to collapse on either side: the tolerant attempt would repeat the exact one.
        if matching.looseIsExact && message.looseIsExact { return nil }
        var tolerant = TemplateMatcher(parts: matching.looseParts, literals: matching.loose, count: insertionCount, choices: matching.choices,
                                       message: message.loose)
        return tolerant.run()
    }

    /// `text` with each run of spaces, tabs and line breaks made one space.
    static func collapsingWhiteSpace(_ text: String, trim: Bool) -> String {
        String(decoding: collapsingWhiteSpace(Array(text.utf8), trim: trim), as: UTF8.self)
    }

    /// The same over UTF-8 (the white space is ASCII, so no character is split).
    static func collapsingWhiteSpace(_ bytes: [UInt8], trim: Bool) -> [UInt8] {
        bytes.withUnsafeBufferPointer { input in
            [UInt8](unsafeUninitializedCapacity: input.count + 1) { output, count in
                var pendingSpace = false
                for byte in input {
                    if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A {
                        pendingSpace = true
                        continue
                    }
                    if pendingSpace && !(trim && count == 0) {
                        output[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    output[count] = byte
                    count += 1
                }
                if pendingSpace && !trim {
                    output[count] = 0x20
                    count += 1
                }
            }
        }
    }
}

/// A message about to be matched against templates: its UTF-8, and the same with white space
/// collapsed, made only if a template needs it.
struct MatchableMessage {
    let exact: [UInt8]
    private var collapsed: [UInt8]?
    private var collapsedIsExact = false

    init(_ message: String) {
        exact = Array(message.utf8)
    }

    var loose: [UInt8] {
        mutating get {
            if let collapsed { return collapsed }
            let made = MessageTemplate.collapsingWhiteSpace(exact, trim: true)
            collapsed = made
            collapsedIsExact = made == exact
            return made
        }
    }

    /// Collapsing the message's white space changes nothing.
    var looseIsExact: Bool {
        mutating get {
            _ = loose
            return collapsedIsExact
        }
    }
}

/// Backtracking match of template parts against a message, over its UTF-8 bytes. Each `%n`
/// takes the shortest text after which the rest still matches; the number of attempts is
/// capped so that no message can make it run long.
private struct TemplateMatcher {
    let parts: [MessageTemplate.Part]
    let literals: [[UInt8]]
    let choices: [Int: [[UInt8]]]
    let message: [UInt8]
    /// Where each `%n` starts and ends in the message, `2n-2` and `2n-1`; -1 while not placed.
    /// Plain integers: an array of optional ranges cost a generic metadata lookup per message.
    var bounds: [Int]
    /// Attempts left: each candidate end of an insertion costs one.
    var budget = 100_000

    init(parts: [MessageTemplate.Part], literals: [[UInt8]], count: Int, choices: [Int: [[UInt8]]], message: [UInt8]) {
        self.parts = parts
        self.literals = literals
        self.choices = choices
        self.message = message
        bounds = Array(repeating: -1, count: 2 * count)
    }

    mutating func run() -> [String]? {
        guard match(0, 0) else { return nil }
        return (0..<(bounds.count / 2)).map { n in capture(n).map { String(decoding: message[$0], as: UTF8.self) } ?? "" }
    }

    /// Where the 0-based insertion `n` was placed.
    private func capture(_ n: Int) -> Range<Int>? {
        bounds[2 * n] < 0 ? nil : bounds[2 * n]..<bounds[2 * n + 1]
    }

    private mutating func place(_ n: Int, _ range: Range<Int>?) {
        bounds[2 * n] = range?.lowerBound ?? -1
        bounds[2 * n + 1] = range?.upperBound ?? -1
    }

    private func hasLiteral(_ literal: [UInt8], at position: Int) -> Bool {
        guard position + literal.count <= message.count else { return false }
        return literal.withUnsafeBufferPointer { wanted in
            message.withUnsafeBufferPointer { text in
                guard let wantedBase = wanted.baseAddress, let textBase = text.baseAddress else { return true }
                return memcmp(textBase + position, wantedBase, wanted.count) == 0
            }
        }
    }

    /// The first position at or after `start` holding `byte`.
    private func position(of byte: UInt8, from start: Int) -> Int? {
        guard start < message.count else { return nil }
        return message.withUnsafeBufferPointer { text in
            guard let base = text.baseAddress, let hit = memchr(base + start, Int32(byte), text.count - start) else { return nil }
            return UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
        }
    }

    private mutating func match(_ index: Int, _ position: Int) -> Bool {
        budget -= 1
        guard budget > 0 else { return false }
        guard index < parts.count else { return position == message.count }
        switch parts[index] {
        case .text:
            let literal = literals[index]
            return hasLiteral(literal, at: position) && match(index + 1, position + literal.count)
        case .insertion(let n):
            if let earlier = capture(n - 1) {
                let repeated = Array(message[earlier])
                return hasLiteral(repeated, at: position) && match(index + 1, position + repeated.count)
            }
            // Only ends where the next literal starts (or the message ends) can succeed: the
            // candidates are found with memchr on the literal's first byte.
            let next = index + 1 < parts.count ? literals[index + 1] : nil
            var end = next == nil ? message.count : position
            while end <= message.count {
                budget -= 1
                guard budget > 0 else { return false }
                var fits = true
                if let next, let first = next.first {
                    guard let found = self.position(of: first, from: end) else { return false }
                    end = found
                    fits = hasLiteral(next, at: end)
                }
                if fits, choices[n].map({ $0.contains { message[position..<end].elementsEqual($0) } }) ?? true {
                    place(n - 1, position..<end)
                    if match(index + 1, end) { return true }
                    place(n - 1, nil)
                }
                end += 1
            }
            return false
        }
    }
}
