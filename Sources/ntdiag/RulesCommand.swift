import ArgumentParser
import Diagnosis
import Reports

/// `ntdiag rules`: list, show, validate and test the rules (the built-in ones, or a directory's).
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, show, validate and test the rules.",
        discussion: "The rules ship inside ntdiag; --rules DIR (list, show) adds or replaces rules from a directory.",
        subcommands: [List.self, Show.self, Validate.self, Test.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules: id, severity, fix, symptoms and title.")

        @Option(name: .customLong("rules"), help: ArgumentHelp("Also load the rules of this directory.", valueName: "dir"))
        var rulesDirectory: String?

        func run() throws {
            let rules = RuleLoading.rules(directory: rulesDirectory)
            let out = OutputWriter.standardOutput()
            for problem in rules.problems { OutputWriter.standardError().line("ntdiag: " + problem.description) }
            out.line(RuleText.listHeader)
            for rule in rules.rules { out.line(RuleText.listRow(rule)) }
            out.flush()
            if !rules.problems.isEmpty { throw ExitStatus.inputFailed }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one rule in full: symptoms, conditions, fix and test cases.")

        @Argument(help: "The rule's id, e.g. Q196745.")
        var id: String

        @Option(name: .customLong("rules"), help: ArgumentHelp("Also load the rules of this directory.", valueName: "dir"))
        var rulesDirectory: String?

        func run() throws {
            let rules = RuleLoading.rules(directory: rulesDirectory)
            guard let rule = rules.rule(id: id) else {
                throw ValidationError("no rule '\(id)'; `ntdiag rules list` shows them all")
            }
            let out = OutputWriter.standardOutput()
            out.write(RuleText.details(rule))
            out.flush()
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check rule files and report every problem as file:line with a hint.",
            discussion: "Without DIR, checks the built-in rules. Exit status 0 when every file is valid, 2 otherwise."
        )

        @Argument(help: "A directory of rule files (*.yaml).")
        var directory: String?

        func run() throws {
            let (rules, out) = RuleLoading.checked(directory)
            out.line("\(rules.rules.count) rule\(rules.rules.count == 1 ? "" : "s") valid, \(rules.problems.count) problem\(rules.problems.count == 1 ? "" : "s")")
            out.flush()
            if !rules.problems.isEmpty { throw ExitStatus.inputFailed }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's test cases through the engine.",
            discussion: "Without DIR, tests the built-in rules. Exit status 0 when all pass, 1 when a case fails, 2 when a rule file is broken."
        )

        @Argument(help: "A directory of rule files (*.yaml).")
        var directory: String?

        @Flag(help: "Print every case, not only the failures.")
        var verbose = false

        func run() throws {
            let (rules, out) = RuleLoading.checked(directory)
            let outcomes = RuleTestRunner.run(rules)
            for outcome in outcomes where verbose || !outcome.passed { out.line(outcome.description) }
            let failed = outcomes.filter { !$0.passed }.count
            out.line("\(outcomes.count - failed) of \(outcomes.count) cases passed in \(rules.rules.count) rule\(rules.rules.count == 1 ? "" : "s")")
            out.flush()
            if !rules.problems.isEmpty { throw ExitStatus.inputFailed }
            if failed > 0 { throw ExitCode(1) } // a rule does not do what its cases say
        }
    }
}

extension RuleLoading {
    /// The rules of a directory (or the built-in ones) with their problems already printed, and
    /// the writer for the rest of the output (`rules validate` and `rules test`).
    static func checked(_ directory: String?) -> (RuleSet, OutputWriter) {
        let rules = directory.map(RuleSet.load) ?? RuleSet.builtIn()
        let out = OutputWriter.standardOutput()
        for problem in rules.problems { out.line(problem.description) }
        return (rules, out)
    }
}
