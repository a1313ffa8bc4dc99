/// Reads `--fact name=value` and `--fact HOST:name=value` from the command line.
public enum FactArgument {
    public struct Parsed: Sendable {
        public var host: String?
        public var fact: Fact
    }

    /// The fact, or a message saying what is wrong with the argument.
    public static func parse(_ argument: String) -> Result<Parsed, FactArgumentError> {
        guard let equals = argument.firstIndex(of: "=") else {
            return .failure(FactArgumentError("--fact '\(argument)' needs the form name=value or HOST:name=value"))
        }
        var name = String(argument[..<equals]).trimmingSpaces
        let value = String(argument[argument.index(after: equals)...])
        var host: String?
        if let colon = name.firstIndex(of: ":") {
            host = String(name[..<colon]).trimmingSpaces
            name = String(name[name.index(after: colon)...]).trimmingSpaces
            if host?.isEmpty ?? true { return .failure(FactArgumentError("--fact '\(argument)': the host before ':' is empty")) }
        }
        guard FactName.isWellFormed(name) else {
            let hint = Suggestion.closest(to: name, among: FactName.ordered).map { " (did you mean '\($0)'?)" } ?? ""
            return .failure(FactArgumentError("--fact '\(argument)': '\(name)' is not a fact name\(hint)"))
        }
        switch FactParser.parse(name: name, text: value) {
        case .success(let parsed):
            return .success(Parsed(host: host, fact: Fact(name: name, value: parsed, source: .commandLine(argument))))
        case .failure(let error):
            return .failure(FactArgumentError("--fact '\(argument)': expected \(error.expected)"))
        }
    }
}

/// A `--fact` argument that cannot be read, with what is wrong in it.
public struct FactArgumentError: Error, Sendable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
