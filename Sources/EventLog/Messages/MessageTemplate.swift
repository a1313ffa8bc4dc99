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

    /// The parts laid out for matching, as written and with white space collapsed, and the
    /// choices as bytes.
    private final class Matching: Sendable {
        let exact: PartLayout
        let loose: PartLayout
        let choices: [Int: [[UInt8]]]
        /// The literals have no white space to collapse.
        let looseIsExact: Bool

        init(parts: [Part], choices: [Int: [String]]) {
            exact = PartLayout(parts) { Array($0.utf8) }
            loose = PartLayout(parts) { MessageTemplate.collapsingWhiteSpace(Array($0.utf8), trim: false) }
            looseIsExact = exact.bytes == loose.bytes
            self.choices = choices.mapValues { $0.map { Array($0.utf8) } }
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
            case .text: length += matching.exact.literalCount(index)
            case .insertion(let n): length += n <= strings.count ? strings[n - 1].utf8.count : 3
            }
        }
        let layout = matching.exact
        return layout.bytes.withUnsafeBufferPointer { literals in
            String(unsafeUninitializedCapacity: length) { buffer in
                var count = 0
                func put<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
                    count += UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(fromContentsOf: bytes)
                }
                for (index, part) in parts.enumerated() {
                    switch part {
                    case .text: put(UnsafeBufferPointer(rebasing: literals[layout.literalRange(index)]))
                    case .insertion(let n) where n <= strings.count: put(strings[n - 1].utf8)
                    case .insertion(let n): put(Array("%\(n)".utf8))
                    }
                }
                return count
            }
        }
    }

    /// The insertion strings that make `message` from this template (unused positions empty),
    /// or nil when it does not fit. Exact first; then with runs of white space (line breaks
    /// included) counted as one space, since exports re-wrap and trim messages.
    public func match(_ message: String) -> [String]? {
        var text = MatchableMessage(message)
        return match(&text)
    }

    /// `match` for a message tried against several templates: its bytes are read in place, and
    /// the collapsed copy is made once, if a template needs it.
    func match(_ message: inout MatchableMessage) -> [String]? {
        let choices = matching.choices
        if let strings = message.withExact({ TemplateMatcher.run(matching.exact, count: insertionCount, choices: choices, message: $0) }) {
            return strings
        }
        // Nothing to collapse on either side: the tolerant attempt would repeat the exact one.
        if matching.looseIsExact && message.looseIsExact { return nil }
        return message.withLoose { TemplateMatcher.run(matching.loose, count: insertionCount, choices: choices, message: $0) }
    }

    /// `text` with each run of spaces, tabs and line breaks made one space.
    static func collapsingWhiteSpace(_ text: String, trim: Bool) -> String {
        String(decoding: collapsingWhiteSpace(Array(text.utf8), trim: trim), as: UTF8.self)
    }

    /// The same over UTF-8 (the white space is ASCII, so no character is split).
    static func collapsingWhiteSpace(_ bytes: [UInt8], trim: Bool) -> [UInt8] {
        bytes.withUnsafeBufferPointer { collapsingWhiteSpace($0, trim: trim) }
    }

    static func collapsingWhiteSpace(_ input: UnsafeBufferPointer<UInt8>, trim: Bool) -> [UInt8] {
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

/// A template's parts as matching reads them: per part, whether it is a literal or which `%n`,
/// and where the literal's bytes are in one shared array (no array per literal to retain and
/// release at every step of a match).
private struct PartLayout: Sendable {
    /// Three numbers per part: the insertion number (0 for a literal), then the literal's start
    /// and end in `bytes` (equal for an insertion).
    let layout: [Int]
    let bytes: [UInt8]

    init(_ parts: [MessageTemplate.Part], literal: (String) -> [UInt8]) {
        var layout: [Int] = []
        var bytes: [UInt8] = []
        for part in parts {
            switch part {
            case .text(let text):
                layout.append(0)
                layout.append(bytes.count)
                bytes.append(contentsOf: literal(text))
                layout.append(bytes.count)
            case .insertion(let n):
                layout.append(contentsOf: [n, bytes.count, bytes.count])
            }
        }
        self.layout = layout
        self.bytes = bytes
    }

    func literalRange(_ part: Int) -> Range<Int> { layout[3 * part + 1]..<layout[3 * part + 2] }
    func literalCount(_ part: Int) -> Int { layout[3 * part + 2] - layout[3 * part + 1] }
}

/// A message about to be matched against templates: its UTF-8 as the string holds it, and the
/// same with white space collapsed, made only if a template needs it.
struct MatchableMessage {
    private var message: String
    private var collapsed: [UInt8]?
    private var collapsedIsExact = false

    init(_ message: String) {
        self.message = message
    }

    /// Calls `body` with the message's bytes (a native string's own storage: nothing is copied).
    mutating func withExact<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        message.withUTF8(body)
    }

    /// Calls `body` with the bytes with white space collapsed.
    mutating func withLoose<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        loose.withUnsafeBufferPointer(body)
    }

    private var loose: [UInt8] {
        mutating get {
            if let collapsed { return collapsed }
            let (made, same) = message.withUTF8 { exact in
                let made = MessageTemplate.collapsingWhiteSpace(exact, trim: true)
                return (made, made.count == exact.count && made.withUnsafeBufferPointer { collapsed in
                    guard let left = collapsed.baseAddress, let right = exact.baseAddress else { return true }
                    return memcmp(left, right, exact.count) == 0
                })
            }
            collapsed = made
            collapsedIsExact = same
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
///
/// Works on borrowed buffers for the length of one match: the template's layout and literal
/// bytes, the message's bytes, and the insertions' bounds on the stack.
private struct TemplateMatcher {
    let layout: UnsafeBufferPointer<Int>
    let literals: UnsafeBufferPointer<UInt8>
    let choices: [Int: [[UInt8]]]
    let message: UnsafeBufferPointer<UInt8>
    /// Where each `%n` starts and ends in the message, `2n-2` and `2n-1`; -1 while not placed.
    let bounds: UnsafeMutableBufferPointer<Int>
    /// Attempts left: each candidate end of an insertion costs one.
    var budget = 100_000

    /// The insertion strings (unused positions empty), or nil when the message does not fit.
    static func run(_ parts: PartLayout, count: Int, choices: [Int: [[UInt8]]], message: UnsafeBufferPointer<UInt8>) -> [String]? {
        parts.layout.withUnsafeBufferPointer { layout in
            parts.bytes.withUnsafeBufferPointer { literals in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * count) { bounds in
                    bounds.initialize(repeating: -1)
                    var matcher = TemplateMatcher(layout: layout, literals: literals, choices: choices, message: message, bounds: bounds)
                    guard matcher.match(0, 0) else { return nil }
                    return (0..<count).map { n in
                        matcher.capture(n).map { String(decoding: UnsafeBufferPointer(rebasing: message[$0]), as: UTF8.self) } ?? ""
                    }
                }
            }
        }
    }

    private var partCount: Int { layout.count / 3 }

    /// Where the 0-based insertion `n` was placed.
    private func capture(_ n: Int) -> Range<Int>? {
        bounds[2 * n] < 0 ? nil : bounds[2 * n]..<bounds[2 * n + 1]
    }

    private func place(_ n: Int, _ range: Range<Int>?) {
        bounds[2 * n] = range?.lowerBound ?? -1
        bounds[2 * n + 1] = range?.upperBound ?? -1
    }

    /// Whether the message holds `length` bytes at `position` equal to those at `bytes`.
    private func has(_ bytes: UnsafePointer<UInt8>?, _ length: Int, at position: Int) -> Bool {
        guard position + length <= message.count else { return false }
        guard length > 0, let bytes, let text = message.baseAddress else { return true }
        return memcmp(text + position, bytes, length) == 0
    }

    /// The literal of part `index`, as a start and a length in `literals`.
    private func literal(_ index: Int) -> (start: UnsafePointer<UInt8>?, count: Int) {
        let start = layout[3 * index + 1]
        return (literals.baseAddress.map { $0 + start }, layout[3 * index + 2] - start)
    }

    /// The first position at or after `start` holding `byte`.
    private func position(of byte: UInt8, from start: Int) -> Int? {
        guard start < message.count, let base = message.baseAddress,
              let hit = memchr(base + start, Int32(byte), message.count - start) else { return nil }
        return UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
    }

    private mutating func match(_ index: Int, _ position: Int) -> Bool {
        budget -= 1
        guard budget > 0 else { return false }
        guard index < partCount else { return position == message.count }
        let n = layout[3 * index]
        if n == 0 {
            let (bytes, count) = literal(index)
            return has(bytes, count, at: position) && match(index + 1, position + count)
        }
        if let earlier = capture(n - 1) {
            return has(message.baseAddress.map { $0 + earlier.lowerBound }, earlier.count, at: position)
                && match(index + 1, position + earlier.count)
        }
        // Only ends where the next literal starts (or the message ends) can succeed: the
        // candidates are found with memchr on the literal's first byte. Before another insertion
        // (an empty literal), every end is a candidate, shortest first.
        let next = index + 1 < partCount ? literal(index + 1) : nil
        let allowed = choices.isEmpty ? nil : choices[n]
        var end = next == nil ? message.count : position
        while end <= message.count {
            budget -= 1
            guard budget > 0 else { return false }
            var fits = true
            if let next, next.count > 0, let first = next.start?.pointee {
                guard let found = self.position(of: first, from: end) else { return false }
                end = found
                fits = has(next.start, next.count, at: end)
            }
            if fits, allowed.map({ $0.contains { UnsafeBufferPointer(rebasing: message[position..<end]).elementsEqual($0) } }) ?? true {
                place(n - 1, position..<end)
                if match(index + 1, end) { return true }
                place(n - 1, nil)
            }
            end += 1
        }
        return false
    }
}
