import Diagnosis
import Foundation
import Testing
@testable import Audit

#if canImport(Glibc)
import Glibc
#endif

/// Walking folders: recursion, symbolic links (never out of the audited folders, never in a
/// loop), special files, the same file twice, folders that cannot be listed.
@Suite("Folder walker")
struct FolderWalkerTests {
    @Test func walksRecursivelyInPathOrder() throws {
        let folder = try TestFolder()
        try folder.write("b/System.xml", "x")
        try folder.write("a/deeper/still/App.xml", "x")
        try folder.write("a.txt", "x")
        try folder.write(".git/objects/pack", "x")
        try folder.write("b/.hidden.xml", "x")
        let walk = FolderWalker.walk([folder.root])
        #expect(walk.files.map(\.path) == [folder.path("a.txt"), folder.path("a/deeper/still/App.xml"), folder.path("b/.hidden.xml"),
                                            folder.path("b/System.xml")])
        #expect(walk.files.map(\.folderName) == [(folder.root as NSString).lastPathComponent, "still", "b", "b"])
        #expect(walk.skipped == [SkippedFile(path: folder.path(".git"), reason: "a hidden folder, not walked")])
        #expect(walk.failures.isEmpty)
    }

    @Test func neverLoopsAndNeverLeavesTheAuditedFolders() throws {
        let folder = try TestFolder()
        let outside = try TestFolder()
        try outside.write("secret.xml", "x")
        try folder.write("logs/System.xml", "x")
        try folder.link("logs/loop", to: "..")
        try folder.link("logs/self", to: ".")
        try folder.link("logs/out", to: outside.root)
        try folder.link("logs/out-file", to: outside.path("secret.xml"))
        try folder.link("logs/dangling", to: folder.path("nowhere"))
        try folder.link("logs/again.xml", to: "System.xml")
        try folder.link("logs/circle-a", to: "circle-b")
        try folder.link("logs/circle-b", to: "circle-a")
        #expect(mkfifo(folder.path("logs/pipe"), 0o600) == 0)
        let walk = FolderWalker.walk([folder.root])
        #expect(walk.files.map(\.path) == [folder.path("logs/System.xml")])
        let reasons = Dictionary(uniqueKeysWithValues: walk.skipped.map { (($0.path as NSString).lastPathComponent, $0.reason) })
        #expect(reasons["loop"]?.hasPrefix("the same folder as") == true)
        #expect(reasons["self"]?.hasPrefix("the same folder as") == true)
        #expect(reasons["out"]?.hasSuffix("outside the audited folders") == true)
        #expect(reasons["out-file"]?.hasSuffix("outside the audited folders") == true)
        #expect(reasons["dangling"]?.hasPrefix("a broken symbolic link") == true)
        #expect(reasons["again.xml"] == "the same file as \(folder.path("logs/System.xml"))")
        #expect(reasons["circle-a"] == "a symbolic link that loops")
        #expect(reasons["pipe"] == "not a regular file (a FIFO, socket or device)")
    }

    @Test func linksInsideTheAuditedFoldersAreFollowed() throws {
        let folder = try TestFolder()
        try folder.write("archive/1999/System.xml", "x")
        try folder.link("current", to: folder.path("archive/1999"))
        let walk = FolderWalker.walk([folder.path("current"), folder.path("archive")])
        // The root is taken as given; the real folder, reached again, is not walked twice.
        #expect(walk.files.map(\.path) == [folder.path("current/System.xml")])
        #expect(walk.skipped.map(\.path) == [folder.path("archive/1999")])
    }

    @Test func missingRootsAreFailures() throws {
        let folder = try TestFolder()
        let walk = FolderWalker.walk([folder.path("missing")])
        #expect(walk.failures.map(\.path) == [folder.path("missing")])
        #expect(walk.failures.first?.failed == true)
        #expect(walk.failures.first?.problems.first?.message == "no such file or folder")
    }

    @Test(.enabled(if: getuid() != 0, "permissions do not apply to root"))
    func aFolderThatCannotBeListedIsAFailure() throws {
        let folder = try TestFolder()
        try folder.write("locked/System.xml", "x")
        chmod(folder.path("locked"), 0)
        defer { chmod(folder.path("locked"), 0o755) }
        let walk = FolderWalker.walk([folder.root])
        #expect(walk.failures.first?.problems.first?.message == "cannot list the folder: permission denied")
    }
}
