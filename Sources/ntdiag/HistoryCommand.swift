import ArgumentParser
import Diagnosis
import EventLog
import Foundation
import History
import Reports

/// `ntdiag history`: what the history database holds — machines, runs, one machine's timeline —
/// and pruning it.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the machines and runs the history holds, show a machine's timeline, or prune it.",
        discussion: """
        The history is written by `ntdiag analyze --history DB` (or `--history default`). Every run \
        adds what its logs saw of each machine: events per day and kind, boots, unclean shutdowns, \
        the events that matched rules, counters hour by hour, the facts and the findings. Importing \
        the same or overlapping exports again adds nothing twice.

        Exit status: 0 done; 2 the database cannot be read (missing, locked, damaged); 64 usage error.
        """,
        subcommands: [Hosts.self, Audits.self, Show.self, Prune.self]
    )

    /// Which database, and how to print.
    struct Options: ParsableArguments {
        @Option(name: .customLong("db"), help: ArgumentHelp("The history database (default: $XDG_DATA_HOME/ntdiag/history.sqlite or ~/.local/share/ntdiag/history.sqlite).", valueName: "path"))
        var database: String = HistoryLocation.defaultKeyword

        /// What the history subcommands print.
        enum Format: String, ExpressibleByArgument { case text, json }

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        func open() throws -> HistoryStore {
            guard let path = HistoryLocation.resolve(database, environment: ProcessInfo.processInfo.environment) else {
                throw ValidationError("set HOME or XDG_DATA_HOME, or give --db PATH")
            }
            do {
                return try HistoryStore(path: path, create: false)
            } catch {
                let err = OutputWriter.standardError()
                err.line("ntdiag: " + error.description)
                err.flush()
                throw ExitStatus.inputFailed
            }
        }

        func run(_ body: (HistoryStore) throws(HistoryError) -> (text: String, json: String)) throws {
            let store = try open()
            let out = OutputWriter.standardOutput()
            do {
                let rendered = try body(store)
                out.write(format == .json ? rendered.json : rendered.text)
                out.flush()
            } catch {
                let err = OutputWriter.standardError()
                err.line("ntdiag: " + error.description)
                err.flush()
                throw ExitStatus.inputFailed
            }
        }
    }

    struct Hosts: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "hosts", abstract: "The machines the history knows, with how many runs saw them and the span of their logs.")
        @OptionGroup var options: Options

        func run() throws {
            try options.run { store throws(HistoryError) in
                let hosts = try store.hosts()
                return (HistoryText.hosts(hosts), HistoryJSON.hosts(hosts))
            }
        }
    }

    struct Audits: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "audits", abstract: "The runs recorded, oldest first: date, command, machines, inputs, open findings.",
                                                        aliases: ["runs"])
        @OptionGroup var options: Options

        func run() throws {
            try options.run { store throws(HistoryError) in
                let runs = try store.runs()
                return (HistoryText.runs(runs), HistoryJSON.runs(runs))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "One machine's timeline: events, boots, unclean shutdowns and matching events week by week, findings run by run, and its counters.")
        @Argument(help: "The machine (computer name; case and DNS domain do not matter).")
        var host: String
        @OptionGroup var options: Options

        func run() throws {
            try options.run { store throws(HistoryError) in
                guard let timeline = try store.timeline(host: host) else {
                    throw HistoryError("the history has no machine named \(host); `ntdiag history hosts` lists them")
                }
                return (HistoryText.timeline(timeline), HistoryJSON.timeline(timeline))
            }
        }
    }

    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "prune",
            abstract: "Remove old runs and observations.",
            discussion: "--before DATE removes observations dated before DATE and runs whose logs all end before it; --keep N keeps the N latest runs and the observations from the time their logs begin.")
        @Option(help: ArgumentHelp("Remove what is older than this date (YYYY-MM-DD).", valueName: "date"))
        var before: String?
        @Option(help: ArgumentHelp("Keep only the latest N runs.", valueName: "n"))
        var keep: Int?
        @OptionGroup var options: Options

        func validate() throws {
            guard before != nil || keep != nil else { throw ValidationError("give --before DATE or --keep N") }
            if let before, TimeText.parse(before) == nil { throw ValidationError("--before '\(before)' is not a date (YYYY-MM-DD)") }
            if let keep, keep < 0 { throw ValidationError("--keep takes 0 or more") }
        }

        func run() throws {
            try options.run { store throws(HistoryError) in
                let outcome = try store.prune(before: before.flatMap(TimeText.parse)?.seconds, keep: keep)
                let text = "Removed \(outcome.runs) run\(outcome.runs == 1 ? "" : "s") and \(outcome.observations) observation\(outcome.observations == 1 ? "" : "s") from \(store.path).\n"
                let json = JSONValue.object([("runs_removed", .integer(Int64(outcome.runs))), ("observations_removed", .integer(Int64(outcome.observations)))]).rendered() + "\n"
                return (text, json)
            }
        }
    }
}
