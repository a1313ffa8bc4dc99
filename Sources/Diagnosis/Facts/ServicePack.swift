/// A Windows NT 4.0 service pack level, in release order: RTM (no service pack), SP1 … SP6, SP6a.
///
/// Service packs are cumulative, so a level is all a diagnosis needs to know; SP6a sorts after
/// SP6 because it is a re-release that fixes more (its `ordinal` is 7).
public struct ServicePack: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 0 = RTM, 1…6 = SP1…SP6, 7 = SP6a.
    public let ordinal: Int

    public static let rtm = ServicePack(uncheckedOrdinal: 0)
    public static let sp6a = ServicePack(uncheckedOrdinal: 7)
    /// The last service pack Microsoft released for NT 4.0.
    public static let latest = sp6a

    private init(uncheckedOrdinal: Int) { ordinal = uncheckedOrdinal }

    /// `number` 0…6; `revised` selects 6a.
    public init?(number: Int, revised: Bool = false) {
        guard (0...6).contains(number), !revised || number == 6 else { return nil }
        ordinal = revised ? 7 : number
    }

    /// Reads `3`, `SP3`, `sp 3`, `Service Pack 3`, `6a`, `SP6a`, `0`, `none`, `RTM`.
    public init?(parsing text: String) {
        var key = Substring(text.lowercased().filter { !$0.isWhitespace })
        if key == "none" || key == "rtm" { self = .rtm; return }
        for prefix in ["servicepack", "sp"] where key.hasPrefix(prefix) {
            key = key.dropFirst(prefix.count)
            break
        }
        let revised = key.hasSuffix("a")
        if revised { key = key.dropLast() }
        guard !key.isEmpty, key.allSatisfy(\.isASCIIDigitCharacter), let number = Int(key) else { return nil }
        self.init(number: number, revised: revised)
    }

    public var isRevised: Bool { ordinal == 7 }
    /// The service pack's number (6 for SP6a).
    public var number: Int { min(ordinal, 6) }

    /// `SP3`, `SP6a`, `RTM`.
    public var description: String {
        ordinal == 0 ? "RTM" : "SP" + label
    }

    /// `3`, `6a`, `0`: the form used in facts files and JSON.
    public var label: String { isRevised ? "6a" : String(ordinal) }

    /// `Service Pack 3`, `Service Pack 6a`, `no service pack`.
    public var longName: String { ordinal == 0 ? "no service pack" : "Service Pack " + label }

    public static func < (lhs: ServicePack, rhs: ServicePack) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The next level, or nil after SP6a.
    public var next: ServicePack? { ordinal < 7 ? ServicePack(uncheckedOrdinal: ordinal + 1) : nil }
    /// The previous level, or nil at RTM.
    public var previous: ServicePack? { ordinal > 0 ? ServicePack(uncheckedOrdinal: ordinal - 1) : nil }
}

extension Character {
    var isASCIIDigitCharacter: Bool { asciiValue.map { (48...57).contains($0) } ?? false }
}
