#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered output to standard output, standard error or a file: printing millions of events
/// line by line through `print` would dominate the run time.
final class OutputWriter {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 18

    /// A writer to standard output; create one per command run.
    static func standardOutput() -> OutputWriter { OutputWriter(descriptor: 1) }
    /// A writer to standard error; create one per command run.
    static func standardError() -> OutputWriter { OutputWriter(descriptor: 2) }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
        ownsDescriptor = false
    }

    /// Opens (creating or truncating) a file for writing.
    init(path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
        descriptor = fd
        ownsDescriptor = true
    }

    deinit {
        flush()
        if ownsDescriptor { close(descriptor) }
    }

    /// True when this writes to a terminal (colour and progress lines only then).
    var isTerminal: Bool { isatty(descriptor) == 1 }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= flushThreshold { flush() }
    }

    /// Lets `body` append bytes to the buffer directly (the fast path for bulk output).
    func append(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        buffer.append(0x0A)
        if buffer.count >= flushThreshold { flush() }
    }

    func line(_ text: String) {
        write(text)
        buffer.append(0x0A)
        if buffer.count >= flushThreshold { flush() }
    }

    func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

private func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, pointer, count)
}

/// An output file could not be written.
struct OutputError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
