import EventLog

/// Works out the facts a machine's logs tell about it: version, build, service pack and kernel
/// type (6009), boots and shutdowns (6005/6006/6008), uptime, crashes, services.
///
/// Where the logs say nothing directly, it reasons as a person would, and says so in the fact's
/// source: boots without any 6009 mean a service pack below 4 (6009 first appeared in SP4), and
/// 6006/6008 without 6009 mean SP4 or later.
public enum FactInference {
    public static func facts(of host: HostAccumulator) -> FactSheet {
        var sheet = FactSheet()
        inferVersion(host, into: &sheet)
        inferBootFacts(host, into: &sheet)
        inferServices(host, into: &sheet)
        if host.crashCount > 0, let first = host.crashes.map(\.event).min(by: { isEarlier($0, than: $1) }) {
            let distinct = Array(Set(host.crashes.map(\.bugcheck.description))).sorted()
            sheet.infer(Fact(name: FactName.bugchecks, value: .list(distinct, complete: false),
                             source: .inferred("\(host.crashCount) crash report\(host.crashCount == 1 ? "" : "s") (Save Dump)", first)))
        }
        let named = host.crashes.filter { $0.driver != nil }
        if let first = named.map(\.event).min(by: { isEarlier($0, than: $1) }) {
            sheet.infer(Fact(name: FactName.crashDriver, value: .list(Array(Set(named.compactMap(\.driver))).sorted(), complete: false),
                             source: .inferred("named by \(named.count) crash report\(named.count == 1 ? "" : "s")", first)))
        }
        return sheet
    }

    private static func inferServices(_ host: HostAccumulator, into sheet: inout FactSheet) {
        let services = host.services.names
        if !services.isEmpty, let first = host.services.services.values.compactMap(\.firstSeen).min(by: { isEarlier($0, than: $1) }) {
            sheet.infer(Fact(name: FactName.services, value: .list(services, complete: false),
                             source: .inferred("seen in Service Control Manager events and as event sources", first)))
        }
        var restarts: [String] = []
        var firstRestart: Int64?
        for (key, service) in host.services.services {
            let cycles = host.services.cycleTimes(of: key, boots: host.boots)
            guard let first = cycles.first else { continue }
            restarts.append("\(service.name) ×\(cycles.count)")
            firstRestart = min(firstRestart ?? first, first)
        }
        if !restarts.isEmpty, let firstRestart {
            let when = EventTimeText.text(firstRestart, like: host.firstTime)
            sheet.infer(Fact(name: FactName.serviceRestarts, value: .list(restarts.sorted(), complete: false),
                             source: .inferred("stopped and started again without a reboot (Service Control Manager 7035/7036), first at \(when)", nil)))
        }
    }

    private static func inferVersion(_ host: HostAccumulator, into sheet: inout FactSheet) {
        let readings = host.versions.sorted { isEarlier($0.value.last, than: $1.value.last) }
        if let (version, sighting) = readings.last {
            let source = FactSource.event(sighting.last)
            sheet.infer(Fact(name: FactName.osVersion, value: .text(version.osVersion), source: source))
            if let build = version.build { sheet.infer(Fact(name: FactName.build, value: .number(Double(build)), source: source)) }
            if let range = version.servicePack {
                sheet.infer(Fact(name: FactName.servicePack, value: .servicePack(range), source: source))
                if version.osVersion == "4.0", range.highest < ServicePack(number: 4) ?? .sp6a {
                    sheet.note("event 6009 reads '\(version.csd)', yet 6009 first appeared in SP4: a later service pack was probably installed and then removed")
                }
            }
            if let processors = version.processors { sheet.infer(Fact(name: FactName.processors, value: .text(processors), source: source)) }
            if readings.count > 1, let (earlier, earlierSighting) = readings.dropLast().last {
                sheet.note("event 6009 changed from '\(earlier.summary)' (last \(earlierSighting.last.whenText)) to '\(version.summary)' (first \(sighting.first.whenText)); the latest is used")
            }
            return
        }
        if let crash = host.crashBuild {
            sheet.infer(Fact(name: FactName.build, value: .number(Double(crash.build)), source: .event(crash.event)))
            if let os = CrashVersionText.osVersion(build: crash.build) {
                sheet.infer(Fact(name: FactName.osVersion, value: .text(os), source: .inferred("build \(crash.build) is Windows\(crash.build <= 1381 ? " NT" : "") \(os)", crash.event)))
            }
        }
        let boots = host.boots
        if let shutdown = boots.firstCleanShutdown ?? boots.firstUncleanShutdown {
            sheet.infer(Fact(name: FactName.servicePack, value: .servicePack(.atLeast(ServicePack(number: 4) ?? .sp6a)),
                             source: .inferred("EventLog \(shutdown.id) is logged only from SP4 on", shutdown)))
        } else if boots.bootCount > 0, let below = ServicePackRange.below(ServicePack(number: 4) ?? .sp6a) {
            let boots = boots.bootCount == 1 ? "the boot" : "any of the \(boots.bootCount) boots"
            sheet.infer(Fact(name: FactName.servicePack, value: .servicePack(below),
                             source: .inferred("no EventLog 6009 at \(boots) (6005), and 6009 first appeared in SP4", nil)))
        }
    }

    private static func inferBootFacts(_ host: HostAccumulator, into sheet: inout FactSheet) {
        var boots = host.boots
        boots.normalise()
        if let first = boots.firstBoot {
            sheet.infer(Fact(name: FactName.boots, value: .number(Double(boots.bootCount)), source: .inferred("EventLog 6005 events", first)))
        }
        if let first = boots.firstCleanShutdown {
            sheet.infer(Fact(name: FactName.cleanShutdowns, value: .number(Double(boots.cleanShutdowns)), source: .inferred("EventLog 6006 events", first)))
        }
        if let first = boots.firstUncleanShutdown {
            sheet.infer(Fact(name: FactName.uncleanShutdowns, value: .number(Double(boots.uncleanShutdowns)), source: .inferred("EventLog 6008 events", first)))
        }
        if let last = host.lastTime, let boot = boots.lastBoot(atOrBefore: last.seconds) {
            let days = (Double(last.seconds - boot) / 86_400 * 10).rounded() / 10
            sheet.infer(Fact(name: FactName.uptimeDays, value: .number(days),
                             source: .inferred("from the last boot (\(EventTime(seconds: boot, isUTC: last.isUTC).iso8601)) to the last event (\(last.iso8601))", nil)))
        }
    }
}

extension SystemVersion {
    /// `4.0 1381 Service Pack 3 Uniprocessor`: the reading in one line.
    var summary: String {
        [osVersion, build.map(String.init), csd.isEmpty ? "no service pack" : csd, processors].compactMap { $0 }.joined(separator: " ")
    }
}

extension EventReference {
    /// The time, or the record, for "first seen …" phrases.
    var whenText: String { time?.iso8601 ?? record.map { "record \($0)" } ?? file.lastPathComponent }
}
