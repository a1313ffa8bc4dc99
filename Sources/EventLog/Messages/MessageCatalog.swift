#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built-in message table: the texts NT would show for the events ntdiag's rules and fact
/// inference look at, so that an `.evt` file (which stores only insertion strings) gets the same
/// messages as an XML or text export, and a text export (which stores only messages) gets back
/// its insertion strings.
///
/// Entries are keyed by source, normalised (`Service Control Manager`, `service control
/// manager` and `ServiceControlManager` are one key; `Event Log` is `EventLog`), and the 16-bit
/// event ID. Some events have variants (NT 4.0 and later Windows word them differently); the
/// first variant whose condition holds renders, and every variant is tried when matching.
/// Events with no entry render as NT 4.0's Event Viewer renders them without the message file.
public enum MessageCatalog {
    /// The messages of one source, looked up once and reused for its events.
    public struct SourceMessages: Sendable {
        public let source: String
        let entries: [UInt16: [MessageEntry]]
        let parameters: [Int: String]

        /// The template for an event with these strings, if the catalog knows the event.
        public func template(id: UInt16, strings: [String]) -> MessageTemplate? {
            entries[id]?.first { $0.condition.holds(for: strings) }?.template
        }

        /// The insertion strings that make `message` from one of the event's templates, or nil.
        public func insertionStrings(id: UInt16, message: String) -> [String]? {
            guard let candidates = entries[id] else { return nil }
            var text = MatchableMessage(message)
            for entry in candidates {
                if let strings = entry.template.match(&text) { return strings }
            }
            return nil
        }

        /// The message Event Viewer would show for the event.
        public func message(id: UInt16, strings: [String]) -> String {
            guard let template = template(id: id, strings: strings) else {
                return MessageCatalog.notFoundMessage(source: source, id: id, strings: strings)
            }
            let message = template.render(strings)
            return parameters.isEmpty || !MessageCatalog.hasParameterReference(message) ? message : resolvingParameters(message)
        }

        /// Replaces each `%%nnn` whose parameter message is known.
        private func resolvingParameters(_ message: String) -> String {
            var out = ""
            var rest = Substring(message)
            while let range = rest.firstRange(of: "%%") {
                out += rest[..<range.lowerBound]
                let digits = rest[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
                if let number = Int(digits), let text = parameters[number] {
                    out += text
                } else {
                    out += "%%" + digits
                }
                rest = rest[range.upperBound...].dropFirst(digits.count)
            }
            return out + rest
        }
    }

    /// The catalog's view of one source (empty when it knows none of its events).
    public static func messages(forSource source: String) -> SourceMessages {
        let key = normalisedSource(source)
        return SourceMessages(source: source, entries: table[key] ?? [:], parameters: parameterTables[key] ?? [:])
    }

    /// The message of an event: from its template when known, else Event Viewer's "could not be
    /// found" text listing the strings.
    public static func message(source: String, id: UInt16, strings: [String]) -> String {
        messages(forSource: source).message(id: id, strings: strings)
    }

    /// The template that renders an event with these strings, if the catalog knows the event.
    public static func template(source: String, id: UInt16, strings: [String] = []) -> MessageTemplate? {
        messages(forSource: source).template(id: id, strings: strings)
    }

    /// The insertion strings of a rendered message: from a known template of the event, or from
    /// Event Viewer's "could not be found … insertion string(s): a, b." (and the 2000/XP "The
    /// following information is part of the event: a, b.") text. Nil when neither fits.
    public static func insertionStrings(source: String, id: UInt16, message: String) -> [String]? {
        notFoundStrings(message) ?? messages(forSource: source).insertionStrings(id: id, message: message)
    }

    /// What NT 4.0's Event Viewer shows for an event whose message file it cannot load.
    public static func notFoundMessage(source: String, id: UInt16, strings: [String]) -> String {
        "The description for Event ID ( \(id) ) in Source ( \(source) ) could not be found. It contains the following insertion string(s): "
            + strings.joined(separator: ", ") + "."
    }

    /// The strings listed in a "could not be found" message (split at ", ", so a string that
    /// itself holds ", " comes back in pieces: the text cannot tell). Vista and later list them
    /// one per line after "The following information was included with the event:"; PowerShell
    /// quotes each one (`'DHCP Server', 'running'`).
    static func notFoundStrings(_ message: String) -> [String]? {
        guard message.hasPrefix("The description for Event ID") else { return nil }
        if let marker = ByteSearch.range(of: "The following information was included with the event:", in: message) {
            var lines = message[marker.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingWhitespace() }
            if let end = lines.firstIndex(where: { $0.hasPrefix("The message resource is present") || $0.hasPrefix("The locale specific resource") }) {
                lines.removeSubrange(end...)
            }
            while lines.first?.isEmpty == true { lines.removeFirst() }
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines.map(String.init)
        }
        let markers = ["It contains the following insertion string(s):", "The following information is part of the event:"]
        guard let marker = markers.lazy.compactMap({ ByteSearch.range(of: $0, in: message) }).first else { return nil }
        var list = message[marker.upperBound...].trimmingWhitespace()
        if list.hasSuffix(".") { list.removeLast() }
        return list.isEmpty ? [] : list.split(separator: ", ", omittingEmptySubsequences: false).map { item in
            let value = item.trimmingWhitespace()
            return String(value.count >= 2 && value.first == "'" && value.last == "'" ? value.dropFirst().dropLast() : value)
        }
    }

    /// The lookup key of a source: its letters and digits, lower-cased, with known aliases
    /// folded (`Applications Popup`, as some KB articles spell it, is `Application Popup`).
    /// True when `text` holds `%%`, the start of a parameter reference (a byte scan: this runs
    /// for every record of a `.evt` file).
    static func hasParameterReference(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            // memchr skips to each `%`: messages are long and `%` is rare.
            while index + 1 < bytes.count, let found = memchr(base + index, 0x25, bytes.count - index - 1) {
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                if bytes[index] == 0x25 { return true }
            }
            return false
        }
    }

    public static func normalisedSource(_ source: String) -> String {
        var key = ""
        if source.utf8.allSatisfy({ $0 < 0x80 }) {
            // Nearly every source name is ASCII: bytes instead of Unicode properties (~20x faster).
            let kept = source.utf8.compactMap { byte -> UInt8? in
                if byte >= 0x30 && byte <= 0x39 { return byte }
                let lower = byte | 0x20
                return lower >= 0x61 && lower <= 0x7A ? lower : nil
            }
            key = String(decoding: kept, as: UTF8.self)
        } else {
            for scalar in source.unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                key += scalar.properties.lowercaseMapping
            }
        }
        return sourceAliases[key] ?? key
    }

    static let sourceAliases = ["applicationspopup": "applicationpopup", "svr": "srv", "dhcpsrv": "dhcpserver"]

    private static let table: [String: [UInt16: [MessageEntry]]] = {
        var table: [String: [UInt16: [MessageEntry]]] = [:]
        for entry in NTMessageTable.entries {
            table[normalisedSource(entry.source), default: [:]][entry.id, default: []].append(entry)
        }
        return table
    }()

    private static let parameterTables: [String: [Int: String]] = [
        normalisedSource("Service Control Manager"): NTMessageTable.win32Errors,
    ]
}
