import ArgumentParser
import Diagnosis

/// The `ntdiag` command: reads NT event logs, recognises known defects, recommends the fix.
@main
struct NTDiag: ParsableCommand {
    // Every command here and below names itself (`commandName`): left out, ArgumentParser derives
    // the name from the type's by reflection on every start, for every subcommand it looks at
    // (about 1.5 M instructions each: a tenth of reading a 10 MB log).
    static let configuration = CommandConfiguration(
        commandName: "ntdiag",
        abstract: "Diagnose Windows NT machines from their event logs and recommend the service pack or hotfix that fixes them.",
        version: NTDiagVersion.current,
        subcommands: [AnalyzeCommand.self, AuditCommand.self, EventsCommand.self, RulesCommand.self, HistoryCommand.self]
    )
}

/// The version printed by `--version` and in report headers.
enum NTDiagVersion {
    static let current = "0.1.0"
}
