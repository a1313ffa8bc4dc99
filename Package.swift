// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ntdiag",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ntdiag", targets: ["ntdiag"]),
        .library(name: "EventLog", targets: ["EventLog"]),
        .library(name: "Diagnosis", targets: ["Diagnosis"]),
        .library(name: "Reports", targets: ["Reports"]),
        .library(name: "Audit", targets: ["Audit"]),
        .library(name: "History", targets: ["History"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "EventLog", dependencies: ["CLibXML2"]),
        .target(
            name: "Diagnosis",
            dependencies: ["EventLog", "CRegex", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedRules"]
        ),
        // The rules' regular expressions, matched by ICU directly (libicu-dev, which libxml2-dev
        // brings; libxml2 already loads the library).
        .target(name: "CRegex", linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]),
        // Embeds Rules/*.yaml into Diagnosis at build time, so the rules ship inside the binary.
        // (It composes each rule file with Yams, so that ntdiag does not on every start.)
        .executableTarget(name: "RuleEmbedder", dependencies: [.product(name: "Yams", package: "Yams")]),
        .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["RuleEmbedder"]),
        // Fleet audits: walks folders, reads their logs in parallel, removes duplicates, feeds the engine.
        .target(name: "Audit", dependencies: ["Diagnosis", "EventLog"]),
        .target(
            name: "Reports",
            dependencies: ["Diagnosis", "EventLog", "CLibXML2", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // The history store: what earlier runs saw, in SQLite. Only the command line and this
        // target know about the database; Diagnosis gets plain values from it.
        .target(name: "History", dependencies: ["Diagnosis", "EventLog", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "ntdiag",
            dependencies: [
                "EventLog", "Diagnosis", "Reports", "Audit", "History",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Scratch folders for the tests' files, removed when the test process exits.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "EventLogTests", dependencies: ["EventLog", "TestSupport"], exclude: ["Regressions"]),
        .testTarget(name: "DiagnosisTests", dependencies: ["Diagnosis", "EventLog", "TestSupport"]),
        .testTarget(name: "AuditTests", dependencies: ["Audit", "Diagnosis", "EventLog", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Diagnosis", "EventLog", "CLibXML2"]),
        .testTarget(name: "HistoryTests", dependencies: ["History", "Diagnosis", "EventLog", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ntdiagTests", dependencies: ["ntdiag", "History", "TestSupport"], exclude: ["Golden"]),
    ]
)
