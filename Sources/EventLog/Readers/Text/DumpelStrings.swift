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
/// Works on the record's bytes (all the separators are ASCII) and makes a `String` only for each
/// string it returns: this runs for every such record.
enum DumpelStrings {
    static func split(_ text: TextBytes, source: TextBytes, id: UInt16) -> [String] {
        if text.isEmpty { return [] }
        switch id {
        case 7035, 7036, 7000, 7023, 7024:
            return source.equalsIgnoringCase("service control manager") ? splitBeforeLastWord(text) : [text.string]
        case 6009:
            return source.equalsIgnoringCase("eventlog") ? versionStrings(text) ?? [text.string] : [text.string]
        case 1001:
            return source.equalsIgnoringCase("save dump") ? bugcheckStrings(text) ?? [text.string] : [text.string]
        default:
            return [text.string]
        }
    }

    private static func splitBeforeLastWord(_ text: TextBytes) -> [String] {
        guard let space = text.lastIndex(of: ASCII.space) else { return [text.string] }
        return [text.slice(0, space).string, text.slice(space + 1, text.count).string]
    }

    /// `4.0 1381 Service Pack 3 Uniprocessor Free` → `4.0`, `1381`, `Service Pack 3`,
    /// `Uniprocessor Free` (no service pack leaves two spaces: an empty third string).
    private static func versionStrings(_ text: TextBytes) -> [String]? {
        // The version and the build are the first two words, the kind the last two.
        guard let firstSpace = text.index(of: ASCII.space),
              let secondSpace = text.index(of: ASCII.space, from: firstSpace + 1),
              let lastSpace = text.lastIndex(of: ASCII.space), lastSpace > secondSpace,
              let kindSpace = text.slice(0, lastSpace).lastIndex(of: ASCII.space), kindSpace >= secondSpace else { return nil }
        // The service pack runs from the third word to the space before the kind.
        let servicePack = kindSpace == secondSpace ? "" : text.slice(secondSpace + 1, kindSpace).string
        return [text.slice(0, firstSpace).string, text.slice(firstSpace + 1, secondSpace).string, servicePack,
                text.slice(kindSpace + 1, text.count).string]
    }

    /// `0x0000000a (0x…, 0x…, 0x…, 0x…) Microsoft Windows NT [v15.1381] C:\WINNT\MEMORY.DMP`.
    private static func bugcheckStrings(_ text: TextBytes) -> [String]? {
        guard let close = text.index(of: 0x29) else { return nil }
        let code = text.slice(0, close + 1).string
        let rest = text.slice(close + 1, text.count).droppingLeadingSpaces()
        guard let bracket = rest.index(of: 0x5D) else { return [code, rest.string] }
        let build = rest.slice(0, bracket + 1).string
        let dump = rest.slice(bracket + 1, rest.count).droppingLeadingSpaces()
        return dump.isEmpty ? [code, build] : [code, build, dump.string]
    }
}

private extension UnsafeBufferPointer where Element == UInt8 {
    /// Without leading spaces (only spaces: dumpel separates by them).
    func droppingLeadingSpaces() -> TextBytes {
        var start = 0
        while start < count, self[start] == ASCII.space { start += 1 }
        return slice(start, count)
    }
}
