/// A name compared the way people mean it: letters and digits only, case folded, so `DHCP Server`,
/// `DhcpServer` and `dhcp-server` are one name.
public struct NameKey: Hashable, Sendable, Comparable {
    public let value: String

    public init(_ name: some StringProtocol) {
        var key = ""
        key.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case 0x41...0x5A: key.unicodeScalars.append(Unicode.Scalar(byte + 32))
                case 0x61...0x7A, 0x30...0x39: key.unicodeScalars.append(scalar)
                default: break
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                key += String(scalar).lowercased()
            }
        }
        value = key
    }

    public static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.value < rhs.value }
}
