import EventLog

/// The build Save Dump prints after a crash: `Microsoft Windows NT [v15.1381]` or `(v15.1381)`.
enum CrashVersionText {
    static func build(in text: String) -> Int? {
        guard let marker = ByteSearch.range(of: "[v", in: text) ?? ByteSearch.range(of: "(v", in: text) else { return nil }
        let rest = text[marker.upperBound...]
        guard let dot = rest.firstIndex(of: ".") else { return nil }
        let digits = rest[rest.index(after: dot)...].prefix { $0.isASCIIDigitCharacter }
        return Int(digits)
    }

    /// The Windows version of an NT build number, for the builds NT-era machines ran.
    static func osVersion(build: Int) -> String? {
        [807: "3.5", 1057: "3.51", 1381: "4.0", 2195: "5.0", 2600: "5.1", 3790: "5.2"][build]
    }
}
