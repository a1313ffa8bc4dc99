import ArgumentParser

/// The exit codes of DESIGN.md: scripts and schedulers act on them.
enum ExitStatus {
    /// Analysed; nothing to install.
    static let clean = ExitCode(0)
    /// Analysed; something is recommended.
    static let recommended = ExitCode(1)
    /// Some input could not be read (results for the rest were still written), or nothing was read.
    static let inputFailed = ExitCode(2)
    /// The command line was wrong.
    static let usage = ExitCode(64)
}
