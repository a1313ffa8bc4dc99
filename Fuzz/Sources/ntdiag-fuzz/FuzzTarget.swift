import Diagnosis
import EventLog

#if canImport(Glibc)
import Glibc
#endif

/// What one fuzzing run exercises, chosen by `NTDIAG_FUZZ_TARGET` (run.sh sets it): one reader
/// forced on every input (so each reader sees every input, not only those it would recognise),
/// `sniff` (recognition and whichever reader wins), `rules` (the YAML rule loader), or
/// `xml-differential` (both XML readers with and without the plain scanner: any difference in
/// events or report is a finding).
enum FuzzTarget {
    case reader(LogFormat?)
    case rules
    case xmlDifferential

    static let names: [String: FuzzTarget] = {
        var names: [String: FuzzTarget] = ["sniff": .reader(nil), "rules": .rules, "xml-differential": .xmlDifferential]
        for format in LogFormat.allCases { names[format.rawValue] = .reader(format) }
        return names
    }()

    /// The target named by the environment; exits with the list of names when there is none.
    static let chosen: FuzzTarget = {
        let name = getenv("NTDIAG_FUZZ_TARGET").map { String(cString: $0) } ?? ""
        guard let target = names[name] else {
            print("set NTDIAG_FUZZ_TARGET to one of: \(names.keys.sorted().joined(separator: ", "))")
            exit(64)
        }
        return target
    }()

    /// Where reader inputs are written: readers take files, not bytes (tmpfs when there is one).
    static let inputPath: String = {
        let folder = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        return "\(folder)/ntdiag-fuzz-\(getpid()).input"
    }()

    func run(_ bytes: UnsafeRawBufferPointer) {
        switch self {
        case .reader(let format):
            guard FuzzTarget.write(bytes, to: FuzzTarget.inputPath) else { return }
            for detail in [ReadDetail.full, .summary] {
                var options = ReadOptions(format: format)
                options.detail = detail
                var count = 0
                _ = EventLogFile.read(path: FuzzTarget.inputPath, options: options) { (event: Event) in
                    // Touch what a report would print, so lazily built fields are built too.
                    count &+= event.source.utf8.count &+ event.strings.count &+ (event.message?.utf8.count ?? 0)
                }
                if count == -1 { print(count) }
            }
        case .xmlDifferential:
            guard FuzzTarget.write(bytes, to: FuzzTarget.inputPath) else { return }
            for format in [LogFormat.eventXML, .logParserXML] {
                var reads: [(events: [Event], report: ReadReport)] = []
                for libxml2Only in [false, true] {
                    var options = ReadOptions(format: format)
                    options.libxml2Only = libxml2Only
                    var events: [Event] = []
                    let report = EventLogFile.read(path: FuzzTarget.inputPath, options: options) { (event: Event) in events.append(event) }
                    reads.append((events, report))
                }
                if reads[0].events != reads[1].events || reads[0].report != reads[1].report {
                    print("plain scanner and libxml2 differ (\(format.rawValue)):\n\(reads[0].report.problems)\n\(reads[1].report.problems)\n\(reads[0].events.count) vs \(reads[1].events.count) events")
                    abort()
                }
            }
        case .rules:
            let text = String(decoding: bytes, as: UTF8.self)
            let rules = RuleSet.parse([(path: "fuzz.yaml", text: text)])
            if rules.rules.count == -1 { print(rules) }
            _ = FactsFileParser.parse(text, path: "facts.yaml")
        }
    }

    private static func write(_ bytes: UnsafeRawBufferPointer, to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        return Glibc.write(descriptor, base, bytes.count) == bytes.count
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.chosen.run(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}

/// libFuzzer's entry point for programs that have a main of their own.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point under `<module>_main` (and points `main` at it), so
/// the harness provides that and hands over to libFuzzer's driver.
@_cdecl("ntdiag_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
