import Foundation
import Testing
@testable import Diagnosis

/// The rules' regular expressions, matched by ICU directly: the same answers as
/// NSRegularExpression (which they replaced), errors in ICU's words, and safe across threads.
@Suite("Compiled patterns")
struct CompiledPatternTests {
    static let patterns = [
        "bytes:?\\s*0\\s*;\\s*pages printed:?\\s*0\\b|\\b0 bytes, 0 pages",
        "timely fashion|%%1053|\\b1053\\b",
        "RestartTimer|MaxConfigure",
        "stra(ss|ß)e",
        "^$",
        "k\\w+n",
        "ﬁle",
    ]
    static let texts = [
        "", "Size in bytes: 0; pages printed: 0", "SIZE IN BYTES 0 ; PAGES PRINTED 0.", "0 bytes, 0 pages",
        "Jahresbericht für Müller.doc, 0 BYTES, 0 PAGES", "Größe in Bytes: 0; gedruckte Seiten: 0",
        "The Fax service did not respond in a timely fashion.", "error %%1053", "error 10530", "error 1053.",
        "restarttimer expired", "Straße", "STRASSE", "strasse", "Kelvin", "\u{212A}elvin", "ſtraße", "FILE", "ﬁle",
        "İstanbul ıi", "a\u{0}b", "emoji 😀 then 0 bytes, 0 pages",
    ]

    @Test func answersAsNSRegularExpressionDoes() throws {
        for source in Self.patterns {
            let pattern = try CompiledPattern(source)
            let reference = try NSRegularExpression(pattern: source, options: [.caseInsensitive])
            for text in Self.texts {
                let expected = reference.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
                #expect(pattern.matches(text) == expected, "'\(source)' on '\(text)'")
            }
        }
    }

    @Test func aPatternThatDoesNotCompileSaysWhyAndWhere() {
        #expect {
            try CompiledPattern("(unclosed")
        } throws: { error in
            error.localizedDescription.contains("U_REGEX_MISMATCHED_PAREN") || error.localizedDescription.contains("U_REGEX_MISSING_CLOSE_PAREN")
        }
        #expect(throws: CompiledPattern.SyntaxError.self) { try CompiledPattern("a{2,1}") }
    }

    @Test func aPatternThatBacktracksWithoutEndGivesUp() throws {
        let pattern = try CompiledPattern("(a+)+$")
        #expect(!pattern.matches(String(repeating: "a", count: 64) + "b"))
        #expect(pattern.matches("aaa"))
    }

    @Test func longTextAndManyThreads() async throws {
        let pattern = try CompiledPattern("\\b0 bytes, 0 pages")
        let long = String(repeating: "Müller ", count: 50_000) + "0 bytes, 0 pages"
        #expect(pattern.matches(long))
        let answers = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<64 {
                group.addTask { pattern.matches(index.isMultiple(of: 2) ? "ü \(index): 0 bytes, 0 pages" : "ü \(index): 10 bytes, 0 pages") }
            }
            var answers: [Bool] = []
            for await answer in group { answers.append(answer) }
            return answers
        }
        #expect(answers.filter { $0 }.count == 32)
    }
}
