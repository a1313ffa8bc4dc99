import CRegex
import Foundation

/// A rule's regular expression (ICU syntax, as NSRegularExpression takes it), compiled once and
/// matched without regard to case.
///
/// ICU is called directly (`CRegex`), given the message's UTF-8. NSRegularExpression runs the
/// same engine but hands it the text through Foundation's string bridge, which on Linux copies a
/// Swift string into UTF-16 one character at a time once the string holds a single non-ASCII
/// letter: a print job's message took about 25,000 instructions that way, and takes about 8,000
/// this way. (Swift's `Regex` is slower than either on event messages.)
///
/// A matcher keeps the text and position of its last search, so threads matching at the same
/// time (`audit --jobs`) each take their own: copies of the compiled pattern wait in a pool.
final class CompiledPattern: @unchecked Sendable {
    /// Why a pattern does not compile, in ICU's words (`U_REGEX_MISSING_CLOSE_PAREN at character 10`).
    struct SyntaxError: LocalizedError {
        var errorDescription: String?
    }

    private let compiled: OpaquePointer
    private let lock = NSLock()
    private var idle: [OpaquePointer] = []

    init(_ source: String) throws {
        var error = [CChar](repeating: 0, count: 128)
        let compiled = source.utf8.count < Int32.max ? ntdiag_regex_compile(source, Int32(source.utf8.count), &error, error.count) : nil
        guard let compiled else {
            throw SyntaxError(errorDescription: String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        self.compiled = compiled
    }

    deinit {
        idle.forEach(ntdiag_regex_free)
        ntdiag_regex_free(compiled)
    }

    func matches(_ value: String) -> Bool {
        guard let matcher = take() else { return false }
        defer { give(matcher) }
        var value = value
        return value.withUTF8 { bytes in
            bytes.count < Int32.max && bytes.withMemoryRebound(to: CChar.self) {
                ntdiag_regex_find(matcher, $0.baseAddress, Int32($0.count)) == 1
            }
        }
    }

    /// An idle matcher, or a new copy of the pattern (nil only when out of memory).
    private func take() -> OpaquePointer? {
        lock.lock()
        let matcher = idle.popLast()
        lock.unlock()
        return matcher ?? ntdiag_regex_copy(compiled)
    }

    private func give(_ matcher: OpaquePointer) {
        lock.lock()
        idle.append(matcher)
        lock.unlock()
    }
}
