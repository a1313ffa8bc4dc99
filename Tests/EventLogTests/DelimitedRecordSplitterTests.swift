import Testing
@testable import EventLog

@Suite("RFC 4180 record splitter")
struct DelimitedRecordSplitterTests {
    struct Split {
        var records: [[String]] = []
        var lines: [Int] = []
        var unterminated: [Int?] = []
        var report = ReadReport(path: "test")
    }

    private func split(_ text: String, delimiter: UInt8 = ASCII.comma, limit: Int = TextExportLines.recordLimit,
                       isRecordStart: ((TextBytes) -> Bool)? = nil) throws -> Split {
        let file = try InputFile(path: try TemporaryFiles.write(text))
        var splitter = DelimitedRecordSplitter(delimiter: delimiter, limit: limit, isRecordStart: isRecordStart)
        var result = Split()
        var report = ReadReport(path: "test")
        let collect = { (record: DelimitedRecord, _: inout ReadReport) in
            result.records.append((0..<record.count).map { record[$0].string })
            result.lines.append(record.line)
            result.unterminated.append(record.unterminatedQuoteLine)
        }
        var lines = LineReader(file: file, encoding: .utf8)
        try lines.forEachLine { line in try splitter.feed(line, report: &report, emit: collect) }
        try splitter.finish(report: &report, emit: collect)
        result.report = report
        return result
    }

    @Test func plainAndQuotedFields() throws {
        let result = try split("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\n")
        #expect(result.records == [["a", "b", "c"], ["x, y", "say \"hi\"", ""]])
        #expect(result.lines == [1, 2])
    }

    @Test func quotedFieldsSpanLines() throws {
        let result = try split("\"first\r\nsecond\n\nfourth\",2\r\nnext,3\n")
        #expect(result.records == [["first\nsecond\n\nfourth", "2"], ["next", "3"]])
        #expect(result.lines == [1, 5])
    }

    @Test func otherDelimitersAndEmptyFields() throws {
        #expect(try split("a\tb\t\"c\td\"\n", delimiter: ASCII.tab).records == [["a", "b", "c\td"]])
        #expect(try split("a;;\"\";b\n", delimiter: ASCII.semicolon).records == [["a", "", "", "b"]])
    }

    @Test func blankLinesBetweenRecordsAreSkipped() throws {
        #expect(try split("a,b\n\n   \nc,d\n").records == [["a", "b"], ["c", "d"]])
    }

    @Test func textAfterAClosingQuoteIsKept() throws {
        #expect(try split("\"a\"b,c\n").records == [["ab", "c"]])
        #expect(try split("a\"b,c\n").records == [["a\"b", "c"]])
    }

    @Test func aQuoteLeftOpenAtTheEndEndsTheLastRecord() throws {
        let result = try split("a,b\nc,\"never closed\nmore\n")
        #expect(result.records == [["a", "b"], ["c", "never closed\nmore"]])
        #expect(result.unterminated == [nil, 2])
    }

    @Test func aRunawayRecordIsDroppedAtTheLimit() throws {
        let long = String(repeating: "x", count: 60)
        let text = "a,b\n\"\(long)\n\(long)\n\(long)\nc,d\n"
        // Reading resumes at the next line that looks like a record start…
        let result = try split(text, limit: 100, isRecordStart: { $0.index(of: ASCII.comma) != nil })
        #expect(result.records == [["a", "b"], ["c", "d"]])
        // …or, when the caller cannot tell, at the next line.
        #expect(try split(text, limit: 100).records == [["a", "b"], [long], ["c", "d"]])
        #expect(result.report.skipped == 1)
        #expect(result.report.problems.map(\.description) == ["2: the record starting here runs past 0 MiB (a quote opened on line 2 is never closed); skipped up to the next record"])
    }

    @Test func aRecognisedRecordStartClosesAStrayQuote() throws {
        let isStart: (TextBytes) -> Bool = { $0.hasPrefix(Array("row".utf8)) }
        let result = try split("row,1\n\"garbage\nrow,2\n", isRecordStart: isStart)
        #expect(result.records == [["row", "1"], ["garbage"], ["row", "2"]])
        #expect(result.unterminated == [nil, 2, nil])
    }
}
