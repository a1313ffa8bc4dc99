import Mustache

/// How text from logs, facts files and rules reaches the HTML report safely. A log is untrusted
/// input: its computer names, sources and messages are whatever someone wrote into it.
///
/// - The view model holds plain text only, never markup.
/// - The template inserts it with `{{name}}` only (never `{{{name}}}`), and starts with
///   `{{% CONTENT_TYPE: NTDIAG_HTML }}`, which makes Mustache escape through `escape` below:
///   `&`, `<`, `>`, `"` and `'` become entities, so text is safe in element content, in quoted
///   attributes and in SVG `<title>`; control characters that HTML forbids become U+FFFD.
/// - Nothing from a log goes into `<script>`, `<style>`, an event-handler attribute, a URL or an
///   `id`: ids are numbered (`host-3`), and the script reads what it needs from the page.
struct HTMLEscaping: MustacheContentType {
    static let contentTypeName = "NTDIAG_HTML"

    /// Registers the content type with Mustache (once, before any template is parsed).
    static let registered: Bool = {
        MustacheContentTypes.register(HTMLEscaping(), named: contentTypeName)
        return true
    }()

    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "\n"
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
