import ArgumentParser
import Diagnosis
import Foundation

/// The options that say what is known before reading any log, shared by `analyze` and `audit`:
/// facts files, single facts, and extra rules.
struct DiagnosisOptions: ParsableArguments {
    @Option(name: .customLong("facts"), help: ArgumentHelp("A YAML facts file (repeatable; later files win).", valueName: "file"))
    var factsFiles: [String] = []

    @Option(name: .customLong("fact"), help: ArgumentHelp("A fact for every machine (NAME=VALUE) or one machine (HOST:NAME=VALUE); repeatable, wins over facts files.", valueName: "fact"))
    var factArguments: [String] = []

    @Option(name: .customLong("rules"), help: ArgumentHelp("A directory of extra rules (*.yaml); a rule with the id of a built-in one replaces it.", valueName: "dir"))
    var rulesDirectory: String?

    func validate() throws {
        for argument in factArguments {
            if case .failure(let error) = FactArgument.parse(argument) { throw ValidationError(error.description) }
        }
    }

    /// The rules, the given facts, and the problems met in facts files (rule problems are in the rule set).
    func load() -> (rules: RuleSet, given: GivenFacts, problems: [FileProblem]) {
        let rules = RuleLoading.rules(directory: rulesDirectory, withTests: false)
        var given = GivenFacts()
        var problems: [FileProblem] = []
        for path in factsFiles {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                problems.append(FileProblem(path: path, line: 0, "cannot read the facts file", hint: "check the path; it must be UTF-8 YAML"))
                continue
            }
            let parsed = FactsFileParser.parse(text, path: path)
            given.add(parsed.facts)
            problems += parsed.problems
        }
        for argument in factArguments {
            guard case .success(let parsed) = FactArgument.parse(argument) else { continue }
            if let host = parsed.host { given.add([parsed.fact], host: host) } else { given.addDefaults([parsed.fact]) }
        }
        return (rules, given, problems)
    }
}
