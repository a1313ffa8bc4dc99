/// One crash: the STOP code and its four parameters (nil where the text did not give one).
public struct Bugcheck: Hashable, Sendable, CustomStringConvertible {
    public let code: StopCode
    /// Exactly four entries; nil for a parameter the source did not state.
    public let parameters: [UInt32?]

    public init(code: StopCode, parameters: [UInt32?]) {
        self.code = code
        var four = Array(parameters.prefix(4))
        while four.count < 4 { four.append(nil) }
        self.parameters = four
    }

    /// `0xC000021A (0xE17C7FC8, 0x00000001, 0x00000000, 0x00000000)`; `?` for an unknown parameter.
    public var description: String {
        guard parameters.contains(where: { $0 != nil }) else { return code.description }
        return code.description + " (" + parameters.map { $0.map(StopCode.hex32) ?? "?" }.joined(separator: ", ") + ")"
    }
}
