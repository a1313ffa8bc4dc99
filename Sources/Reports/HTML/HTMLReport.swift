import Diagnosis
import Mustache

/// `--format html`: the diagnosis as one self-contained page (inline CSS, inline SVG, a little
/// inline script for sorting and filtering; no network access of any kind), readable offline,
/// on a phone, on paper and with JavaScript off. A pure function of the result and the header.
public enum HTMLReport {
    public static func render(_ result: DiagnosisResult, header: ReportHeader, template: HTMLTemplate = .builtIn) -> String {
        template.render(ReportView(result, header: header))
    }
}

/// The Mustache templates of the HTML report: the page (`report`), which `--template FILE`
/// replaces, and the parts it includes, which a replacement may include too: `{{> style}}`,
/// `{{> script}}`, `{{> fleet}}`, `{{> host}}`, `{{> finding}}`, `{{> timeline}}`, `{{> trends}}`, `{{> files}}`.
public struct HTMLTemplate: Sendable {
    private let library: MustacheLibrary

    /// The built-in page.
    public static let builtIn: HTMLTemplate = {
        do {
            return try HTMLTemplate(text: HTMLTemplateText.report, path: "built-in")
        } catch {
            preconditionFailure("the built-in HTML template does not parse: \(error)")
        }
    }()

    /// A page template; the error names the file and says what is wrong.
    public init(text: String, path: String) throws(HTMLTemplateError) {
        _ = HTMLEscaping.registered
        var library = MustacheLibrary()
        let parts = [("style", HTMLStyle.css), ("script", HTMLScript.javaScript), ("fleet", HTMLTemplateText.fleet), ("bar", HTMLTemplateText.bar),
                     ("host", HTMLTemplateText.host), ("finding", HTMLTemplateText.finding), ("timeline", HTMLTemplateText.timeline),
                     ("trends", HTMLTemplateText.trends), ("files", HTMLTemplateText.files), ("report", text)]
        for (name, source) in parts {
            do {
                try library.register(source, named: name)
            } catch {
                throw HTMLTemplateError(description: "\(name == "report" ? path : "built-in part '\(name)'"): not a valid Mustache template (\(error))")
            }
        }
        self.library = library
    }

    func render(_ view: ReportView) -> String {
        library.render(view, withTemplate: "report") ?? ""
    }
}

/// A template that cannot be used, with the reason.
public struct HTMLTemplateError: Error, CustomStringConvertible {
    public let description: String
}
