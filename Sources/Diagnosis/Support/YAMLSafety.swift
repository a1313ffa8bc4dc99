/// Guards against YAML that would make a loader loop or allocate without bound.
///
/// Anchors and aliases (`&a`, `*a`) let a few lines expand into billions of nodes (the "billion
/// laughs" attack), and even hashing such a document is exponential. Rule and facts files have
/// no need for them, so they are refused before the YAML parser composes anything; files are
/// also capped in size.
enum YAMLSafety {
    /// Where the first anchor or alias is, as (line, column), both 1-based; nil when there is none.
    ///
    /// A lexical scan that knows YAML's quoting, comments, flow collections and block scalars.
    /// It errs on the side of refusing: a plain scalar continued on a new line that starts with
    /// `*` or `&` is reported too (quote such text).
    static func firstAnchorOrAlias(in text: String) -> (line: Int, column: Int)? {
        // Most files hold neither character: one pass over the bytes settles them.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x2A }) else { return nil }
        var quote: UInt8? = nil
        var blockIndent: Int? = nil
        var flowDepth = 0
        var lineNumber = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let bytes = Array(line)
            let indent = bytes.prefix { $0 == 0x20 }.count
            let blank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if let parent = blockIndent {
                if blank || indent > parent { continue }
                blockIndent = nil
            }
            var tokenStart = quote == nil
            var index = quote == nil ? indent : 0
            while index < bytes.count {
                let byte = bytes[index]
                if let open = quote {
                    if open == 0x22 && byte == 0x5C { index += 2; continue }
                    if byte == open {
                        if open == 0x27 && index + 1 < bytes.count && bytes[index + 1] == 0x27 { index += 2; continue }
                        quote = nil
                    }
                    index += 1
                    continue
                }
                let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
                let followedBySpace = next == nil || next == 0x20 || next == 0x09 || next == 0x0D
                switch byte {
                case 0x20, 0x09, 0x0D:
                    index += 1
                    continue
                case 0x23 where index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09:
                    index = bytes.count
                    continue
                default: break
                }
                if tokenStart {
                    if byte == 0x26 || byte == 0x2A { // & *
                        if let next, !followedBySpace, next != 0x2C, next != 0x5D, next != 0x7D {
                            return (lineNumber, index + 1)
                        }
                    }
                    if byte == 0x22 || byte == 0x27 {
                        quote = byte
                        tokenStart = false
                        index += 1
                        continue
                    }
                    if (byte == 0x2D || byte == 0x3F) && followedBySpace { // "- " and "? " start a new node
                        index += 1
                        continue
                    }
                    if byte == 0x21 { // a tag: skip it, the node starts after it
                        while index < bytes.count && bytes[index] != 0x20 { index += 1 }
                        continue
                    }
                    if (byte == 0x7C || byte == 0x3E) && flowDepth == 0 { // | or > starts a block scalar
                        let rest = bytes[(index + 1)...].prefix { $0 != 0x23 }
                        if rest.allSatisfy({ $0 == 0x2B || $0 == 0x2D || (0x30...0x39).contains($0) || $0 == 0x20 || $0 == 0x0D }) {
                            blockIndent = indent
                            index = bytes.count
                            continue
                        }
                    }
                }
                switch byte {
                case 0x5B, 0x7B:
                    flowDepth += 1
                    tokenStart = true
                case 0x5D, 0x7D:
                    flowDepth = max(0, flowDepth - 1)
                    tokenStart = false
                case 0x2C where flowDepth > 0:
                    tokenStart = true
                case 0x3A where followedBySpace || (flowDepth > 0 && (next == 0x2C || next == 0x5D || next == 0x7D)):
                    tokenStart = true
                default:
                    tokenStart = false
                }
                index += 1
            }
        }
        return nil
    }
}
