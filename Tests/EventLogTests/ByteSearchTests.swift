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
