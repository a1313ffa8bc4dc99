import ArgumentParser
import Diagnosis
import Foundation
import Reports

/// The report formats of `analyze` and `audit`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html, csv
}

/// Where a report goes and how HTML looks: `--output` and `--template`, shared by `analyze` and
/// `audit`.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write the report to this file instead of standard output (HTML to a terminal goes to ntdiag-COMMAND.html).", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("A Mustache template for the HTML report instead of the built-in one (see docs/html-template.md).", valueName: "file"))
    var template: String?

    /// Opens the report's file (so an unwritable path fails before any log is read) and loads
    /// the template; both problems are usage errors.
    func destination(format: ReportFormat, command: String) throws -> ReportDestination {
        var path = output
        if path == nil, format == .html, isatty(1) == 1 { path = "ntdiag-\(command).html" }
        // The built-in template is parsed only for an HTML report (it costs a few milliseconds).
        var htmlTemplate: HTMLTemplate?
        if let template {
            guard let text = try? String(contentsOfFile: template, encoding: .utf8) else {
                throw ValidationError("cannot read the template \(template); it must be a UTF-8 text file")
            }
            do {
                htmlTemplate = try HTMLTemplate(text: text, path: template)
            } catch {
                throw ValidationError("\(error)")
            }
        }
        let writer: OutputWriter
        do {
            writer = try path.map { try OutputWriter(path: $0) } ?? OutputWriter.standardOutput()
        } catch {
            throw ValidationError("\(error)")
        }
        return ReportDestination(writer: writer, path: path, toTerminal: output == nil && path != nil,
                                 template: format == .html ? htmlTemplate ?? .builtIn : nil)
    }
}

/// An opened report: renders a result in a format and writes it.
struct ReportDestination {
    let writer: OutputWriter
    let path: String?
    /// True when HTML went to a file because standard output is a terminal: the terminal then
    /// gets a short summary and the file's name.
    let toTerminal: Bool
    /// Set for an HTML report.
    let template: HTMLTemplate?

    func write(_ result: DiagnosisResult, format: ReportFormat) throws {
        switch format {
        case .json: writer.write(DiagnosisJSON.render(result))
        case .csv: writer.write(DiagnosisCSV.render(result))
        case .html: writer.write(HTMLReport.render(result, header: RunHeader.current(rulesApplied: result.rulesApplied), template: template ?? .builtIn))
        case .text:
            let color = path == nil && writer.isTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            let style = TextStyle(color: color)
            writer.write(result.discovery == nil ? DiagnosisText.render(result, style: style) : FleetText.render(result, style: style))
        }
        writer.flush()
        if toTerminal, let path {
            let out = OutputWriter.standardOutput()
            for line in FleetText.terminalSummary(result) { out.line(line) }
            out.line("Report written to \(path)")
            out.flush()
        }
    }
}
