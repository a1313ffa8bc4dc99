#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or folder as the file system knows it (device and inode), so that a folder reached
/// twice (through a symbolic link, a bind mount, or two overlapping roots) is walked once and a
/// file reached twice (a link, a hard link) is read once.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
}

/// One `stat` or `lstat` of a path: its kind, size and identity, or the reason it failed.
struct FileStatus {
    enum Kind {
        case regular, directory, symbolicLink, other
    }

    let kind: Kind
    let size: Int64
    let identity: FileIdentity

    /// `lstat` (the link itself) when `followLinks` is false, `stat` (what it points to) otherwise.
    static func of(_ path: String, followLinks: Bool) -> Result<FileStatus, FileSystemError> {
        var info = stat()
        let status = followLinks ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return .failure(FileSystemError(code: errno)) }
        let kind: Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        return .success(FileStatus(kind: kind, size: Int64(info.st_size),
                                   identity: FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))))
    }
}

/// A failed file system call, with the reason in words.
struct FileSystemError: Error, CustomStringConvertible {
    let code: Int32

    var isLoop: Bool { code == ELOOP }

    var description: String {
        switch code {
        case ENOENT: return "no such file or folder"
        case EACCES, EPERM: return "permission denied"
        case ELOOP: return "too many levels of symbolic links"
        case ENOTDIR: return "a part of the path is not a folder"
        default: return String(cString: strerror(code))
        }
    }
}

enum FileSystem {
    /// The absolute path with every link resolved, or why it cannot be.
    static func realPath(_ path: String) -> Result<String, FileSystemError> {
        guard let resolved = realpath(path, nil) else { return .failure(FileSystemError(code: errno)) }
        defer { free(resolved) }
        return .success(String(cString: resolved))
    }

    /// The names in a folder (without `.` and `..`), in byte order, or why it cannot be listed.
    /// Names that are not valid UTF-8 come back separately, repaired for printing.
    static func names(in folder: String) -> Result<(names: [String], unreadable: [String]), FileSystemError> {
        guard let directory = opendir(folder) else { return .failure(FileSystemError(code: errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        var unreadable: [String] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            let name = String(decoding: bytes, as: UTF8.self)
            if name.utf8.elementsEqual(bytes) { names.append(name) } else { unreadable.append(name) }
        }
        return .success((names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }, unreadable.sorted()))
    }
}
