import EventLog

/// What event 6009 says about the system: `Microsoft (R) Windows NT (R) 4.0 1381 Service Pack 3
/// Uniprocessor Free.` — the version, build, service pack (CSD) and kernel type.
///
/// Read from the insertion strings when the export has them, else from the rendered message
/// (text exports carry only the message).
public struct SystemVersion: Hashable, Sendable {
    /// `4.0`, `5.1`.
    public var osVersion: String
    public var build: Int?
    /// The CSD string as written (`Service Pack 3, RC 1.32`; empty for no service pack).
    public var csd: String
    public var servicePack: ServicePackRange?
    /// `uniprocessor` or `multiprocessor`, when stated.
    public var processors: String?

    /// Nil when neither the strings nor the message have the 6009 shape.
    public static func parse(strings: [String], message: String?) -> SystemVersion? {
        if strings.count >= 4, let version = versionToken(strings[0]), let build = Int(strings[1].trimmingSpaces) {
            return SystemVersion(osVersion: version, build: build, csd: strings[2].trimmingSpaces,
                                 servicePack: ServicePackRange.fromCSD(strings[2]), processors: processorKind(strings[3]))
        }
        guard let message else { return nil }
        let tokens = message.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" })
        guard let versionIndex = tokens.firstIndex(where: { versionToken($0) != nil }), let version = versionToken(tokens[versionIndex]) else { return nil }
        var rest = tokens[(versionIndex + 1)...]
        let build = rest.first.flatMap { Int($0) }
        if build != nil { rest = rest.dropFirst() }
        let kernelIndex = rest.firstIndex { processorKind($0) != nil }
        let csdTokens = rest[..<(kernelIndex ?? rest.endIndex)]
        var csd = csdTokens.joined(separator: " ")
        if kernelIndex == nil, csd.hasSuffix(".") { csd.removeLast() }
        return SystemVersion(osVersion: version, build: build, csd: csd, servicePack: ServicePackRange.fromCSD(csd),
                             processors: kernelIndex.flatMap { processorKind(rest[$0]) })
    }

    /// `4.0`, `5.01.`, `6.01.` → normalised version; nil for other tokens.
    static func versionToken(_ token: some StringProtocol) -> String? {
        let trimmed = token.trimmingSpaces
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: true)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }),
              trimmed.first?.isASCIIDigitCharacter == true else { return nil }
        return FactParser.normalisedVersion(trimmed)
    }

    static func processorKind(_ token: some StringProtocol) -> String? {
        let lower = token.lowercased()
        if lower.hasPrefix("uniprocessor") { return "uniprocessor" }
        if lower.hasPrefix("multiprocessor") { return "multiprocessor" }
        return nil
    }
}
