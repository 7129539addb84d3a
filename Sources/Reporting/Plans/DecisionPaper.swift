import PlanCheck
import Planner
import SprintModel

/// The end-of-sprint decision as a paper for the Zielbild groups' minutes and the council
/// (Beschlussvorlage): occasion, recommendation per Zielbild with its reasons, alternatives and
/// what they cost, money against every cap, risks, and the proposed resolution. German for a
/// German scenario, English otherwise; every measure with its id and name, money in whole euros.
public struct DecisionPaper {
    public var decision: SprintDecision
    public var scenario: Scenario
    public var scenarioFile: String
    public var scenarioHash: String
    public var language: ReportLanguage

    public init(
        decision: SprintDecision, scenario: Scenario, scenarioFile: String, scenarioHash: String,
        language: ReportLanguage
    ) {
        self.decision = decision
        self.scenario = scenario
        self.scenarioFile = scenarioFile
        self.scenarioHash = scenarioHash
        self.language = language
    }

    /// Differences in value points below this are called a near-tie; below `equal`, equally good.
    static let nearTie = 0.1
    static let equal = 0.01

    var de: Bool { language == .de }
    var words: DecisionPaperWords { DecisionPaperWords(language: language) }

    /// The paper as Markdown.
    public func markdown() -> String {
        let w = words
        var out = "# \(w.title(decision.quarter))\n\n"
        out += "## \(w.occasion)\n\n" + occasion() + "\n"
        out += "## \(w.recommendation)\n\n"
        for zielbild in scenario.zielbilder {
            let group = decision.decisions.filter { $0.zielbild == zielbild.id }
            guard !group.isEmpty else { continue }
            out += "### \(cell(zielbild.id)) \(cell(zielbild.name))\n\n"
            for item in group { out += "- " + recommendation(item) + "\n" }
            out += "\n"
        }
        out += "## \(w.alternatives)\n\n" + alternatives() + "\n"
        out += "## \(w.money)\n\n" + money() + "\n"
        out += "## \(w.risks)\n\n" + risks() + "\n"
        out += "## \(w.resolution)\n\n" + resolution() + "\n"
        return out
    }

    // MARK: - Sections

    func occasion() -> String {
        let w = words, plan = decision.plan
        var lines = [
            w.occasionText(quarter: decision.quarter, scenario: cell(scenario.name)),
            "- \(w.scenarioFile): `\(scenarioFile)` (SHA-256 `\(scenarioHash.prefix(16))…`)",
            "- \(w.horizon): \(quarterText(plan.quarters.first)) – \(quarterText(plan.quarters.last))",
            "- \(w.proof): \(w.proofText(plan.proof, gap: plan.gap))",
            "- \(w.pointsDefinition)",
        ]
        lines.append("")
        return lines.joined(separator: "\n")
    }

    func recommendation(_ item: SprintDecision.TeamDecision) -> String {
        let team = scenario.team(item.team).map { "**\(cell($0.id)) \(cell($0.name))**" } ?? "**\(cell(item.team))**"
        let action = words.action(
            item.kind, previous: item.previous.map(measureText), measure: item.measure.map(measureText))
        let finishes = item.finishes ? (de ? " und schließt sie ab" : " and finishes it") : ""
        let reasons = item.reasons.filter(isWorthSaying).map { cell(reasonText($0)) }
        let because = reasons.isEmpty ? "" : (de ? " — weil: " : " — because: ") + reasons.joined(separator: "; ")
        return "\(team) \(action)\(finishes)\(because)"
    }

    /// A reason in the sentence whose subject is the measure already named: its rank and when it
    /// finishes without repeating it; every other reason as `ExplanationText` words it.
    func reasonText(_ reason: DecisionReason) -> String {
        switch reason {
        case .ranked(_, _, let rank, let zielbild, let score):
            let figure = language.number(score, digits: 3)
            return de
                ? "Rang \(rank) in \(zielbild), Bewertung \(figure)" : "rank \(rank) in \(zielbild), score \(figure)"
        case .finishesLater(_, let quarter):
            return de
                ? "soll in \(quarterText(quarter)) abgeschlossen werden"
                : "planned to finish in \(quarterText(quarter))"
        default:
            return ExplanationText.text(reason, language)
        }
    }

    /// Whether a reason adds to the action's sentence: that the team finishes the measure this
    /// quarter is already said there.
    func isWorthSaying(_ reason: DecisionReason) -> Bool {
        if case .finishes = reason { return false }
        return true
    }

    func alternatives() -> String {
        let w = words
        let items = decision.decisions.filter { $0.alternativeCost != nil }
        guard !items.isEmpty else { return w.noAlternatives + "\n" }
        var rows = ["| \(w.team) | \(w.recommended) | \(w.bestAlternative) | \(w.difference) |", "|---|---|---|---|"]
        for item in items {
            let cost = item.alternativeCost!
            let alternative = item.alternative.map(measureText) ?? w.noMeasure
            rows.append(
                "| \(cell(item.team)) | \(item.measure.map(measureText) ?? w.noMeasure) | \(alternative) | "
                    + "\(item.alternativeStanding.map { ExplanationText.text($0, language) } ?? w.costText(cost, nearTie: Self.nearTie, equal: Self.equal)) |"
            )
        }
        return rows.joined(separator: "\n") + "\n"
    }

    func money() -> String {
        let w = words, report = decision.plan.report
        var lines: [String] = []
        if let quarter = report.money.first(where: { $0.quarter == decision.quarter }) {
            lines.append(
                "- "
                    + w.moneyLine(
                        w.quarterSpending(quarterText(decision.quarter)), used: quarter.spending, cap: quarter.cap))
        }
        lines.append("- " + w.moneyLine(w.horizonSpending, used: report.totalSpending, cap: scenario.budget.total))
        lines.append("- " + w.moneyLine(w.ownShare, used: report.totalOwnShare, cap: scenario.budget.ownShareCap))
        return lines.joined(separator: "\n") + "\n"
    }

    func risks() -> String {
        let w = words
        var lines: [String] = []
        if decision.plan.proof != .optimal { lines.append("- " + w.unprovenRisk(decision.plan.gap)) }
        let close = decision.decisions.compactMap { item -> String? in
            guard let cost = item.alternativeCost, abs(cost) < Self.nearTie else { return nil }
            // Close only as far as proven: an unproven alternative is named under its gap instead.
            if case .unproven? = item.alternativeStanding { return nil }
            return
                "\(cell(item.team)) (\(item.measure.map(measureText) ?? w.noMeasure) / \(item.alternative.map(measureText) ?? w.noMeasure))"
        }
        if !close.isEmpty { lines.append("- " + w.closeCalls + close.joined(separator: "; ")) }
        let binding = bindingCaps()
        if !binding.isEmpty { lines.append("- " + w.bindingCaps + binding.joined(separator: "; ")) }
        if lines.isEmpty { lines.append("- " + w.noRisks) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Caps used to at least 99 %: the limits that decide what else fits.
    func bindingCaps() -> [String] {
        let w = words, report = decision.plan.report
        var caps: [(String, Money, Money?)] = [
            (w.horizonSpending, report.totalSpending, scenario.budget.total),
            (w.ownShare, report.totalOwnShare, scenario.budget.ownShareCap),
        ]
        for quarter in report.money {
            caps.append((w.quarterSpending(quarterText(quarter.quarter)), quarter.spending, quarter.cap))
        }
        return caps.compactMap { label, used, cap in
            guard let cap, cap.cents > 0, Double(used.cents) >= 0.99 * Double(cap.cents) else { return nil }
            return "\(label) \(w.percent(Double(used.cents) / Double(cap.cents)))"
        }
    }

    func resolution() -> String {
        var counts: [TeamDecisionKind: Int] = [:]
        for item in decision.decisions { counts[item.kind, default: 0] += 1 }
        return words.resolutionText(quarter: quarterText(decision.quarter), counts: counts) + "\n"
    }

    // MARK: - Spelling

    func measureText(_ id: String) -> String {
        scenario.measure(id).map { "\(cell($0.id)) \(cell($0.name))" } ?? cell(id)
    }

    func quarterText(_ quarter: Quarter?) -> String {
        guard let quarter else { return "–" }
        return de ? language.quarter(quarter) : quarter.description
    }

    /// Text inside a Markdown table or list: no line breaks, pipes escaped, control characters
    /// visible (`VisibleText`).
    func cell(_ text: String) -> String { VisibleText.markdownCell(text) }
}
