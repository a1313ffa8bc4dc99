/// Reads a facts file: what a person knows about the machines that the logs do not say.
///
/// ```yaml
/// defaults:              # every machine
///   architecture: x86
/// hosts:                 # one section per computer name (case-insensitive)
///   NTSRV01:
///     users: 450
///     groups_per_user: 14
///     services: [DHCP Server, WINS]
/// ```
public enum FactsFileParser {
    /// The facts, or the problems (each with its line); a broken entry is skipped, the rest kept.
    public static func parse(_ text: String, path: String) -> (facts: GivenFacts, problems: [FileProblem]) {
        var reader = YAMLReader(path: path)
        var given = GivenFacts()
        let root: YAMLNode
        switch YAMLNode.parse(text, path: path) {
        case .success(let node): root = node
        case .failure(let problem): return (given, [problem])
        }
        if root.isNull { return (given, []) }
        guard let fields = reader.map(root, "a facts file", allowed: ["defaults", "hosts"]) else {
            return (given, reader.problems)
        }
        if let entry = fields["defaults"] {
            given.addDefaults(facts(entry.value, "defaults", reader: &reader) { .factsFile(path: path, line: $0) })
        }
        if let entry = fields["hosts"] {
            if case .map(let hosts, _) = entry.value {
                for host in hosts {
                    given.add(facts(host.value, "the section of \(host.key)", reader: &reader) { .factsFile(path: path, line: $0) }, host: host.key)
                }
            } else if !entry.value.isNull {
                reader.problem(entry.line, "hosts must be a map from computer name to facts", hint: "e.g. hosts: { NTSRV01: { users: 450 } }")
            }
        }
        if fields.isEmpty {
            reader.problem(root.line, "a facts file has 'defaults:' and/or 'hosts:'", hint: "put facts for every machine under defaults:")
        }
        return (given, reader.problems)
    }

    static func facts(_ node: YAMLNode, _ what: String, reader: inout YAMLReader, source: (Int) -> FactSource) -> [Fact] {
        if node.isNull { return [] }
        guard case .map(let entries, _) = node else {
            reader.problem(node.line, "\(what) must be a map of fact: value lines, not \(node.kindName)")
            return []
        }
        return entries.compactMap { entry in
            fact(name: entry.key, node: entry.value, source: source(entry.line), reader: &reader)
        }
    }

    /// One `name: value` fact; a list value is accepted for list facts (services, hotfixes).
    static func fact(name: String, node: YAMLNode, source: FactSource, reader: inout YAMLReader) -> Fact? {
        guard FactName.isWellFormed(name) else {
            reader.problem(node.line, "'\(name)' is not a fact name",
                           hint: Suggestion.closest(to: name, among: FactName.ordered).map { "did you mean '\($0)'?" } ?? "use lower_case_with_underscores")
            return nil
        }
        if case .list = node {
            guard FactName.kind(of: name) == .list || FactName.kind(of: name) == .free else {
                reader.problem(node.line, "\(name) takes one value, not a list")
                return nil
            }
            return Fact(name: name, value: FactParser.list(reader.texts(node, name)), source: source)
        }
        guard let text = node.text else {
            reader.problem(node.line, "\(name) needs a value")
            return nil
        }
        switch FactParser.parse(name: name, text: text) {
        case .success(let value): return Fact(name: name, value: value, source: source)
        case .failure(let error):
            reader.problem(node.line, "'\(text)' is not a value of \(name)", hint: "expected \(error.expected)")
            return nil
        }
    }
}
