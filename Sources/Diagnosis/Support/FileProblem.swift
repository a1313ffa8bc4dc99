/// A mistake in a rule file or facts file, at a line, with a hint on how to fix it.
///
/// Printed as `path:line: message (hint)`, the form compilers use, so editors can jump to it.
public struct FileProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// 1-based line; 0 when the problem is about the file as a whole.
    public var line: Int
    public var message: String
    public var hint: String?

    public init(path: String, line: Int, _ message: String, hint: String? = nil) {
        self.path = path
        self.line = line
        self.message = message
        self.hint = hint
    }

    public var description: String {
        let place = line > 0 ? "\(path):\(line)" : path
        return "\(place): \(message)" + (hint.map { " (\($0))" } ?? "")
    }
}
