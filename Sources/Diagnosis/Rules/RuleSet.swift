import Foundation

/// The rules in force for a run: the built-in ones, plus or overridden by a directory
/// (`--rules DIR`), with every problem met while loading them.
///
/// A broken rule file is reported and left out; the others still load.
public struct RuleSet: Sendable {
    public private(set) var rules: [Rule] = []
    public private(set) var problems: [FileProblem] = []
    public private(set) var index = RuleIndex(rules: [])

    public init(rules: [Rule] = [], problems: [FileProblem] = []) {
        self.problems = problems
        replaceRules(rules)
    }

    /// The rules that ship inside ntdiag (embedded from `Rules/*.yaml` at build time). A
    /// diagnosis does not need their test cases (`swift test` runs them all): without them
    /// loading costs a sixth less, on every run.
    /// The tree composed at build time is read when there is one; the text is parsed otherwise
    /// (RuleEmbedder leaves out the tree of a file it could not compose, so that its problem is
    /// reported here as for any rule file).
    public static func builtIn(withTests: Bool = true) -> RuleSet {
        parse(BuiltInRules.files.map { file in
            let path = "Rules/" + file.name
            return (path, { file.tree.flatMap(EmbeddedYAML.decode).map { .success($0) } ?? YAMLNode.parse(file.text, path: path) })
        }, withTests: withTests)
    }

    /// Every `*.yaml` (and `*.yml`) file of a directory, in name order.
    public static func load(directory: String) -> RuleSet {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            return RuleSet(problems: [FileProblem(path: directory, line: 0, "cannot read the rules directory: \(error.localizedDescription)")])
        }
        var files: [(path: String, text: String)] = []
        var problems: [FileProblem] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            do {
                files.append((path, try String(contentsOfFile: path, encoding: .utf8)))
            } catch {
                problems.append(FileProblem(path: path, line: 0, "cannot read the file", hint: "is it UTF-8 text?"))
            }
        }
        if files.isEmpty && problems.isEmpty {
            problems.append(FileProblem(path: directory, line: 0, "no rule files (*.yaml) in the directory"))
        }
        var set = parse(files)
        set.problems = problems + set.problems
        return set
    }

    /// Parses rule files given as text (paths are used in messages and checked against ids).
    public static func parse(_ files: [(path: String, text: String)], withTests: Bool = true) -> RuleSet {
        parse(files.map { file in (file.path, { YAMLNode.parse(file.text, path: file.path) }) }, withTests: withTests)
    }

    /// Rule documents, each parsed when its turn comes.
    static func parse(_ files: [(path: String, document: () -> Result<YAMLNode, FileProblem>)], withTests: Bool) -> RuleSet {
        var rules: [Rule] = []
        var problems: [FileProblem] = []
        var seen: [String: String] = [:]
        for file in files {
            var parser = RuleParser(path: file.path, withTests: withTests)
            let rule = parser.parse(document: file.document())
            problems += parser.reader.problems
            guard let rule else { continue }
            let stem = file.path.lastPathComponent.split(separator: ".").first.map(String.init) ?? ""
            if RuleParser.isKBIdentifier(stem) && stem != rule.id {
                problems.append(FileProblem(path: file.path, line: 1, "the id '\(rule.id)' does not match the file name", hint: "name the file \(rule.id).yaml"))
                continue
            }
            if let other = seen[rule.id] {
                problems.append(FileProblem(path: file.path, line: 1, "the id '\(rule.id)' is also used by \(other)", hint: "one rule per KB article"))
                continue
            }
            seen[rule.id] = file.path
            rules.append(rule)
        }
        return RuleSet(rules: rules, problems: problems)
    }

    /// This set with `other`'s rules added; a rule with the same id replaces the one here.
    public func overridden(by other: RuleSet) -> RuleSet {
        var byID: [String: Rule] = [:]
        for rule in rules { byID[rule.id] = rule }
        for rule in other.rules { byID[rule.id] = rule }
        return RuleSet(rules: Array(byID.values), problems: problems + other.problems)
    }

    public func rule(id: String) -> Rule? { rules.first { $0.id.lowercased() == id.lowercased() } }

    /// The event IDs of the symptoms judged week by week (`rising`): the history loads its day
    /// counts for these only.
    public var weeklyTrendEventIDs: Set<UInt16> {
        var ids: Set<UInt16> = []
        for rule in rules {
            for symptom in rule.symptoms {
                if case .risingWeekly = symptom.trend, case .event(let pattern) = symptom.kind { ids.formUnion(pattern.ids) }
            }
        }
        return ids
    }

    private mutating func replaceRules(_ newRules: [Rule]) {
        rules = newRules.sorted { $0.id.count != $1.id.count ? $0.id.count < $1.id.count : $0.id < $1.id }
        index = RuleIndex(rules: rules)
    }
}
