import Foundation
import Testing
@testable import Diagnosis

/// Rules are written in our own words: no rule's title, summary or remedy shares a run of eight
/// consecutive words with the Knowledge Base article it is about. Runs only where the articles
/// are (`../shared/kb` beside the project), which is never committed.
@Suite("Rule wording")
struct RuleWordingTests {
    static let runLength = 8

    static let knowledgeBase: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/kb")

    static var articlesArePresent: Bool { FileManager.default.fileExists(atPath: knowledgeBase.appendingPathComponent("INDEX.tsv").path) }

    /// Lower-case words of letters, digits and apostrophes: punctuation and layout do not hide a copy.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter && character.isASCII || character.isASCIIDigitCharacter || character == "'" {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func runs(_ words: [String]) -> Set<String> {
        guard words.count >= runLength else { return [] }
        return Set((0...(words.count - runLength)).map { words[$0..<($0 + runLength)].joined(separator: " ") })
    }

    @Test func runsAreFoundDespitePunctuation() {
        let article = RuleWordingTests.runs(RuleWordingTests.words("One, two three-four five six seven eight nine."))
        #expect(!article.isDisjoint(with: RuleWordingTests.runs(RuleWordingTests.words("ONE two (three) four five six seven eight"))))
        #expect(article.isDisjoint(with: RuleWordingTests.runs(RuleWordingTests.words("one two three four five six seven nine"))))
    }

    @Test(.enabled(if: RuleWordingTests.articlesArePresent, "../shared/kb is not here"), arguments: RuleSet.builtIn().rules.map(\.id))
    func noEightWordRunFromTheArticle(_ id: String) throws {
        let rule = try #require(RuleSet.builtIn().rule(id: id))
        let path = RuleWordingTests.knowledgeBase.appendingPathComponent("\(rule.kb).md")
        let text = try String(contentsOf: path, encoding: .utf8)
        // The article proper follows the page header.
        let article = text.components(separatedBy: "{% raw %}").last ?? text
        let runs = RuleWordingTests.runs(RuleWordingTests.words(article))
        for (field, value) in [("title", rule.title), ("summary", rule.summary), ("remedy", rule.remedy)] {
            let copied = RuleWordingTests.runs(RuleWordingTests.words(value)).intersection(runs)
            #expect(copied.isEmpty, "\(rule.path): the \(field) shares words with \(rule.kb): \(copied.sorted().prefix(3).joined(separator: " | "))")
        }
    }
}
