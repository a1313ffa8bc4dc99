/// What the top of an HTML report says about the run: the command exactly as typed, the
/// version, how many rules were applied and when. The time is the one part of a report that
/// differs between two runs on the same logs.
public struct ReportHeader: Sendable {
    public var commandLine: String
    public var version: String
    public var rulesApplied: Int
    /// Seconds since 1970 (UTC).
    public var generated: Int64

    public init(commandLine: String, version: String, rulesApplied: Int, generated: Int64) {
        self.commandLine = commandLine
        self.version = version
        self.rulesApplied = rulesApplied
        self.generated = generated
    }
}
