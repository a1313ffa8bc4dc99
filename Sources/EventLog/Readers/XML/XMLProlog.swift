/// What comes before the first element of an XML text: the declaration (which the XML readers
/// drop, having transcoded the text to UTF-8 already), comments, processing instructions and a
/// `<!DOCTYPE`. Used to start the parser and to sniff formats.
struct XMLProlog {
    /// Bytes up to the end of the XML declaration (0 when there is none).
    private(set) var declarationEnd = 0
    /// The document has a `<!DOCTYPE` before its first element.
    private(set) var hasDoctype = false
    /// Offset of the `<` of the first element, when the bytes reach it.
    private(set) var firstElement: Int?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = XMLProlog.skipSpace(bytes, 0)
        if XMLProlog.matches(bytes, index, "<?xml"), index + 5 < bytes.count,
           XMLProlog.isSpace(bytes[index + 5]) || bytes[index + 5] == UInt8(ascii: "?"),
           let end = XMLProlog.find(bytes, "?>", from: index + 5) {
            declarationEnd = end + 2
            index = end + 2
        }
        while true {
            index = XMLProlog.skipSpace(bytes, index)
            if XMLProlog.matches(bytes, index, "<!--") {
                guard let end = XMLProlog.find(bytes, "-->", from: index + 4) else { return }
                index = end + 3
            } else if XMLProlog.matches(bytes, index, "<?") {
                guard let end = XMLProlog.find(bytes, "?>", from: index + 2) else { return }
                index = end + 2
            } else if XMLProlog.matches(bytes, index, "<!DOCTYPE") {
                hasDoctype = true
                guard let end = XMLProlog.doctypeEnd(bytes, from: index + 9) else { return }
                index = end + 1
            } else {
                if index < bytes.count, bytes[index] == UInt8(ascii: "<") { firstElement = index }
                return
            }
        }
    }

    /// The name of the first element (`Events`, `Event`, `ROOT`), for sniffing.
    static func firstElementName(of text: String) -> String? {
        let bytes = Array(text.utf8.prefix(16 << 10))
        return bytes.withUnsafeBufferPointer { view -> String? in
            guard let start = XMLProlog(view).firstElement else { return nil }
            var end = start + 1
            while end < view.count, !isSpace(view[end]), view[end] != UInt8(ascii: ">"), view[end] != UInt8(ascii: "/") { end += 1 }
            let name = String(decoding: view[(start + 1)..<end], as: UTF8.self)
            // A prefixed name (`<e:Event>`) counts by its local part.
            return name.split(separator: ":").last.map(String.init)
        }
    }

    /// The `>` that closes a `<!DOCTYPE`, past any internal subset in brackets and quoted text.
    private static func doctypeEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var depth = 0
        var quote: UInt8?
        for index in start..<bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth <= 0: return index
            default: break
            }
        }
        return nil
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var index = start
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return index
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pattern = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if matches(bytes, index, literal) { return index }
            index += 1
        }
        return nil
    }
}
