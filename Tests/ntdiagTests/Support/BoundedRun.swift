import Foundation
import Testing

#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// Runs the built `ntdiag` with a time limit, and measures what it used: hostile inputs must
/// neither hang it, crash it nor make it allocate without bound.
///
/// `Process` cannot say how much memory a child used, so the child is started with
/// `posix_spawn` and reaped with `wait4`, whose resource usage is the child's own. Output goes
/// to files (a pipe could fill up and stall the child while the test waits).
enum BoundedRun {
    struct Result {
        /// The exit status, or nil when the child was killed by a signal (a crash) or timed out.
        let status: Int32?
        let signal: Int32?
        let timedOut: Bool
        let stdout: String
        let stderr: String
        /// Peak resident memory in MiB.
        let peakMiB: Double
        let seconds: Double

        /// Finished by itself with one of ntdiag's exit statuses (0, 1, 2): no crash, no hang.
        var endedCleanly: Bool { !timedOut && signal == nil && [0, 1, 2].contains(status ?? -1) }
    }

    static func ntdiag(_ arguments: [String], timeout: Double = 120) throws -> Result {
        try run(NTDiagBinary.url.path, arguments, timeout: timeout)
    }

    static func run(_ program: String, _ arguments: [String], timeout: Double) throws -> Result {
        let folder = try ScratchFolder.make("run")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("stdout").path, errPath = folder.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let started = Date()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        try #require(spawned == 0, "cannot start \(program): \(String(cString: strerror(spawned)))")

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            if Date().timeIntervalSince(started) > timeout {
                timedOut = true
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                break
            }
            usleep(5_000)
        }
        let signal = status & 0x7F
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return Result(status: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal, timedOut: timedOut,
                      stdout: read(outPath), stderr: read(errPath), peakMiB: Double(usage.ru_maxrss) / 1024,
                      seconds: Date().timeIntervalSince(started))
    }
}
