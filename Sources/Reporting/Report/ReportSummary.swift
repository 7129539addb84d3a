import Planner
import Scoring
import SprintModel

/// The report's first page: who does what in the plan's first quarter (the decision), what the
/// plan costs, and which limits bind — the same sentences as the decision paper (`DecisionPaper`).
extension ReportInput {
    /// The decision for the plan's first quarter, without alternatives (nil without a plan).
    var decision: SprintDecision? {
        guard let plan, let first = plan.quarters.first else { return nil }
        return SprintDecision(plan: plan, quarter: first, scenario: scenario, scores: scores)
    }

    /// The summary section, nil without a plan.
    func summary() -> Document? {
        guard let plan, let decision else { return nil }
        let l = language
        let paper = DecisionPaper(
            decision: decision, scenario: scenario, scenarioFile: "", scenarioHash: scenarioHash, language: l)
        var doc = Document(title: "", language: l)
        doc.heading(2, "\(l.text(.summary)) \(l.quarter(decision.quarter))")
        let horizon = "\(l.quarter(plan.quarters.first!)) – \(l.quarter(plan.quarters.last!))"
        doc.paragraph(
            .plain("\(l.text(.summaryNote)) \(l.text(.horizon)): \(horizon), \(statusText(.found(plan.proof)))."))
        let rows = decision.decisions.map { item -> [[Document.Span]] in
            let action = paper.words.action(
                item.kind, previous: item.previous.map(paper.measureText), measure: item.measure.map(paper.measureText))
            let finishes = item.finishes ? (l == .de ? " und schließt sie ab" : " and finishes it") : ""
            return [[.plain(item.zielbild)], [.strong(paper.teamText(item.team))], [.plain(action + finishes)]]
        }
        doc.table(header: [l.text(.zielbild), l.text(.team), l.text(.decision)], rows: rows)
        doc.heading(3, l.text(.costAndLimits))
        var lines = paper.money()
        let binding = paper.bindingCaps()
        if !binding.isEmpty { lines.append(paper.words.bindingCaps + binding.joined(separator: "; ")) }
        let solutions = solutionRows()
        let complete = solutions.filter { $0.alreadyDone || $0.completedIn != nil }.count
        lines.append(
            "\(l.text(.measuresCompleted)): \(plan.report.completions.count); "
                + "\(l.text(.solutionsComplete)): \(complete) / \(solutions.count)")
        doc.list(lines.map { [.plain($0)] })
        return doc
    }

    /// The appendix's rows: how planning ended and what the plan was computed from.
    func solverFacts() -> [(String, String)] {
        let l = language
        var rows: [(String, String)] = []
        switch outcome {
        case .plan(let plan):
            rows.append((l.text(.status), statusText(.found(plan.proof))))
            rows.append((l.text(.gap), plan.gap.map { l.percent($0, digits: 2) } ?? "–"))
            rows.append((l.text(.objective), l.number(plan.objective, digits: 2) + " " + l.text(.points)))
            if !stable { rows.append((l.text(.solveTime), l.number(plan.solveSeconds, digits: 2) + " s")) }
        case .infeasible:
            rows.append((l.text(.status), l.text(.infeasible)))
        case .noPlanFound(let status, _):
            rows.append((l.text(.status), "\(l.text(.noPlan)) (\(statusText(.notFound(status))))"))
        }
        rows.append((l.text(.totalBudget), scenario.budget.total.map(l.money) ?? l.text(.noCap)))
        rows.append((l.text(.ownShareCap), scenario.budget.ownShareCap.map(l.money) ?? l.text(.noCap)))
        rows.append((l.text(.scenarioHash), scenarioHash))
        rows.append((l.text(.generatedBy), "sprintplan \(toolVersion)"))
        return rows
    }

    /// Why a measure is not eligible, with the criterion's label and the rating in the
    /// report's language: `Quellcode wird nicht offengelegt (Open Source: nein)`.
    func ineligibleText(_ entry: IneligibleMeasure) -> String {
        entry.failures.map { failure in
            GateText.reason(
                failure, label: failure.criterion.map { id in scenario.criteria.first { $0.id == id }?.label ?? id },
                language)
        }
        .joined(separator: "; ")
    }

    /// The report's heading: the scenario's name, after "Sprintplanung:" unless it says so already.
    var heading: String {
        let title = language.text(.title)
        return scenario.name.lowercased().contains(title.lowercased()) ? scenario.name : "\(title): \(scenario.name)"
    }
}
