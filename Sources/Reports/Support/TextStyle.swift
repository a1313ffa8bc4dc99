/// How text output looks: with ANSI colour (only on a terminal, and never when `NO_COLOR` is
/// set — the caller decides) and wrapped to a width.
public struct TextStyle: Sendable {
    public var color: Bool
    public var width: Int

    public init(color: Bool = false, width: Int = 100) {
        self.color = color
        self.width = width
    }

    public func bold(_ text: String) -> String { paint(text, "1") }
    public func dim(_ text: String) -> String { paint(text, "2") }
    public func red(_ text: String) -> String { paint(text, "1;31") }
    public func yellow(_ text: String) -> String { paint(text, "1;33") }
    public func magenta(_ text: String) -> String { paint(text, "1;35") }
    public func green(_ text: String) -> String { paint(text, "32") }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[" + code + "m" + text + "\u{1B}[0m" : text
    }

    /// `text` broken into lines of at most `width` characters, each starting with `indent`
    /// (the first with `firstIndent` when given). Words longer than a line are kept whole.
    public func wrap(_ text: String, indent: String, firstIndent: String? = nil) -> [String] {
        var lines: [String] = []
        var line = firstIndent ?? indent
        var lineHasWord = false
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        if lineHasWord { lines.append(line) }
        return lines
    }
}
