/// Recovers the insertion strings from the text Windows writes when it cannot find an event's
/// message ("The description for Event ID ( 7036 ) in Source ( X ) could not be found. It contains
/// the following insertion string(s): DHCP Server, running.").
///
/// Text exports carry only rendered messages, so for events whose message file was missing on the
/// exporting machine this sentence is the only place the strings survive. Three forms are known
/// (English only): NT 4.0's "It contains the following insertion string(s): a, b.", 2000/XP/2003's
/// "The following information is part of the event: a, b." (PowerShell quotes each string), and
/// Vista+'s "The following information was included with the event:" followed by one string per
/// line. Strings that themselves contain ", " cannot be told apart in the first two forms.
enum MissingDescriptionStrings {
    private static let prefix = Array("The description for Event ID".utf8)

    /// Cheap test on the message bytes, so only messages of this form pay for parsing.
    static func mayApply(_ message: TextBytes) -> Bool { message.hasPrefix(prefix) }

    /// The insertion strings the message lists, or nil when it is not of this form.
    static func strings(in message: String) -> [String]? {
        let markers = [
            "It contains the following insertion string(s):",
            "The following information is part of the event:",
            "The following information was included with the event:",
        ]
        guard message.hasPrefix("The description for Event ID") else { return nil }
        for marker in markers {
            guard let range = message.firstRange(of: marker) else { continue }
            let rest = message[range.upperBound...]
            if marker.hasPrefix("The following information was included") {
                return lines(of: rest)
            }
            return commaSeparated(rest)
        }
        return nil
    }

    private static func commaSeparated(_ text: Substring) -> [String] {
        var body = text.trimmingWhitespace()
        if body.hasSuffix(".") { body = body.dropLast() }
        guard !body.isEmpty else { return [] }
        return body.split(separator: ", ", omittingEmptySubsequences: false).map { item in
            var value = item.trimmingWhitespace()
            if value.count >= 2, value.first == "'", value.last == "'" { value = value.dropFirst().dropLast() }
            return String(value)
        }
    }

    private static func lines(of text: Substring) -> [String] {
        var result: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let value = line.trimmingWhitespace()
            if value.hasPrefix("The message resource is present") || value.hasPrefix("The locale specific resource") { break }
            result.append(String(value))
        }
        while result.first?.isEmpty == true { result.removeFirst() }
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }
}
