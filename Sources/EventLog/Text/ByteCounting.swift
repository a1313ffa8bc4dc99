/// Counting bytes sixteen at a time: line numbers and columns are worked out by counting line
/// feeds and character starts over long stretches of text, which a byte-by-byte loop (that the
/// compiler does not vectorise, because of its early exits) does at a few instructions a byte.
enum ByteCounting {
    /// How many of `bytes` equal `byte`.
    static func count(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var total = 0
        var index = 0
        let wanted = SIMD16<UInt8>(repeating: byte)
        while index + 16 <= bytes.count {
            // Up to 255 blocks add up in byte lanes before they could overflow.
            var lanes = SIMD16<UInt8>(repeating: 0)
            var blocks = 0
            while blocks < 255, index + 16 <= bytes.count {
                let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                lanes &+= SIMD16<UInt8>(repeating: 0).replacing(with: 1, where: block .== wanted)
                index += 16
                blocks += 1
            }
            total &+= sum(lanes)
        }
        while index < bytes.count {
            total &+= base[index] == byte ? 1 : 0
            index += 1
        }
        return total
    }

    /// How many characters the UTF-8 `bytes` hold (bytes that are not continuation bytes).
    static func characters(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var total = 0
        var index = 0
        let mask = SIMD16<UInt8>(repeating: 0xC0), continuation = SIMD16<UInt8>(repeating: 0x80)
        while index + 16 <= bytes.count {
            var lanes = SIMD16<UInt8>(repeating: 0)
            var blocks = 0
            while blocks < 255, index + 16 <= bytes.count {
                let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                lanes &+= SIMD16<UInt8>(repeating: 1).replacing(with: 0, where: block & mask .== continuation)
                index += 16
                blocks += 1
            }
            total &+= sum(lanes)
        }
        while index < bytes.count {
            total &+= base[index] & 0xC0 != 0x80 ? 1 : 0
            index += 1
        }
        return total
    }

    /// The lanes' total (widened first: sixteen lanes of up to 255 overflow a byte).
    @inline(__always)
    private static func sum(_ lanes: SIMD16<UInt8>) -> Int { Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum()) }
}
