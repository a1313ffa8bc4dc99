import Testing
@testable import EventLog

@Suite("Line reader")
struct LineReaderTests {
    private func lines(_ bytes: [UInt8], encoding: TextEncoding = .utf8, maximum: Int = LineReader.defaultMaximumLength) throws -> [(String, Int, Bool)] {
        let path = try TemporaryFiles.write(bytes)
        let file = try InputFile(path: path)
        var reader = LineReader(file: file, encoding: encoding, maximumLength: maximum)
        var result: [(String, Int, Bool)] = []
        try reader.forEachLine { result.append(($0.string, $0.number, $0.isTruncated)) }
        return result
    }

    @Test func mixedLineEndings() throws {
        let got = try lines(Array("a\r\nb\nc\rd\r\n\r\ne".utf8))
        #expect(got.map(\.0) == ["a", "b", "c", "d", "", "e"])
        #expect(got.map(\.1) == [1, 2, 3, 4, 5, 6])
    }

    @Test func utf16WithBOM() throws {
        let got = try lines(TemporaryFiles.utf16LE("Größe\r\nzwei\r\n"), encoding: .utf16LE)
        #expect(got.map(\.0) == ["Größe", "zwei"])
    }

    @Test func overlongLineIsCutAndReaderGoesOn() throws {
        let long = [UInt8](repeating: 0x78, count: 5000)
        let got = try lines(long + Array("\nnext\n".utf8), maximum: 1000)
        #expect(got.count == 2)
        #expect(got[0].0.count == 1000)
        #expect(got[0].2)
        #expect(got[1].0 == "next")
        #expect(!got[1].2)
    }

    @Test func emptyFileHasNoLines() throws {
        #expect(try lines([]).isEmpty)
    }
}
