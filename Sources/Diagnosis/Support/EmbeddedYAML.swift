/// Reads the built-in rules' YAML documents as RuleEmbedder wrote them at build time: the tree
/// Yams composed from each rule file, in a compact form that takes a fraction of a millisecond
/// to read, where composing the 96 files again on every start took about 40 ms (most of what
/// `analyze` spent before reading a log).
///
/// The form, in UTF-8 (numbers in decimal, lengths in bytes):
///
///     s<style><line>:<length>:<text>     a scalar (style: 0 plain, 1 single-quoted,
///                                        2 double-quoted, 3 literal, 4 folded)
///     q<line>:<count>:<node>…           a sequence of count nodes
///     m<line>:<count>:<key><value>…     a mapping of count pairs of nodes
///
/// Scalars go through `YAMLNode.scalar`, as in a file parsed at run time, so both give the same
/// tree (a test compares them for every built-in file). Anything that does not read exactly
/// gives nil, and the caller parses the file's text instead.
enum EmbeddedYAML {
    static func decode(_ encoded: String) -> YAMLNode? {
        var encoded = encoded
        return encoded.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            guard let node = reader.node(depth: 0), reader.position == bytes.count else { return nil }
            return node
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        /// Deeper than any rule goes: a guard, not a limit anyone meets.
        static let maximumDepth = 64

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func node(depth: Int) -> YAMLNode? {
            guard depth < Reader.maximumDepth, position < bytes.count else { return nil }
            let kind = bytes[position]
            position += 1
            switch kind {
            case UInt8(ascii: "s"):
                guard position < bytes.count, let style = YAMLNode.ScalarStyle(rawValue: bytes[position] &- UInt8(ascii: "0")) else { return nil }
                position += 1
                guard let line = number(), let length = number(), length <= bytes.count - position else { return nil }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<(position + length)]), as: UTF8.self)
                position += length
                return YAMLNode.scalar(text, style: style, line: line)
            case UInt8(ascii: "q"):
                guard let line = number(), let count = number(), count <= bytes.count - position else { return nil }
                var items: [YAMLNode] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    guard let item = node(depth: depth + 1) else { return nil }
                    items.append(item)
                }
                return .list(items, line: line)
            case UInt8(ascii: "m"):
                guard let line = number(), let count = number(), count <= bytes.count - position else { return nil }
                var entries: [YAMLEntry] = []
                entries.reserveCapacity(count)
                for _ in 0..<count {
                    guard let key = node(depth: depth + 1), let value = node(depth: depth + 1) else { return nil }
                    entries.append(YAMLEntry(key: key, value: value))
                }
                return .map(entries, line: line)
            default:
                return nil
            }
        }

        /// Decimal digits up to a colon, which is consumed.
        mutating func number() -> Int? {
            var value = 0
            var digits = 0
            while position < bytes.count, digits <= 9 {
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: ":") { return digits > 0 ? value : nil }
                let digit = byte &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
                digits += 1
            }
            return nil
        }
    }
}
