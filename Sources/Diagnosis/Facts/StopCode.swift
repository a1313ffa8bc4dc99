/// A bugcheck (STOP) code, normalised from any of the spellings NT, its tools and the Knowledge
/// Base use: `0xC000021A`, `c000021a`, `0x0000000a`, `0A`, `0xA`, `Stop 0x1E`, `STOP: 0X7B`.
///
/// STOP codes are always hexadecimal, with or without `0x`, so `50` is 0x50.
public struct StopCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: UInt32

    public init(_ value: UInt32) { self.value = value }

    /// Parses one spelling; nil when it is not a hexadecimal number of at most 8 digits.
    public init?(parsing text: String) {
        var key = Substring(text.trimmingSpaces)
        for prefix in ["stop:", "stop", "bugcheck"] where key.lowercased().hasPrefix(prefix) {
            key = key.dropFirst(prefix.count).drop { $0 == " " }
            break
        }
        guard let value = StopCode.hex(key) else { return nil }
        self.value = value
    }

    /// `0x` + 1…8 hex digits, or the digits alone; nil otherwise.
    static func hex(_ text: Substring) -> UInt32? {
        var digits = text
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") { digits = digits.dropFirst(2) }
        guard (1...8).contains(digits.count), digits.allSatisfy(\.isHexDigit) else { return nil }
        return UInt32(digits, radix: 16)
    }

    /// `0x0000000A`, `0xC000021A`: the form of the blue screen, used in reports and JSON.
    public var description: String { StopCode.hex32(value) }

    /// The symbolic name NT prints with the code, when ntdiag knows it.
    public var symbolicName: String? { StopCode.names[value] }

    public static func < (lhs: StopCode, rhs: StopCode) -> Bool { lhs.value < rhs.value }

    /// `0x` and eight upper-case hex digits.
    public static func hex32(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
    }

    private static let names: [UInt32: String] = [
        0x0A: "IRQL_NOT_LESS_OR_EQUAL", 0x19: "BAD_POOL_HEADER", 0x1E: "KMODE_EXCEPTION_NOT_HANDLED",
        0x23: "FAT_FILE_SYSTEM", 0x24: "NTFS_FILE_SYSTEM", 0x2E: "DATA_BUS_ERROR",
        0x3B: "SYSTEM_SERVICE_EXCEPTION", 0x3E: "MULTIPROCESSOR_CONFIGURATION_NOT_SUPPORTED",
        0x3F: "NO_MORE_SYSTEM_PTES", 0x41: "MUST_SUCCEED_POOL_EMPTY", 0x50: "PAGE_FAULT_IN_NONPAGED_AREA",
        0x67: "CONFIG_INITIALIZATION_FAILED", 0x78: "PHASE0_EXCEPTION", 0x7B: "INACCESSIBLE_BOOT_DEVICE",
        0x7F: "UNEXPECTED_KERNEL_MODE_TRAP", 0xC000_021A: "STATUS_SYSTEM_PROCESS_TERMINATED",
        0xC000_021E: "STATUS_CANCEL_TIMEOUT", 0xC000_0244: "STATUS_AUDIT_FAILED",
    ]
}
