import Diagnosis

/// The parts of the diagnosis JSON only an audit has: the fleet roll-up (service packs, what to
/// install where, defects across machines), the files skipped and why, and the events counted
/// once although several exports held them. Machine names in every list are sorted.
enum FleetJSON {
    static func fields(_ result: DiagnosisResult, discovery: FileDiscovery) -> [(String, JSONValue)] {
        let fleet = FleetSummary(hosts: result.hosts)
        func groups(_ groups: [FleetSummary.Group], _ key: String) -> JSONValue {
            .array(groups.map { .object([(key, .string($0.label)), ("hosts", names($0.hosts))]) })
        }
        return [
            ("fleet", .object([
                ("hosts", .integer(Int64(fleet.hostCount))),
                ("summary", .string(fleet.sentence)),
                ("service_packs", groups(fleet.servicePacks, "service_pack")),
                ("install", groups(fleet.installs, "service_pack")),
                ("minimum", groups(fleet.minimums, "service_pack")),
                ("hotfixes", groups(fleet.hotfixes, "hotfix")),
                ("nothing_to_install", names(fleet.nothingToInstall)),
                ("defects", .array(fleet.defects.map(defect))),
            ])),
            ("roots", .array(discovery.roots.map(JSONValue.string))),
            ("skipped", .array(discovery.skipped.map { .object([("path", .string($0.path)), ("reason", .string($0.reason))]) })),
            ("duplicates", .array(discovery.duplicates.map {
                .object([("path", .string($0.path)), ("events", .integer(Int64($0.count))), ("already_in", .array($0.alreadyIn.map(JSONValue.string)))])
            })),
        ]
    }

    private static func names(_ hosts: [String]) -> JSONValue { .array(hosts.sorted().map(JSONValue.string)) }

    private static func defect(_ spread: FleetSummary.Spread) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("rule", .string(spread.rule)), ("kb", .string(spread.kb)), ("title", .string(spread.title)),
            ("severity", .string(spread.severity.rawValue)), ("fixed_in", .string(DiagnosisJSON.fixedIn(spread.fix))),
        ]
        for status in FindingStatus.allCases {
            fields.append((status.rawValue, names(spread.hosts[status] ?? [])))
        }
        return .object(fields)
    }
}
