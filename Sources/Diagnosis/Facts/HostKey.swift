/// The identity of a machine across files and name spellings: the computer name, case folded,
/// without its DNS domain (`NTSRV01`, `ntsrv01` and `NTSRV01.corp.example` are one machine).
///
/// NT 4.0 records NetBIOS names, later exports fully qualified ones; NetBIOS names cannot
/// contain dots, so the first label is the machine. IP addresses are kept whole.
public struct HostKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let value: String

    public init(_ computer: String) {
        let trimmed = computer.trimmingSpaces
        let isAddress = !trimmed.isEmpty && trimmed.allSatisfy { $0.isASCIIDigitCharacter || $0 == "." }
        let label = isAddress ? Substring(trimmed) : (trimmed.split(separator: ".", omittingEmptySubsequences: false).first ?? "")
        value = label.uppercased()
    }

    /// A key taken as it is, for machines known by something other than a computer name.
    init(rawValue: String) { value = rawValue }

    public var description: String { value }
    public static func < (lhs: HostKey, rhs: HostKey) -> Bool { lhs.value < rhs.value }
}
