#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input opened read-only: the one place ntdiag touches a log file's bytes.
///
/// Inputs are evidence, so the file is opened `O_RDONLY` and never written, and anything that is
/// not a regular file (a directory, a FIFO, a device) is refused before a read could block.
/// Reads are sequential (`readChunk`) or positioned (`read(at:)`); nothing maps or slurps the file.
public final class InputFile {
    public let path: String
    public let size: Int64
    private let descriptor: Int32
    /// Offset of the next sequential read.
    public private(set) var position: Int64 = 0

    /// Why a file could not be opened.
    public struct OpenError: Error, CustomStringConvertible {
        public let description: String
    }

    public init(path: String) throws(OpenError) {
        self.path = path
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw OpenError(description: InputFile.errorText(errno)) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw OpenError(description: InputFile.errorText(code))
        }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            close(fd)
            throw OpenError(description: kind == S_IFDIR ? "is a directory" : "is not a regular file (a FIFO, socket or device)")
        }
        // Regular files never block; clear O_NONBLOCK so reads behave plainly.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        descriptor = fd
        size = Int64(info.st_size)
    }

    deinit { close(descriptor) }

    /// Reads up to `buffer.count` bytes at the current position; returns the count (0 at the end).
    public func readChunk(into buffer: UnsafeMutableRawBufferPointer) throws(OpenError) -> Int {
        let count = try read(at: position, into: buffer)
        position += Int64(count)
        return count
    }

    /// Reads up to `buffer.count` bytes at `offset`, retrying short reads; 0 at the end of file.
    public func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws(OpenError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        var total = 0
        while total < buffer.count {
            let result = pread(descriptor, base + total, buffer.count - total, off_t(offset) + off_t(total))
            if result < 0 {
                if errno == EINTR { continue }
                throw OpenError(description: "read failed at byte \(offset + Int64(total)): " + InputFile.errorText(errno))
            }
            if result == 0 { break }
            total += result
        }
        return total
    }

    /// Reads up to `count` bytes at `offset` into a new array (for small, bounded reads).
    public func bytes(at offset: Int64, count: Int) throws(OpenError) -> [UInt8] {
        guard count > 0 else { return [] }
        var result = [UInt8](repeating: 0, count: count)
        var failure: OpenError?
        let got = result.withUnsafeMutableBytes { raw -> Int in
            do throws(OpenError) { return try read(at: offset, into: raw) } catch {
                failure = error
                return 0
            }
        }
        if let failure { throw failure }
        result.removeLast(count - got)
        return result
    }

    /// Moves the sequential read position.
    public func seek(to offset: Int64) { position = max(0, offset) }

    static func errorText(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a directory"
        case ELOOP: return "too many levels of symbolic links"
        default: return String(cString: strerror(code))
        }
    }
}
