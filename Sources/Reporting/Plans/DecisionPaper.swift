import PlanCheck
import Planner
import Scoring
import SprintModel

/// The end-of-sprint decision as a paper for the Zielbild groups' minutes and the council
/// (Beschlussvorlage): occasion, recommendation per Zielbild with its reasons, alternatives and
/// what they cost, money against every cap, the indicators against their plan (when the
/// scenario declares any), risks, and the proposed resolution. German for a
/// German scenario, English otherwise; every measure with its id and name, money in whole euros.
public struct DecisionPaper {
    public var decision: SprintDecision
    public var scenario: Scenario
    public var scenarioFile: String
    public var scenarioHash: String
    public var language: ReportLanguage
    /// The ranks under uncertain weights, for the risks (nil: not analysed).
    public var rankStability: RankAcceptability?

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

    /// The paper as Markdown, for the minutes.
    public func markdown() -> String { document().markdown() }

    /// The paper as a self-contained printable HTML page (A4 portrait, two pages for MYK10).
    public func html() -> String { document().html() }

    func document() -> Document {
        let w = words
        var doc = Document(title: w.title(decision.quarter), language: language)
        doc.heading(2, w.occasion)
        doc.paragraph(.plain(w.occasionText(quarter: decision.quarter, scenario: scenario.name)))
        doc.list(occasion())
        doc.heading(2, w.recommendation)
        for zielbild in scenario.zielbilder {
            let group = decision.decisions.filter { $0.zielbild == zielbild.id }
            guard !group.isEmpty else { continue }
            doc.heading(3, "\(zielbild.id) \(zielbild.name)")
            doc.list(group.map(recommendation))
        }
        doc.heading(2, w.alternatives)
        alternatives(into: &doc)
        doc.heading(2, w.money)
        doc.list(money().map { [.plain($0)] })
        IndicatorSection.paper(into: &doc, scenario: scenario, language: language)
        doc.heading(2, w.risks)
        doc.list(risks().map { [.plain($0)] })
        doc.heading(2, w.resolution)
        doc.paragraph(.plain(resolution()))
        return doc
    }

    // MARK: - Sections

    func occasion() -> [[Document.Span]] {
        let w = words, plan = decision.plan
        return [
            [
                .plain("\(w.scenarioFile): "), .code(scenarioFile), .plain(" (SHA-256 "),
                .code("\(scenarioHash.prefix(16))…"),
                .plain(")"),
            ],
            [.plain("\(w.horizon): \(quarterText(plan.quarters.first)) – \(quarterText(plan.quarters.last))")],
            [.plain("\(w.proof): \(w.proofText(plan.proof, gap: plan.gap))")],
            [.plain(w.pointsDefinition)],
            [.plain(w.scoreDefinition)],
        ]
    }

    func recommendation(_ item: SprintDecision.TeamDecision) -> [Document.Span] {
        let team = scenario.team(item.team).map { "\($0.id) \($0.name)" } ?? item.team
        let action = words.action(
            item.kind, previous: item.previous.map(measureText), measure: item.measure.map(measureText))
        let finishes = item.finishes ? (de ? " und schließt sie ab" : " and finishes it") : ""
        let reasons = item.reasons.filter(isWorthSaying).map(reasonText)
        let because = reasons.isEmpty ? "" : (de ? " — weil: " : " — because: ") + reasons.joined(separator: "; ")
        return [.strong(team), .plain(" \(action)\(finishes)\(because)")]
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

    func alternatives(into doc: inout Document) {
        let w = words
        let items = decision.decisions.filter { $0.alternativeCost != nil }
        guard !items.isEmpty else {
            doc.paragraph(.plain(w.noAlternatives))
            return
        }
        let rows = items.map { item -> [[Document.Span]] in
            let cost = item.alternativeCost!
            var alternative = item.alternative.map(measureText) ?? w.noMeasure
            if let other = item.alternative.flatMap(scenario.measure), other.zielbild != item.zielbild {
                alternative += " " + w.helps(other.zielbild)
            }
            return [
                [.plain(teamText(item.team))], [.plain(item.measure.map(measureText) ?? w.noMeasure)],
                [.plain(alternative)],
                [
                    .plain(
                        item.alternativeStanding.map { ExplanationText.text($0, language) }
                            ?? w.costText(cost, nearTie: Self.nearTie, equal: Self.equal))
                ],
            ]
        }
        doc.table(header: [w.team, w.recommended, w.bestAlternative, w.difference], rows: rows)
    }

    func money() -> [String] {
        let w = words, report = decision.plan.report
        var lines: [String] = []
        if let quarter = report.money.first(where: { $0.quarter == decision.quarter }) {
            lines.append(
                w.moneyLine(
                    w.quarterSpending(quarterText(decision.quarter)), used: quarter.spending, cap: quarter.cap))
        }
        lines.append(w.moneyLine(w.horizonSpending, used: report.totalSpending, cap: scenario.budget.total))
        lines.append(w.moneyLine(w.ownShare, used: report.totalOwnShare, cap: scenario.budget.ownShareCap))
        return lines
    }

    func risks() -> [String] {
        let w = words
        var lines: [String] = []
        if decision.plan.proof != .optimal { lines.append(w.unprovenRisk(decision.plan.gap)) }
        let close = decision.decisions.compactMap { item -> String? in
            guard let cost = item.alternativeCost, abs(cost) < Self.nearTie else { return nil }
            // Close only as far as proven: an unproven alternative is named under its gap instead.
            if case .unproven? = item.alternativeStanding { return nil }
            let chosen = item.measure.map(measureText) ?? w.noMeasure
            return "\(item.team) (\(chosen) / \(item.alternative.map(measureText) ?? w.noMeasure))"
        }
        if !close.isEmpty { lines.append(w.closeCalls + close.joined(separator: "; ")) }
        let binding = bindingCaps()
        if !binding.isEmpty { lines.append(w.bindingCaps + binding.joined(separator: "; ")) }
        if let stability = rankStabilityText() { lines.append(stability) }
        if lines.isEmpty { lines.append(w.noRisks) }
        return lines
    }

    /// How far the ranks of the measures the teams take up move when the weights are uncertain,
    /// from `rankStability` (Monte-Carlo over the weights).
    func rankStabilityText() -> String? {
        guard let rankStability, case .perturb(let spread) = rankStability.options.sampling else { return nil }
        let chosen = Set(decision.decisions.filter { $0.kind == .start || $0.kind == .switch }.compactMap(\.measure))
        let entries = rankStability.zielbilder.flatMap(\.entries).filter { chosen.contains($0.measureID) }
        guard !entries.isEmpty else { return nil }
        let parts = entries.sorted { $0.measureID < $1.measureID }.map { entry in
            words.rankRange(
                measureText(entry.measureID), base: entry.baseRank, best: entry.bestRank,
                worst: entry.worstRank)
        }
        return words.rankStability(spread: spread, samples: rankStability.options.samples)
            + parts.joined(separator: "; ")
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
        return words.resolutionText(quarter: quarterText(decision.quarter), counts: counts)
    }

    // MARK: - Spelling

    func measureText(_ id: String) -> String {
        scenario.measure(id).map { "\($0.id) \($0.name)" } ?? id
    }

    func teamText(_ id: String) -> String {
        scenario.team(id).map { "\($0.id) \($0.name)" } ?? id
    }

    func quarterText(_ quarter: Quarter?) -> String {
        guard let quarter else { return "–" }
        return de ? language.quarter(quarter) : quarter.description
    }
}
