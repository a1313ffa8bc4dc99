/// Reads typed values out of a `YAMLNode` tree and collects every problem with its line, so a
/// file with several mistakes reports all of them in one run.
struct YAMLReader {
    let path: String
    var problems: [FileProblem] = []

    init(path: String) { self.path = path }

    mutating func problem(_ line: Int, _ message: String, hint: String? = nil) {
        problems.append(FileProblem(path: path, line: line, message, hint: hint))
    }

    /// The entries of a map, after checking every key is one of `allowed`; nil (with a problem)
    /// when the node is not a map.
    mutating func map(_ node: YAMLNode, _ what: String, allowed: [String]) -> [String: YAMLEntry]? {
        guard case .map(let entries, _) = node else {
            problem(node.line, "\(what) must be a map (key: value lines), not \(node.kindName)")
            return nil
        }
        var fields: [String: YAMLEntry] = [:]
        for entry in entries {
            if allowed.contains(entry.key) {
                fields[entry.key] = entry
            } else {
                let suggestion = Suggestion.closest(to: entry.key, among: allowed)
                problem(entry.line, "unknown key '\(entry.key)' in \(what)",
                        hint: suggestion.map { "did you mean '\($0)'?" } ?? "allowed: " + allowed.joined(separator: ", "))
            }
        }
        return fields
    }

    /// A required or optional text value.
    mutating func text(_ fields: [String: YAMLEntry], _ key: String, in what: String, required: Bool = false, at line: Int) -> String? {
        guard let entry = fields[key], !entry.value.isNull else {
            if required { problem(line, "\(what) needs '\(key)'") }
            return nil
        }
        guard let text = entry.value.text else {
            problem(entry.line, "'\(key)' must be a single value, not \(entry.value.kindName)")
            return nil
        }
        return text
    }

    /// A whole number within `range`.
    mutating func integer(_ node: YAMLNode, _ what: String, range: ClosedRange<Int>) -> Int? {
        guard let text = node.text, let value = Int(text.filter { $0 != "_" && $0 != "," }), range.contains(value) else {
            problem(node.line, "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound)", hint: "found \(node.textOrKind)")
            return nil
        }
        return value
    }

    /// One value or a list of values, as texts.
    mutating func texts(_ node: YAMLNode, _ what: String) -> [String] {
        switch node {
        case .scalar(let text, _, _): return [text]
        case .list(let items, _):
            return items.compactMap { item in
                guard let text = item.text else {
                    problem(item.line, "each entry of \(what) must be a single value, not \(item.kindName)")
                    return nil
                }
                return text
            }
        default:
            problem(node.line, "\(what) must be a value or a list of values, not \(node.kindName)")
            return []
        }
    }

    /// A duration such as `30s`, `10m`, `4h`, `7d`, `2w`, in seconds.
    mutating func duration(_ node: YAMLNode, _ what: String) -> Int64? {
        guard let text = node.text, let seconds = Duration.seconds(text) else {
            problem(node.line, "\(what) must be a duration such as 30s, 10m, 4h, 7d or 2w", hint: "found \(node.textOrKind)")
            return nil
        }
        return seconds
    }
}

extension YAMLNode {
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The scalar's text in quotes, or what the node is.
    var textOrKind: String { text.map { "'\($0)'" } ?? kindName }
}

/// Durations as rules write them.
public enum Duration {
    /// `30s`, `10m`, `4h`, `7d`, `2w` (also `10 min`, `7 days`) → seconds; nil otherwise.
    static func seconds(_ text: String) -> Int64? {
        let compact = text.lowercased().filter { !$0.isWhitespace }
        let digits = compact.prefix { $0.isASCIIDigitCharacter }
        guard !digits.isEmpty, let count = Int64(digits), count >= 0, count < 1_000_000 else { return nil }
        let unit: Int64
        switch compact.dropFirst(digits.count) {
        case "s", "sec", "secs", "second", "seconds": unit = 1
        case "m", "min", "mins", "minute", "minutes": unit = 60
        case "h", "hour", "hours": unit = 3600
        case "d", "day", "days": unit = 86_400
        case "w", "week", "weeks": unit = 604_800
        default: return nil
        }
        return count * unit
    }

    /// 604800 → `7d`, 5400 → `90m`: the largest unit that divides exactly.
    public static func text(_ seconds: Int64) -> String {
        for (unit, name) in [(Int64(86_400), "d"), (3600, "h"), (60, "m")] where seconds >= unit && seconds % unit == 0 {
            return "\(seconds / unit)\(name)"
        }
        return "\(seconds)s"
    }

    /// 9.3 days, 5 hours, 40 minutes: a length of time as a person says it.
    static func spoken(_ seconds: Int64) -> String {
        if seconds >= 86_400 { return FactValue.format((Double(seconds) / 86_400 * 10).rounded() / 10) + " days" }
        if seconds >= 3600 { return FactValue.format((Double(seconds) / 3600 * 10).rounded() / 10) + " hours" }
        if seconds >= 60 { return "\(seconds / 60) minutes" }
        return "\(seconds) seconds"
    }
}

/// "Did you mean …?" for misspelt keys and names.
enum Suggestion {
    /// The candidate nearest to `word` by edit distance, if it is near enough to be a typo.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance <= max(1, target.count / 3), distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
