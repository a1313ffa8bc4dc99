import Yams

/// A parsed YAML document reduced to what rule and facts files use — scalars, lists and maps —
/// each with the line it starts on, so every problem can be reported as `file:line`.
///
/// Built from Yams' composed tree after `YAMLSafety` has refused anchors and aliases, and with a
/// node budget as a second guard, so no input can make the walk explode.
indirect enum YAMLNode: Sendable, Equatable {
    case scalar(String, line: Int, quoted: Bool)
    case list([YAMLNode], line: Int)
    case map([YAMLEntry], line: Int)
    case null(line: Int)

    var line: Int {
        switch self {
        case .scalar(_, let line, _), .list(_, let line), .map(_, let line), .null(let line): return line
        }
    }

    /// The scalar's text; nil for lists, maps and null.
    var text: String? {
        if case .scalar(let text, _, _) = self { return text }
        return nil
    }

    /// What the node is, for error messages ("a list", "a map").
    var kindName: String {
        switch self {
        case .scalar: return "a single value"
        case .list: return "a list"
        case .map: return "a map (key: value lines)"
        case .null: return "nothing"
        }
    }

    static let maximumBytes = 4 << 20
    static let maximumNodes = 200_000

    /// Parses one YAML document; the problems say where it went wrong.
    static func parse(_ text: String, path: String) -> Result<YAMLNode, FileProblem> {
        guard text.utf8.count <= maximumBytes else {
            return .failure(FileProblem(path: path, line: 0, "the file is larger than \(maximumBytes >> 20) MiB", hint: "split it"))
        }
        if let place = YAMLSafety.firstAnchorOrAlias(in: text) {
            return .failure(FileProblem(path: path, line: place.line, "YAML anchors and aliases (&name, *name) are not allowed",
                                        hint: "write the value out in full, or quote text that starts with * or &"))
        }
        let root: Node?
        do {
            // The basic resolver tags nothing: values are read as text and typed by the rule and
            // facts parsers, so Yams's per-scalar type guessing (regular expressions) is skipped.
            // The encoding is given: Yams's default reads the whole process environment (for
            // YAMS_DEFAULT_ENCODING) on every parse, a tenth of the time of loading the rules.
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(problem(error, path: path))
        } catch {
            return .failure(FileProblem(path: path, line: 0, "cannot read the YAML: \(error)"))
        }
        guard let root else { return .success(.null(line: 1)) }
        var budget = maximumNodes
        guard let node = convert(root, budget: &budget) else {
            return .failure(FileProblem(path: path, line: 0, "the document has more than \(maximumNodes) values", hint: "split it"))
        }
        return .success(node)
    }

    private static func convert(_ node: Node, budget: inout Int) -> YAMLNode? {
        budget -= 1
        guard budget >= 0 else { return nil }
        let line = node.mark?.line ?? 0
        switch node {
        case .scalar(let value):
            return scalar(value.string, style: ScalarStyle(value.style), line: line)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence {
                guard let converted = convert(item, budget: &budget) else { return nil }
                items.append(converted)
            }
            return .list(items, line: line)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for (key, value) in mapping {
                guard let convertedKey = convert(key, budget: &budget), let convertedValue = convert(value, budget: &budget) else { return nil }
                entries.append(YAMLEntry(key: convertedKey, value: convertedValue))
            }
            return .map(entries, line: line)
        case .alias:
            return nil
        }
    }

    /// How a scalar was written, as far as ntdiag cares: the same in a file parsed now and in the
    /// built-in rules composed at build time (`EmbeddedYAML`).
    enum ScalarStyle: UInt8 {
        case plain, singleQuoted, doubleQuoted, literal, folded

        init(_ style: Node.Scalar.Style) {
            switch style {
            case .singleQuoted: self = .singleQuoted
            case .doubleQuoted: self = .doubleQuoted
            case .literal: self = .literal
            case .folded: self = .folded
            case .any, .plain: self = .plain
            }
        }
    }

    /// A scalar as the rule and facts parsers see it: unquoted `~`, `null` and nothing are null;
    /// a block scalar loses its surrounding white space and counts as quoted (it is text).
    static func scalar(_ string: String, style: ScalarStyle, line: Int) -> YAMLNode {
        let quoted = style == .singleQuoted || style == .doubleQuoted
        if !quoted && (string.isEmpty || string == "~" || string == "null" || string == "Null" || string == "NULL") {
            return .null(line: line)
        }
        let block = style == .literal || style == .folded
        return .scalar(block ? string.trimmingSpaces : string, line: line, quoted: quoted || block)
    }

    private static func problem(_ error: YamlError, path: String) -> FileProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return FileProblem(path: path, line: mark.line, "YAML syntax: \(problem)",
                               hint: "check indentation (spaces, not tabs) and quote values containing ': ' or '#'")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return FileProblem(path: path, line: context.mark.line, "the key '\(duplicates.joined(separator: "', '"))' appears twice in one map",
                               hint: "keep one")
        case .reader(let problem, _, _, _):
            return FileProblem(path: path, line: 0, "cannot decode the file: \(problem)", hint: "save it as UTF-8")
        default:
            return FileProblem(path: path, line: 0, "cannot read the YAML: \(error)")
        }
    }
}

/// One `key: value` line of a YAML map.
struct YAMLEntry: Sendable, Equatable {
    var key: String
    var line: Int
    var value: YAMLNode

    /// An entry whose key is a node: its text (a list or map as a key is named, for messages).
    init(key: YAMLNode, value: YAMLNode) {
        switch key {
        case .scalar(let text, _, _): self.key = text
        case .null: self.key = ""
        default: self.key = "<\(key.kindName)>"
        }
        line = key.line
        self.value = value
    }
}
