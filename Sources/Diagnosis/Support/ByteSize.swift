/// Sizes as rules and facts write them: `192MB`, `0.065KB`, `4 KB`, `8388608` (bytes). K, M and
/// G are powers of 1024, as Windows counts memory.
public enum ByteSize {
    static let kilo = 1024.0, mega = 1_048_576.0, giga = 1_073_741_824.0

    static func parse(_ text: String) -> Double? {
        let compact = text.filter { $0 != " " && $0 != "_" }.lowercased()
        let units: [(String, Double)] = [("gb", giga), ("mb", mega), ("kb", kilo), ("g", giga), ("m", mega), ("k", kilo), ("bytes", 1), ("b", 1)]
        for (suffix, scale) in units where compact.hasSuffix(suffix) {
            guard let number = Double(compact.dropLast(suffix.count)), number.isFinite, number >= 0 else { return nil }
            return number * scale
        }
        guard let number = Double(compact), number.isFinite, number >= 0 else { return nil }
        return number
    }

    /// A size given as a fact: a number of bytes, or text with a unit.
    static func bytes(of value: FactValue) -> Double? {
        switch value {
        case .number(let number): return number >= 0 ? number : nil
        case .text(let text): return parse(text)
        default: return nil
        }
    }

    /// `192 MB`, `9.4 KB`, `312 bytes`: for people.
    public static func text(_ bytes: Double) -> String {
        let magnitude = abs(bytes)
        let (scale, unit): (Double, String) = magnitude >= giga ? (giga, "GB") : magnitude >= mega ? (mega, "MB")
            : magnitude >= kilo ? (kilo, "KB") : (1, "bytes")
        let value = bytes / scale
        let rounded = abs(value) >= 100 || scale == 1 ? FactValue.format(value.rounded()) : FactValue.format(value)
        return rounded + " " + unit
    }
}
