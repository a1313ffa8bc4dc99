import Audit
import Foundation
import Reports

/// The progress line an audit shows on a terminal's standard error, redrawn a few times a
/// second: `audit: 12/100 files, 412.0 MB, 96.3 MB/s, 4.3 s`. When the audit ends it is drawn
/// once more and left, so the terminal keeps the totals (however quick the audit was).
final class ProgressLine: @unchecked Sendable {
    private let progress: AuditProgress
    private let started = MonotonicClock.now()
    private let condition = NSCondition()
    private var stopped = false
    private var thread: Thread?
    private let done = DispatchSemaphore(value: 0)

    init(_ progress: AuditProgress) {
        self.progress = progress
        let thread = Thread { [self] in loop() }
        self.thread = thread
        thread.start()
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
        done.wait()
        write("\r\u{1B}[K" + text() + "\n")
    }

    private func loop() {
        condition.lock()
        while !stopped {
            condition.unlock()
            write("\r\u{1B}[K" + text())
            condition.lock()
            if !stopped { _ = condition.wait(until: Date(timeIntervalSinceNow: 0.25)) }
        }
        condition.unlock()
        done.signal()
    }

    private func text() -> String {
        let now = progress.current
        let seconds = MonotonicClock.now() - started
        if now.filesTotal == 0 { return "audit: looking for logs, \(fixed(seconds)) s" }
        let megabytes = Double(now.bytesRead) / 1_000_000
        return "audit: \(now.filesDone)/\(now.filesTotal) files, \(fixed(megabytes)) MB, "
            + "\(fixed(seconds > 0 ? megabytes / seconds : 0)) MB/s, \(fixed(seconds)) s"
    }

    private func fixed(_ value: Double) -> String { ReadReportText.fixed(value, 1) }

    private func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Foundation.write(2, $0.baseAddress, $0.count) }
    }
}
