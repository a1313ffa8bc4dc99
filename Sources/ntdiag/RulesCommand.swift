import ArgumentParser
import Diagnosis
import Foundation
import Reports

/// `ntdiag rules`: list, show, validate and test the rules (the built-in ones, or a directory's).
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, show, validate and test the rules, and see which facts they use.",
        discussion: "The rules ship inside ntdiag; --rules DIR (list, show) adds or replaces rules from a directory.",
        subcommands: [List.self, Show.self, Facts.self, Validate.self, Test.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the rules: id, severity, fix, symptoms and title; filter them, or count them.",
            discussion: "Filters combine: every one given must hold. --counts prints how the listed rules spread over fixes, symptom kinds and services."
        )

        @OptionGroup var extraRules: ExtraRules

        @Option(name: .customLong("fixed-in"), help: ArgumentHelp("Only rules fixed in this service pack (SP4, SP6a), or by a hotfix (hotfix, or its id).", valueName: "fix"))
        var fixedIn: String?

        @Option(help: ArgumentHelp("Only rules with this kind of symptom: event, stop, service-cycles, counter or absent.", valueName: "kind"))
        var symptom: String?

        @Option(help: ArgumentHelp("Only rules about this service (a condition, cycles, or an event source of it), e.g. \"DHCP Server\".", valueName: "name"))
        var service: String?

        @Option(help: ArgumentHelp("Only rules for this STOP code, e.g. 0A or 0xC000021A.", valueName: "code"))
        var stop: String?

        @Option(help: ArgumentHelp("Only rules for this event ID.", valueName: "id"))
        var event: UInt16?

        @Option(help: ArgumentHelp("Only rules that test this fact, e.g. processors.", valueName: "name"))
        var fact: String?

        @Option(help: ArgumentHelp("Only rules of this severity: low, medium, high or critical.", valueName: "level"))
        var severity: String?

        @Flag(help: "Print counts by fix, symptom kind and service instead of the list.")
        var counts = false

        func validate() throws {
            if let symptom, !RuleQuery.symptomKinds.contains(symptom.lowercased()) {
                throw ValidationError("--symptom takes " + RuleQuery.symptomKinds.joined(separator: ", "))
            }
            if let severity, Severity(rawValue: severity.lowercased()) == nil { throw ValidationError("--severity takes low, medium, high or critical") }
            if let stop, StopCode(parsing: stop) == nil { throw ValidationError("--stop '\(stop)' is not a STOP code (hex, e.g. 0A or 0xC000021A)") }
        }

        func run() throws {
            let rules = extraRules.load()
            var query = RuleQuery()
            query.fixedIn = fixedIn
            query.symptom = symptom
            query.service = service
            query.stop = stop
            query.eventID = event
            query.fact = fact
            query.severity = severity.flatMap { Severity(rawValue: $0.lowercased()) }
            let chosen = rules.rules.filter(query.matches)
            let out = OutputWriter.standardOutput()
            if counts {
                out.write(RuleCountsText.render(chosen))
            } else {
                out.line(RuleText.listHeader)
                for rule in chosen { out.line(RuleText.listRow(rule)) }
                out.line("\(chosen.count) of \(rules.rules.count) rules")
            }
            out.flush()
            if !rules.problems.isEmpty { throw ExitStatus.inputFailed }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one rule as a person reads it: symptoms, conditions, fix, the articles that share its symptom, test cases.")

        @Argument(help: "The rule's id, e.g. Q196745.")
        var id: String

        @OptionGroup var extraRules: ExtraRules

        func run() throws {
            let rules = extraRules.load()
            guard let rule = rules.rule(id: id) else {
                throw ValidationError("no rule '\(id)'; `ntdiag rules list` shows them all")
            }
            let out = OutputWriter.standardOutput()
            out.write(RuleText.details(rule, among: rules.rules))
            out.flush()
        }
    }

    struct Facts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "facts",
            abstract: "List the facts the rules use and how many rules each decides; write a facts file to fill in.",
            discussion: "Facts settle what the logs cannot say (hardware, services, hotfixes, settings). --write-template FILE writes a commented facts file, the most decisive facts first."
        )

        @OptionGroup var extraRules: ExtraRules

        @Option(name: .customLong("write-template"), help: ArgumentHelp("Write a commented facts file here (refuses to overwrite).", valueName: "file"))
        var template: String?

        func run() throws {
            let rules = extraRules.load()
            let usage = FactUsage.of(rules.rules)
            if let template {
                guard !FileManager.default.fileExists(atPath: template) else {
                    throw ValidationError("\(template) already exists; choose another name or remove it")
                }
                let writer: OutputWriter
                do { writer = try OutputWriter(path: template) } catch { throw ValidationError("\(error)") }
                writer.write(FactUsageText.template(usage, ruleCount: rules.rules.count))
                writer.flush()
                OutputWriter.standardError().line("ntdiag: wrote \(template): \(usage.count) facts the \(rules.rules.count) rules use")
            } else {
                let out = OutputWriter.standardOutput()
                out.write(FactUsageText.list(usage))
                out.flush()
            }
            if !rules.problems.isEmpty { throw ExitStatus.inputFailed }
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
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
            commandName: "test",
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

/// `--rules DIR` of the commands that read the built-in rules (list, show, facts).
struct ExtraRules: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Also load the rules of this directory.", valueName: "dir"))
    var directory: String?

    /// The built-in rules with the directory's, any problem loading them printed to standard error.
    func load() -> RuleSet {
        let rules = RuleLoading.rules(directory: directory)
        for problem in rules.problems { OutputWriter.standardError().line("ntdiag: " + problem.description) }
        return rules
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
