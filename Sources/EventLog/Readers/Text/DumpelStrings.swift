/// Splits the insertion strings of a dumpel record when dumpel ran without `-t` and wrote them
/// separated by single spaces, so that a string holding spaces ("DHCP Server") cannot be told
/// from two strings.
///
/// For the NT events ntdiag reasons about most, the shape of the strings is known and they are
/// split by it: Service Control Manager 7035/7036 (the service name, then one word), 7000/7023/
/// 7024 (the service name, then the error), EventLog 6009 (version, build, service pack,
/// "Uniprocessor Free"), Save Dump 1001 (the STOP code with its four parameters, the build string,
/// the dump file). Anything else is kept as one string: better whole than wrongly cut.
///
/// Worked on the UTF-8 bytes (all the separators are ASCII): this runs for every such record.
enum DumpelStrings {
    static func split(_ text: String, source: String, id: UInt16) -> [String] {
        if text.isEmpty { return [] }
        switch id {
        case 7035, 7036, 7000, 7023, 7024:
            return isSource(source, "service control manager") ? splitBeforeLastWord(text) : [text]
        case 6009:
            return isSource(source, "eventlog") ? versionStrings(text) ?? [text] : [text]
        case 1001:
            return isSource(source, "save dump") ? bugcheckStrings(text) ?? [text] : [text]
        default:
            return [text]
        }
    }

    /// `source` is `lowercaseName`, ignoring ASCII case.
    private static func isSource(_ source: String, _ lowercaseName: StaticString) -> Bool {
        lowercaseName.withUTF8Buffer { name in
            source.utf8.elementsEqual(name) { ($0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0) == $1 }
        }
    }

    private static func string(_ bytes: Substring.UTF8View) -> String { String(Substring(bytes)) }

    private static func splitBeforeLastWord(_ text: String) -> [String] {
        guard let space = text.utf8.lastIndex(of: 0x20) else { return [text] }
        return [string(text.utf8[..<space]), string(text.utf8[text.utf8.index(after: space)...])]
    }

    /// `4.0 1381 Service Pack 3 Uniprocessor Free` → `4.0`, `1381`, `Service Pack 3`,
    /// `Uniprocessor Free` (no service pack leaves two spaces: an empty third string).
    private static func versionStrings(_ text: String) -> [String]? {
        let words = text.utf8.split(separator: 0x20, omittingEmptySubsequences: false)
        guard words.count >= 4, let first = words.first, let kindStart = words.dropLast().last?.startIndex else { return nil }
        let second = words[1]
        // The service pack runs from the third word to the space before the kind.
        let servicePack = words.count == 4 ? "" : string(text.utf8[words[2].startIndex..<text.utf8.index(before: kindStart)])
        return [string(first), string(second), servicePack, string(text.utf8[kindStart...])]
    }

    /// `0x0000000a (0x…, 0x…, 0x…, 0x…) Microsoft Windows NT [v15.1381] C:\WINNT\MEMORY.DMP`.
    private static func bugcheckStrings(_ text: String) -> [String]? {
        let bytes = text.utf8
        guard let close = bytes.firstIndex(of: 0x29) else { return nil }
        let code = string(bytes[...close])
        let rest = bytes[bytes.index(after: close)...].drop { $0 == 0x20 }
        guard let bracket = rest.firstIndex(of: 0x5D) else { return [code, string(rest)] }
        let build = string(rest[...bracket])
        let dump = rest[rest.index(after: bracket)...].drop { $0 == 0x20 }
        return dump.isEmpty ? [code, build] : [code, build, string(dump)]
    }
}
