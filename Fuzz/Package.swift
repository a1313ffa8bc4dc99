// swift-tools-version: 6.1
// libFuzzer harnesses for ntdiag's readers and rule loader (see run.sh). Not part of the main
// package, so `swift test` never builds them: build with run.sh, which instruments every module.
import PackageDescription

let package = Package(
    name: "ntdiag-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "ntdiag", path: "..")],
    targets: [
        .executableTarget(
            name: "ntdiag-fuzz",
            dependencies: [
                .product(name: "EventLog", package: "ntdiag"),
                .product(name: "Diagnosis", package: "ntdiag"),
            ],
            // libFuzzer supplies main(); the harness only defines LLVMFuzzerTestOneInput.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
