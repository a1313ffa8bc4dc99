import Testing
@testable import EventLog

@Suite("Text decoding")
struct TextDecodingTests {
    private func transcode(_ bytes: [UInt8], _ encoding: TextEncoding, chunk: Int = 3) -> (String, Int) {
        var transcoder = UTF8Transcoder(encoding: encoding)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let end = min(bytes.count, index + chunk)
            bytes[index..<end].withUnsafeBytes { transcoder.decode($0, final: false, into: &out) }
            index = end
        }
        [UInt8]().withUnsafeBytes { transcoder.decode($0, final: true, into: &out) }
        return (String(decoding: out, as: UTF8.self), transcoder.replacements)
    }

    @Test func utf8SplitAcrossChunksIsKept() {
        let text = "Überwachung € 𝄞 ok"
        for chunk in 1...5 {
            let (decoded, replaced) = transcode(Array(text.utf8), .utf8, chunk: chunk)
            #expect(decoded == text)
            #expect(replaced == 0)
        }
    }

    @Test func invalidUTF8BecomesReplacementAndNULsVanish() {
        let (decoded, replaced) = transcode([0x61, 0xFF, 0x62, 0x00, 0x63, 0xE2, 0x82], .utf8)
        #expect(decoded == "a\u{FFFD}bc\u{FFFD}")
        #expect(replaced == 2)
    }

    @Test func utf16WithLoneSurrogates() {
        // "A", lone high surrogate, "B", lone low surrogate, a valid pair (U+1D11E)
        let units: [UInt16] = [0x41, 0xD800, 0x42, 0xDC00, 0xD834, 0xDD1E]
        var le: [UInt8] = [], be: [UInt8] = []
        for unit in units {
            le += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            be += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        for chunk in [1, 2, 3, 7] {
            #expect(transcode(le, .utf16LE, chunk: chunk).0 == "A\u{FFFD}B\u{FFFD}𝄞")
            #expect(transcode(be, .utf16BE, chunk: chunk).0 == "A\u{FFFD}B\u{FFFD}𝄞")
        }
    }

    /// Long mixed runs go through the four-units-at-a-time path and the unit-by-unit one: both,
    /// at every chunk split, must agree with Swift's own UTF-16 decoding (one U+FFFD per lone
    /// surrogate), NULs dropped.
    @Test func utf16FastPathAgreesWithSwift() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt16]] = [Array("Event ID: 6009 ".utf16), [0x00], [0xE9], [0x20AC], [0xD834, 0xDD1E], [0xD800], [0xDC00], Array("abc".utf16)]
        for _ in 0..<200 {
            var units: [UInt16] = []
            for _ in 0..<Int.random(in: 0...24, using: &generator) { units += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
            let expected = String(String.UnicodeScalarView(String(decoding: units, as: UTF16.self).unicodeScalars.filter { $0.value != 0 }))
            let lone = units.indices.filter { index in
                let unit = units[index]
                if (0xD800...0xDBFF).contains(unit) { return !(index + 1 < units.count && (0xDC00...0xDFFF).contains(units[index + 1])) }
                if (0xDC00...0xDFFF).contains(unit) { return !(index > 0 && (0xD800...0xDBFF).contains(units[index - 1])) }
                return false
            }.count
            let le = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            let be = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            let chunk = Int.random(in: 1...40, using: &generator)
            #expect(transcode(le, .utf16LE, chunk: chunk) == (expected, lone))
            #expect(transcode(be, .utf16BE, chunk: chunk) == (expected, lone))
        }
    }

    @Test func windowsCodePages() {
        #expect(transcode([0x80, 0x20, 0xE9, 0x9F], .windows1252).0 == "€ éŸ")
        #expect(transcode([0xCF, 0xF0, 0xE8], .windows1251).0 == "При")
        #expect(transcode([0xB3], .windows1250).0 == "ł")
        #expect(transcode([0x82, 0x9A], .cp437).0 == "éÜ")
    }

    @Test func encodingSniffing() {
        #expect(EncodingSniffer.sniff([0xFF, 0xFE, 0x41, 0x00]) == .utf16LE)
        #expect(EncodingSniffer.sniff([0xFE, 0xFF, 0x00, 0x41]) == .utf16BE)
        #expect(EncodingSniffer.sniff([0xEF, 0xBB, 0xBF, 0x41]) == .utf8)
        #expect(EncodingSniffer.sniff(TemporaryFiles.utf16LE("Date\tTime\tSource", bom: false)) == .utf16LE)
        #expect(EncodingSniffer.sniff(Array("Größe".utf8)) == .utf8)
        #expect(EncodingSniffer.sniff([0x47, 0x72, 0xF6, 0xDF, 0x65]) == .windows1252)
        #expect(EncodingSniffer.sniff([0x30, 0, 0, 0, 0x4C, 0x66, 0x4C, 0x65]) == .binary)
    }
}

@Suite("UTF-8 validation fast paths")
struct UTF8FastPathTests {
    /// Text that ends exactly at the end of a sixteen-byte block of ASCII must not be read past
    /// (the byte after it is not the text's).
    @Test func asciiEndingOnABlockBoundary() {
        for length in [16, 32, 48, 4096] {
            var bytes = [UInt8](repeating: 0x41, count: length + 1)
            bytes[length] = 0xF0  // beyond the count handed over: must not be looked at
            var transcoder = UTF8Transcoder(encoding: .utf8)
            var output: [UInt8] = []
            bytes.withUnsafeBytes { transcoder.decode(UnsafeRawBufferPointer(rebasing: $0[..<length]), final: false, into: &output) }
            #expect(output.count == length && transcoder.replacements == 0)
        }
    }
}
