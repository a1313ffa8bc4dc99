import Diagnosis
import EventLog

/// The fleet part of an audit's page: headline numbers, what to install where, the machines by
/// service pack, the defects across machines, and the host table the script sorts and filters.
struct FleetView {
    let hostCount: Int
    let sentence: String
    let cards: [Card]
    let actions: [Group]
    let servicePacks: [Group]
    let defects: [Defect]
    let hasDefects: Bool
    let rows: [Row]

    /// A headline number: `4` · `need a service pack`.
    struct Card {
        let value: Int
        let label: String
        let tone: String
    }

    /// A label with its machines and their share of the fleet (for the bar).
    struct Group {
        let label: String
        let count: Int
        let percent: String
        let tone: String
        let hosts: [HostLink]
        /// `at least SP4 on 9, SP5 on 3` under the service pack to install.
        var note: String?
    }

    struct Defect {
        let rule: String
        let title: String
        let severity: String
        let fix: String
        /// `1 confirmed`, `2 likely`: the machines by status, zeros left out.
        let machines: [StatusCount]
    }

    struct StatusCount {
        let status: String
        let text: String
        let hosts: [HostLink]
    }

    /// A number in a table, with whether it is zero (shown quietly).
    struct Count {
        let value: Int
        let zero: Bool

        init(_ value: Int) {
            self.value = value
            zero = value == 0
        }
    }

    /// One machine in the host table; `…Order` values are what the columns sort by.
    struct Row {
        let name: String
        let anchor: String
        let servicePack: String
        let servicePackOrder: Int
        let install: String
        let installOrder: Int
        let minimum: String
        let hotfixes: String
        let confirmed: Count
        let likely: Count
        let exposed: Count
        let ruledOut: Count
        let events: Int
        let eventsText: String
        let lastEvent: String
        let tone: String
        let needs: String
    }

    init(_ result: DiagnosisResult, anchors: [HostKey: String]) {
        let fleet = FleetSummary(hosts: result.hosts)
        let links = Dictionary(result.hosts.map { ($0.computer, HostLink(name: $0.computer, anchor: anchors[$0.key] ?? "")) }) { first, _ in first }
        let total = max(1, fleet.hostCount)
        func group(_ label: String, _ hosts: [String], tone: String) -> Group {
            Group(label: label, count: hosts.count, percent: ReadReportText.fixed(Double(hosts.count) * 100 / Double(total), 1), tone: tone,
                  hosts: hosts.sorted().compactMap { links[$0] })
        }
        hostCount = fleet.hostCount
        sentence = fleet.sentence
        let needingServicePack = fleet.installs.reduce(0) { $0 + $1.hosts.count }
        let needingHotfix = Set(fleet.hotfixes.flatMap(\.hosts)).count
        cards = [
            Card(value: fleet.hostCount, label: fleet.hostCount == 1 ? "machine" : "machines", tone: "neutral"),
            Card(value: needingServicePack, label: "need a service pack", tone: needingServicePack > 0 ? "act" : "ok"),
            Card(value: needingHotfix, label: needingHotfix == 1 ? "needs a hotfix" : "need a hotfix", tone: needingHotfix > 0 ? "act" : "ok"),
            Card(value: fleet.nothingToInstall.count, label: "nothing to install", tone: "ok"),
        ]
        let minimums = fleet.minimums.sorted { $0.label < $1.label }.map { "\($0.label) on \($0.hosts.count)" }
        actions = fleet.installs.map { install in
            var action = group("Install \(install.label)", install.hosts, tone: "act")
            if !minimums.isEmpty { action.note = "The minimum that fixes what was found: " + minimums.joined(separator: ", ") + "." }
            return action
        }
            + fleet.hotfixes.map { group("Hotfix \($0.label)", $0.hosts, tone: "act") }
            + (fleet.nothingToInstall.isEmpty ? [] : [group("Nothing to install", fleet.nothingToInstall, tone: "ok")])
        servicePacks = fleet.servicePacks.map { group($0.label, $0.hosts, tone: $0.label == FleetSummary.unknownServicePack ? "unknown" : "neutral") }
        defects = fleet.defects.map { spread in
            Defect(rule: spread.rule, title: spread.title, severity: spread.severity.rawValue, fix: spread.fix.description,
                   machines: FindingStatus.allCases.compactMap { status in
                       spread.hosts[status].map { hosts in
                           StatusCount(status: status.rawValue, text: "\(hosts.count) \(status.rawValue)", hosts: hosts.sorted().compactMap { links[$0] })
                       }
                   })
        }
        hasDefects = !defects.isEmpty
        rows = result.hosts.map { host in
            let recommendation = host.recommendation
            let (servicePack, order) = FleetSummary.servicePackLabel(host.facts)
            func count(_ status: FindingStatus) -> Count { Count(host.findings.filter { $0.status == status }.count) }
            let needs = recommendation.isEmpty ? "nothing" : "something"
            return Row(name: host.computer, anchor: anchors[host.key] ?? "", servicePack: servicePack, servicePackOrder: min(order, 999),
                       install: recommendation.install?.description ?? "—", installOrder: recommendation.install?.ordinal ?? -1,
                       minimum: recommendation.minimum?.description ?? "—",
                       hotfixes: recommendation.hotfixes.isEmpty ? "—" : recommendation.hotfixes.map(\.hotfix).joined(separator: " "),
                       confirmed: count(.confirmed), likely: count(.likely), exposed: count(.exposed), ruledOut: count(.ruledOut),
                       events: host.eventCount, eventsText: ReadReportText.grouped(host.eventCount),
                       lastEvent: host.lastTime.map { String($0.iso8601.prefix(10)) } ?? "—",
                       tone: HostView.tone(host), needs: needs)
        }
    }
}
