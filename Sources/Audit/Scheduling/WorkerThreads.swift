import Foundation

/// Runs the same loop on `count` threads (this one and `count - 1` new ones) and returns when
/// all have finished. Threads rather than tasks: reading is blocking, CPU-bound work, and
/// `--jobs` should mean exactly that many readers.
enum WorkerThreads {
    static func run(count: Int, _ body: @escaping @Sendable () -> Void) {
        let finished = DispatchSemaphore(value: 0)
        let extra = max(0, count - 1)
        for _ in 0..<extra {
            let thread = Thread {
                body()
                finished.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        body()
        for _ in 0..<extra { finished.wait() }
    }
}
