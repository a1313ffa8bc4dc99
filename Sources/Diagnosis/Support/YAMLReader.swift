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
