/// Reads an input file chunk by chunk and hands out its text as UTF-8, whatever the encoding.
///
/// The byte-order mark, if any, is skipped. Memory is bounded by the chunk size, whatever the
/// file's size.
public struct DecodedTextStream {
    public static let defaultChunkSize = 1 << 20

    private let file: InputFile
    private var transcoder: UTF8Transcoder
    private var raw: [UInt8]
    private var decoded: [UInt8] = []
    private var atStart = true
    public private(set) var isFinished = false

    public init(file: InputFile, encoding: TextEncoding, chunkSize: Int = DecodedTextStream.defaultChunkSize) {
        self.file = file
        transcoder = UTF8Transcoder(encoding: encoding)
        raw = [UInt8](repeating: 0, count: max(16, chunkSize))
        file.seek(to: 0)
    }

    /// Invalid sequences replaced so far.
    public var replacements: Int { transcoder.replacements }

    /// Calls `body` with the next chunk of UTF-8 text (valid only during the call); returns false
    /// when the file is exhausted and nothing more is coming.
    public mutating func nextChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
        var chunk: [UInt8] = []
        swap(&chunk, &decoded)
        defer { swap(&chunk, &decoded) }
        let more = try nextChunk(into: &chunk)
        if !chunk.isEmpty { try chunk.withUnsafeBufferPointer(body) }
        return more
    }

    /// Replaces the contents of `chunk` with the next chunk of UTF-8 text (possibly empty);
    /// returns false when the file is exhausted and nothing more is coming. Reusing the caller's
    /// array saves a copy where the caller keeps the text (the XML reader's input queue).
    public mutating func nextChunk(into chunk: inout [UInt8]) throws -> Bool {
        chunk.removeAll(keepingCapacity: true)
        return try appendNextChunk(to: &chunk)
    }

    /// Appends the next chunk of UTF-8 text (possibly empty) to `chunk`, which keeps what it held;
    /// returns false when the file is exhausted and nothing more is coming.
    public mutating func appendNextChunk(to chunk: inout [UInt8]) throws -> Bool {
        guard !isFinished else { return false }
        let held = chunk.count
        let count = try raw.withUnsafeMutableBytes { (buffer) throws(InputFile.OpenError) -> Int in try file.readChunk(into: buffer) }
        let final = count == 0
        var start = 0
        if atStart {
            atStart = false
            start = DecodedTextStream.byteOrderMarkLength(raw.prefix(count), encoding: transcoder.encoding)
        }
        raw.withUnsafeBytes { buffer in
            transcoder.decode(UnsafeRawBufferPointer(rebasing: buffer[start..<count]), final: final, into: &chunk)
        }
        if final { isFinished = true }
        return !final || chunk.count > held
    }

    /// Length of the byte-order mark that matches the encoding at the start of `bytes`, or 0.
    static func byteOrderMarkLength(_ bytes: ArraySlice<UInt8>, encoding: TextEncoding) -> Int {
        let b = Array(bytes.prefix(3))
        switch encoding {
        case .utf8 where b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF: return 3
        case .utf16LE where b.count >= 2 && b[0] == 0xFF && b[1] == 0xFE: return 2
        case .utf16BE where b.count >= 2 && b[0] == 0xFE && b[1] == 0xFF: return 2
        default: return 0
        }
    }
}
