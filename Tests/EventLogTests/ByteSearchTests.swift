import Testing
@testable import EventLog

@Suite("Byte search in messages")
struct ByteSearchTests {
    @Test func findsMarkersAsFirstRangeDoes() {
        let texts = ["Jürgen's Überweisung.doc: The following information was included with the event: x",
                     "no marker here", "", "The following information was included with the event:"]
        let marker = "The following information was included with the event:"
        for text in texts {
            #expect(ByteSearch.range(of: marker, in: text) == text.firstRange(of: marker), "\(text)")
        }
        let sentence = "The Überweisung service entered the running state."
        let rest = sentence[sentence.index(sentence.startIndex, offsetBy: 4)...]
        #expect(ByteSearch.range(of: "entered the ", in: rest) == rest.firstRange(of: "entered the "))
        #expect(ByteSearch.range(of: "The ", in: rest) == nil)
        #expect(ByteSearch.range(of: "", in: "abc") == "abc".startIndex..<"abc".startIndex)
    }

    @Test func findsBytesAtEveryPosition() {
        let haystack = Array("aab aab aac".utf8)
        #expect(ByteSearch.firstIndex(of: Array("aac".utf8), in: haystack) == 8)
        #expect(ByteSearch.firstIndex(of: Array("aab".utf8), in: haystack) == 0)
        #expect(ByteSearch.firstIndex(of: Array("aad".utf8), in: haystack) == nil)
        #expect(ByteSearch.firstIndex(of: Array("aab aab aac!".utf8), in: haystack) == nil)
    }
}

@Suite("Byte counting")
struct ByteCountingTests {
    @Test func countsMatchAPlainLoop() {
        // Long enough for many full blocks (each lane adding up to 255 before the total is taken).
        var bytes: [UInt8] = []
        for index in 0..<70_000 { bytes.append(index % 7 == 0 ? 0x0A : index % 5 == 0 ? 0xC3 : index % 5 == 1 ? 0xA9 : 0x41) }
        bytes.withUnsafeBufferPointer { buffer in
            for length in [0, 1, 15, 16, 17, 4_095, 4_096, 4_097, 70_000] {
                let part = UnsafeBufferPointer(rebasing: buffer[..<length])
                #expect(ByteCounting.count(0x0A, in: part) == part.filter { $0 == 0x0A }.count)
                #expect(ByteCounting.characters(in: part) == part.filter { $0 & 0xC0 != 0x80 }.count)
            }
        }
    }
}
