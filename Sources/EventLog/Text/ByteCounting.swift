/// Counting bytes sixteen at a time: line numbers and columns are worked out by counting line
/// feeds and character starts over long stretches of text, which a byte-by-byte loop (that the
/// compiler does not vectorise) does at a few instructions a byte.
enum ByteCounting {
    /// How many of `bytes` equal `byte`.
    static func count(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let wanted = SIMD16<UInt8>(repeating: byte), zero = SIMD16<UInt8>(repeating: 0)
        let blocks = bytes.count / 16
        var total = 0, block = 0
        while block < blocks {
            // Up to 255 blocks add up in byte lanes before they could overflow.
            let stop = min(blocks, block &+ 255)
            var lanes = zero
            while block < stop {
                lanes &+= zero.replacing(with: 1, where: raw.loadUnaligned(fromByteOffset: block &* 16, as: SIMD16<UInt8>.self) .== wanted)
                block &+= 1
            }
            total &+= sum(lanes)
        }
        for index in (blocks &* 16)..<bytes.count where base[index] == byte { total &+= 1 }
        return total
    }

    /// How many characters the UTF-8 `bytes` hold (bytes that are not continuation bytes).
    static func characters(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let mask = SIMD16<UInt8>(repeating: 0xC0), continuation = SIMD16<UInt8>(repeating: 0x80)
        let zero = SIMD16<UInt8>(repeating: 0), one = SIMD16<UInt8>(repeating: 1)
        let blocks = bytes.count / 16
        var total = 0, block = 0
        while block < blocks {
            let stop = min(blocks, block &+ 255)
            var lanes = zero
            while block < stop {
                let loaded = raw.loadUnaligned(fromByteOffset: block &* 16, as: SIMD16<UInt8>.self)
                lanes &+= one.replacing(with: 0, where: loaded & mask .== continuation)
                block &+= 1
            }
            total &+= sum(lanes)
        }
        for index in (blocks &* 16)..<bytes.count where base[index] & 0xC0 != 0x80 { total &+= 1 }
        return total
    }

    /// The lanes' total (widened first: sixteen lanes of up to 255 overflow a byte).
    @inline(__always)
    private static func sum(_ lanes: SIMD16<UInt8>) -> Int { Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum()) }
}
