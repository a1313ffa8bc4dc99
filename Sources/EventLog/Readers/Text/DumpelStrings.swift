/// Splits the insertion strings of a dumpel record when dumpel ran without `-t` and wrote them
/// separated by single spaces, so that a string holding spaces ("DHCP Server") cannot be told
/// from two strings.
///
/// For the NT events ntdiag reasons about most, the shape of the strings is known and they are
/// split by it: Service Control Manager 7035/7036 (the service name, then one word), 7000/7023/
/// 7024 (the service name, then the error), EventLog 6009 (version, build, service pack,
/// "Uniprocessor Free"), Save Dump 1001 (the STOP code with its four parameters, the build string,
/// the dump file). Anything else is kept as one string: better whole than wrongly cut.
enum DumpelStrings {
    static func split(_ text: String, source: String, id: UInt16) -> [String] {
        if text.isEmpty { return [] }
        switch (source.lowercased(), id) {
        case ("service control manager", 7035), ("service control manager", 7036),
             ("service control manager", 7000), ("service control manager", 7023), ("service control manager", 7024):
            return splitBeforeLastWord(text)
        case ("eventlog", 6009):
            return versionStrings(text) ?? [text]
        case ("save dump", 1001):
            return bugcheckStrings(text) ?? [text]
        default:
            return [text]
        }
    }

    private static func splitBeforeLastWord(_ text: String) -> [String] {
        guard let space = text.lastIndex(of: " ") else { return [text] }
        return [String(text[..<space]), String(text[text.index(after: space)...])]
    }

    /// `4.0 1381 Service Pack 3 Uniprocessor Free` → `4.0`, `1381`, `Service Pack 3`,
    /// `Uniprocessor Free` (no service pack leaves two spaces: an empty third string).
    private static func versionStrings(_ text: String) -> [String]? {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count >= 4 else { return nil }
        let kind = words.suffix(2).joined(separator: " ")
        let servicePack = words.dropFirst(2).dropLast(2).joined(separator: " ")
        return [words[0], words[1], servicePack, kind]
    }

    /// `0x0000000a (0x…, 0x…, 0x…, 0x…) Microsoft Windows NT [v15.1381] C:\WINNT\MEMORY.DMP`.
    private static func bugcheckStrings(_ text: String) -> [String]? {
        guard let close = text.firstIndex(of: ")") else { return nil }
        let code = String(text[...close])
        let rest = text[text.index(after: close)...].drop { $0 == " " }
        guard let bracket = rest.firstIndex(of: "]") else { return [code, String(rest)] }
        let build = String(rest[...bracket])
        let dump = rest[rest.index(after: bracket)...].drop { $0 == " " }
        return dump.isEmpty ? [code, build] : [code, build, String(dump)]
    }
}
