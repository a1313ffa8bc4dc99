extension FileSample {
    /// The first non-blank lines of the sample with their 1-based line numbers (counted as
    /// `LineReader` counts them) and their UTF-8 bytes, for recognising headers and first records.
    func numberedLines(_ count: Int, from start: Int = 0) -> [(number: Int, bytes: [UInt8])] {
        var result: [(Int, [UInt8])] = []
        var index = start
        // The last line of a sample may be cut short unless the sample is the whole file.
        let usable = isWholeFile ? lines.count : max(0, lines.count - 1)
        while index < usable, result.count < count {
            let line = lines[index]
            index += 1
            if line.trimmingWhitespace().isEmpty { continue }
            result.append((index, Array(line.utf8)))
        }
        return result
    }
}
