import Diagnosis
import EventLog

/// Walks the audited folders recursively and lists every regular file in them, without ever
/// looping and without leaving them.
///
/// - Every folder is walked once: folders are remembered by device and inode, so a symbolic link
///   (or bind mount) back into a folder already walked is skipped and listed, not followed.
/// - A symbolic link is followed only when what it points to lies inside one of the audited
///   roots (compared after resolving every link); a link that leads out of them, or nowhere, is
///   skipped and listed. The roots themselves are taken as given, links or not.
/// - A file reached twice (through a link or a hard link) is read once, under the path that
///   comes first.
/// - Anything that is not a regular file or folder (FIFO, socket, device) is skipped and listed
///   without being opened, so the walk never blocks.
/// - Hidden folders (`.git`, `.Trash`) are not walked, only listed; hidden files are read.
/// - A folder that cannot be listed, or a root that does not exist, is a failure: the audit goes
///   on and ends with exit status 2.
public enum FolderWalker {
    public static func walk(_ roots: [String]) -> FolderWalk {
        var walker = Walker(allowed: roots.compactMap { try? FileSystem.realPath($0).get() })
        for root in roots { walker.visit(root, isRoot: true) }
        var walk = walker.walk
        walk.files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        walk.skipped.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return walk
    }

    /// The walk in progress: what was found, and which folders and files were already seen.
    private struct Walker {
        let allowed: [String]
        var walk = FolderWalk()
        var seenFolders: [FileIdentity: String] = [:]
        var seenFiles: [FileIdentity: String] = [:]

        init(allowed: [String]) { self.allowed = allowed }

        mutating func visit(_ path: String, isRoot: Bool) {
            let status: FileStatus
            switch FileStatus.of(path, followLinks: isRoot) {
            case .success(let found): status = found
            case .failure(let error):
                isRoot ? fail(path, error.description) : skip(path, "cannot be examined: \(error)")
                return
            }
            switch status.kind {
            case .symbolicLink: followLink(path)
            case .directory where !isRoot && FolderWalker.isHidden(path): skip(path, "a hidden folder, not walked")
            case .directory: enter(path, status)
            case .regular: add(path, status)
            case .other: skip(path, "not a regular file (a FIFO, socket or device)")
            }
        }

        private mutating func followLink(_ path: String) {
            let target: String
            switch FileSystem.realPath(path) {
            case .success(let resolved): target = resolved
            case .failure(let error):
                skip(path, error.isLoop ? "a symbolic link that loops" : "a broken symbolic link (\(error))")
                return
            }
            guard allowed.contains(where: { target == $0 || target.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else {
                skip(path, "a symbolic link to \(target), outside the audited folders")
                return
            }
            guard case .success(let status) = FileStatus.of(path, followLinks: true) else {
                skip(path, "a broken symbolic link")
                return
            }
            switch status.kind {
            case .directory: enter(path, status)
            case .regular: add(path, status)
            case .symbolicLink, .other: skip(path, "a symbolic link to something that is not a regular file")
            }
        }

        private mutating func enter(_ folder: String, _ status: FileStatus) {
            if let first = seenFolders[status.identity] {
                skip(folder, "the same folder as \(first), already walked")
                return
            }
            seenFolders[status.identity] = folder
            switch FileSystem.names(in: folder) {
            case .failure(let error):
                fail(folder, "cannot list the folder: \(error)")
            case .success(let listing):
                let prefix = folder.hasSuffix("/") ? folder : folder + "/"
                for name in listing.unreadable { skip(prefix + name, "the file name is not valid UTF-8") }
                for name in listing.names { visit(prefix + name, isRoot: false) }
            }
        }

        private mutating func add(_ path: String, _ status: FileStatus) {
            if let first = seenFiles[status.identity] {
                skip(path, "the same file as \(first)")
                return
            }
            seenFiles[status.identity] = path
            walk.files.append(FoundFile(path: path, size: status.size, folderName: FolderWalker.folderName(of: path)))
        }

        private mutating func skip(_ path: String, _ reason: String) {
            walk.skipped.append(SkippedFile(path: path, reason: reason))
        }

        private mutating func fail(_ path: String, _ reason: String) {
            var report = ReadReport(path: path)
            report.fail(reason)
            walk.failures.append(report)
        }
    }

    static func isHidden(_ path: String) -> Bool {
        path.split(separator: "/").last?.hasPrefix(".") ?? false
    }

    /// The last folder name of a path (`fleet/NTSRV05/System.txt` → `NTSRV05`); for a file in
    /// the current folder, the current folder's own name.
    static func folderName(of path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        while let last = parts.last, last == "." { parts.removeLast() }
        if let last = parts.last, last != ".." { return String(last) }
        guard case .success(let absolute) = FileSystem.realPath(parts.isEmpty ? "." : parts.joined(separator: "/")) else { return "" }
        return absolute.split(separator: "/").last.map(String.init) ?? ""
    }
}
