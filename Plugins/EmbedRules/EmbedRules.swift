import Foundation
import PackagePlugin

/// Embeds the rules of `Rules/*.yaml` into the Diagnosis module as generated Swift source, so
/// the rules ship inside the `ntdiag` binary and `analyze` works from any directory.
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "Rules")
        let files = try FileManager.default.contentsOfDirectory(at: rules, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInRules.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) rules from Rules/",
                executable: try context.tool(named: "RuleEmbedder").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }
}
