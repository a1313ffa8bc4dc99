/// Works out the recommendation from a machine's findings and known service pack.
public enum Recommender {
    public static func recommend(_ findings: [Finding], facts: FactSheet) -> Recommendation {
        var current: ServicePackRange?
        if case .servicePack(let range)? = facts[FactName.servicePack]?.value { current = range }
        let open = findings.filter { $0.status.isOpen }
        var recommendation = Recommendation(current: current)
        recommendation.minimum = open.compactMap(\.fix.minimumServicePack).max()
        if let minimum = recommendation.minimum, !(current.map { $0.lowest >= ServicePack.latest } ?? false) {
            recommendation.install = max(minimum, .latest)
        }
        var hotfixes: [String: HotfixAdvice] = [:]
        for finding in open {
            if let servicePack = finding.fix.servicePack {
                recommendation.resolves.append(Resolution(rule: finding.rule, title: finding.title, status: finding.status, fix: finding.fix,
                                                          by: servicePack.description))
            } else if let hotfix = finding.fix.hotfix {
                hotfixes[hotfix, default: HotfixAdvice(hotfix: hotfix, requires: finding.fix.requires, rules: [])].rules.append(finding.rule)
                recommendation.resolves.append(Resolution(rule: finding.rule, title: finding.title, status: finding.status, fix: finding.fix,
                                                          by: "hotfix " + hotfix))
            }
        }
        recommendation.hotfixes = hotfixes.values.sorted { $0.hotfix.count != $1.hotfix.count ? $0.hotfix.count < $1.hotfix.count : $0.hotfix < $1.hotfix }
        return recommendation
    }
}
