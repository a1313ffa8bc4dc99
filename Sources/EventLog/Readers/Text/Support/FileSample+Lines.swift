extension FileSample {
    /// The first non-blank lines of the sample with their 1-based line numbers (counted as
    /// `LineReader` counts them) and their UTF-8 bytes, for recognising headers and first records.
    /// The last line may be cut short (unless the sample is the whole file): only its start counts.
    func numberedLines(_ count: Int) -> [(number: Int, bytes: [UInt8])] {
        var result: [(Int, [UInt8])] = []
        var index = 0
        while index < lines.count, result.count < count {
            let line = lines[index]
            index += 1
            if line.trimmingWhitespace().isEmpty { continue }
            result.append((index, Array(line.utf8)))
        }
        return result
    }
}
