import Testing
@testable import EventLog

@Suite("Single-byte code pages decoded in runs")
struct SingleByteDecodingTests {
    @Test func longASCIIRunsNonASCIIAndNULs() {
        var input: [UInt8] = Array("Document 12, ".utf8) + [0xDC] + Array("berweisung.doc owned by J".utf8) + [0xFC]
        input += Array("rgen was printed".utf8) + [0, 0] + Array(" on port LPT1: 48213 bytes, 2 pages".utf8) + [0x80, 0x41]
        var transcoder = UTF8Transcoder(encoding: .windows1252)
        var output: [UInt8] = []
        input.withUnsafeBytes { transcoder.decode($0, final: true, into: &output) }
        #expect(String(decoding: output, as: UTF8.self) == "Document 12, Überweisung.doc owned by Jürgen was printed on port LPT1: 48213 bytes, 2 pages€A")
    }
}
