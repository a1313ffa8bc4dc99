import Foundation
import Testing

/// End-to-end tests: run the built `ntdiag` binary as a user would.
enum NTDiagBinary {
    static var url: URL {
        // Tests run from the build products directory, next to the ntdiag executable.
        let products = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return products.appendingPathComponent("ntdiag")
    }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try runProgram(url.path, arguments, environment: environment)
    }

    /// Runs any program from the project root (e.g. `script`, to give ntdiag a terminal).
    static func runProgram(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.currentDirectoryURL = projectRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    static var projectRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}

@Suite("ntdiag command line")
struct CommandLineTests {
    @Test func versionAndHelp() throws {
        let result = try NTDiagBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(!result.stdout.isEmpty)
    }

    @Test func unreadableInputExitsTwoWithReason() throws {
        let result = try NTDiagBinary.run(["events", "/nonexistent/file.xml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/file.xml: cannot read: cannot open: no such file"))
    }

    @Test func unknownOptionIsUsageError() throws {
        let result = try NTDiagBinary.run(["events", "--input-format", "banana", "x"])
        #expect(result.status == 64)
    }
}
