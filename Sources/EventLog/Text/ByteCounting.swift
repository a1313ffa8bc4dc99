/// Counting bytes sixteen at a time: line numbers and columns are worked out by counting line
/// feeds and character starts over long stretches of text, which a byte-by-byte loop (that the
/// compiler does not vectorise) does at a few instructions a byte.
enum ByteCounting {
    /// How many of `bytes` equal `byte`.
    static func count(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        countMatching(bytes, EqualTo(byte: byte))
    }

    /// How many characters the UTF-8 `bytes` hold (bytes that are not continuation bytes).
    static func characters(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        countMatching(bytes, CharacterStart())
    }

    /// Which bytes are counted, sixteen at a time and one at a time (a generic parameter, not a
    /// closure, so that each use is compiled with its test inlined into the loop).
    private protocol ByteTest {
        /// 1 in the lanes of the bytes counted, else 0.
        func ones(_ block: SIMD16<UInt8>) -> SIMD16<UInt8>
        func counts(_ byte: UInt8) -> Bool
    }

    private struct EqualTo: ByteTest {
        let byte: UInt8
        @inline(__always) func ones(_ block: SIMD16<UInt8>) -> SIMD16<UInt8> {
            SIMD16<UInt8>(repeating: 0).replacing(with: 1, where: block .== SIMD16<UInt8>(repeating: byte))
        }
        func counts(_ candidate: UInt8) -> Bool { candidate == byte }
    }

    private struct CharacterStart: ByteTest {
        @inline(__always) func ones(_ block: SIMD16<UInt8>) -> SIMD16<UInt8> {
            SIMD16<UInt8>(repeating: 1).replacing(with: 0, where: block & SIMD16<UInt8>(repeating: 0xC0) .== SIMD16<UInt8>(repeating: 0x80))
        }
        func counts(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }
    }

    private static func countMatching<Test: ByteTest>(_ bytes: UnsafeBufferPointer<UInt8>, _ test: Test) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let blocks = bytes.count / 16
        var total = 0, block = 0
        while block < blocks {
            // Up to 255 blocks add up in byte lanes before they could overflow.
            let stop = min(blocks, block &+ 255)
            var lanes = SIMD16<UInt8>(repeating: 0)
            while block < stop {
                lanes &+= test.ones(raw.loadUnaligned(fromByteOffset: block &* 16, as: SIMD16<UInt8>.self))
                block &+= 1
            }
            // Widened first: sixteen lanes of up to 255 overflow a byte.
            total &+= Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
        }
        for index in (blocks &* 16)..<bytes.count where test.counts(base[index]) { total &+= 1 }
        return total
    }
}
