import Testing

@testable import EventLog

/// `XMLValueParsing.timestamp` reads the layout exports write at fixed places and everything
/// else step by step: the two must agree wherever the fixed reading answers.
@Suite("Event XML timestamps: fixed layout and general reading")
struct XMLTimestampTests {
    private static func fixed(_ text: String) -> EventTime? {
        Array(text.utf8).withUnsafeBufferPointer { XMLValueParsing.utcTimestamp($0) }
    }

    private static func parsed(_ text: String) -> EventTime? {
        Array(text.utf8).withUnsafeBufferPointer { XMLValueParsing.parsedTimestamp($0, zoneless: .utc) }
    }

    @Test(arguments: [
        "1999-06-11T00:26:47.000000000Z", "2012-03-15T07:12:59Z", "2012-03-15T07:12:59.5Z",
        "2012-03-15T07:12:59.123456789Z", "2000-02-29T23:59:59.9Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
    ])
    func theFixedLayoutIsReadAtItsPlaces(_ text: String) throws {
        let time = try #require(Self.fixed(text))
        #expect(time == Self.parsed(text))
    }

    @Test(arguments: [
        "2012-03-15T07:12:60Z",  // a leap second: the general reading moves it on
        "2012-03-15T07:12:59.1234567891Z",  // ten fraction digits: cut by the general reading
        "2012-03-15T07:12:59,5Z", "2012-03-15 07:12:59Z", "2012-03-15T07:12:59z", "2012-03-15T07:12:59+02:00",
        "2012-03-15T07:12Z", "2012-03-15T07:12:59.Z", "2012-02-30T07:12:59Z", "2012-03-15T07:1x:59Z",
    ])
    func everythingElseIsLeftToTheGeneralReading(_ text: String) {
        #expect(Self.fixed(text) == nil)
    }

    /// Every byte of a few timestamps replaced by each of a few bytes: where the fixed reading
    /// answers, the general one answers the same.
    @Test func bothReadingsAgreeOnMutations() {
        let seeds = ["1999-06-11T00:26:47.000000000Z", "2012-03-15T07:12:59Z", "2012-03-15T07:12:59.25Z"]
        let replacements: [UInt8] = Array("0159-:.TZ z+".utf8) + [0x00, 0xFF]
        var compared = 0
        for seed in seeds {
            let bytes = Array(seed.utf8)
            for position in bytes.indices {
                for replacement in replacements {
                    var mutated = bytes
                    mutated[position] = replacement
                    let text = String(decoding: mutated, as: UTF8.self)
                    guard let time = Self.fixed(text) else { continue }
                    compared += 1
                    #expect(time == Self.parsed(text), "\(text)")
                }
                var shorter = bytes
                shorter.remove(at: position)
                let text = String(decoding: shorter, as: UTF8.self)
                if let time = Self.fixed(text) { #expect(time == Self.parsed(text), "\(text)") }
            }
        }
        #expect(compared > 100)
    }
}
