import PlanCheck
import Planner
import ScenarioIO
import SprintModel

/// The meeting page's views of a plan, worded for people in German or English: the
/// recommendation per Zielbild, money against every cap, the proof in words, and the roadmap of
/// teams × quarters. Data with words attached; the page lays it out and adds no sentences.
public enum MeetingView {
    /// The overview of `decision`: per Zielbild each team's decision with its reasons, money
    /// against every cap (the one with the least headroom marked binding), the proof in words.
    public static func overview(
        _ decision: SprintDecision, scenario: Scenario, whatIf: WhatIf, language: ReportLanguage
    ) -> OutputJSON {
        let words = DecisionPaperWords(language: language), plan = decision.plan
        let zielbilder: [OutputJSON] = scenario.zielbilder.map { zielbild in
            let teams: [OutputJSON] = decision.decisions.filter { $0.zielbild == zielbild.id }.map { item in
                .object([
                    ("team", .string(item.team)),
                    ("teamName", .optional(scenario.team(item.team)?.name)),
                    ("decision", .string(item.kind.rawValue)),
                    ("action", .string(words.action(item.kind, previous: item.previous, measure: item.measure))),
                    ("measure", .optional(item.measure)),
                    ("measureName", .optional(item.measure.flatMap { scenario.measure($0)?.name })),
                    ("previous", .optional(item.previous)),
                    ("finishes", .bool(item.finishes)),
                    ("reasons", .array(item.reasons.map { .string(ExplanationText.text($0, language)) })),
                ])
            }
            return .object([("id", .string(zielbild.id)), ("name", .string(zielbild.name)), ("teams", .array(teams))])
        }
        return .object([
            ("quarter", .string(decision.quarter.description)),
            ("quarterLabel", .string(language.quarter(decision.quarter))),
            ("proof", .string(plan.proof.name)),
            ("proofText", .string(words.proofText(plan.proof, gap: plan.gap))),
            ("objective", .number(plan.objective)),
            (
                "whatIf",
                whatIf.isEmpty ? .null : .string(WhatIfText.summary(whatIf, first: plan.quarters.first, language))
            ),
            ("zielbilder", .array(zielbilder)),
            ("caps", .array(caps(plan, scenario: scenario, language: language))),
        ])
    }

    /// Every cap of the scenario with what the plan uses of it: each quarter's budget, the total
    /// budget, the own-share cap. The cap with the smallest share of headroom is `tightest`; it is
    /// also `binding` when less than `bindingHeadroom` of it is left.
    static func caps(_ plan: Plan, scenario: Scenario, language: ReportLanguage) -> [OutputJSON] {
        var rows: [(label: String, used: Money, cap: Money?)] = plan.report.money.map { quarter in
            (
                PageText.quarterBudget.text(language) + " " + language.quarter(quarter.quarter), quarter.spending,
                quarter.cap
            )
        }
        rows.append((PageText.totalBudget.text(language), plan.report.totalSpending, scenario.budget.total))
        rows.append((PageText.ownShareCap.text(language), plan.report.totalOwnShare, scenario.budget.ownShareCap))
        let headroom = rows.map { row in
            row.cap.map { $0.cents > 0 ? Double(($0 - row.used).cents) / Double($0.cents) : 0 } ?? .infinity
        }
        let tightest = headroom.indices.min { headroom[$0] < headroom[$1] }
        return rows.indices.map { index in
            let row = rows[index]
            return .object([
                ("label", .string(row.label)),
                ("used", .string(language.money(row.used))),
                ("usedCents", .int(row.used.cents)),
                ("cap", row.cap.map { .string(language.money($0)) } ?? .string(PageText.noCap.text(language))),
                ("capCents", row.cap.map { .int($0.cents) } ?? .null),
                (
                    "share",
                    row.cap.map { .number(Double(row.used.cents) / Double(max(1, $0.cents)), digits: 4) } ?? .null
                ),
                ("tightest", .bool(index == tightest && headroom[index].isFinite)),
                ("binding", .bool(index == tightest && headroom[index] < bindingHeadroom)),
            ])
        }
    }

    /// Less than this share of a cap left counts as binding (5 %: less than a typical team-quarter).
    static let bindingHeadroom = 0.05

    /// Teams × quarters: the measure in each cell by id and name, whether it finishes there,
    /// whether the team is unavailable, and each measure's prerequisites.
    public static func roadmap(_ plan: Plan, scenario: Scenario, language: ReportLanguage) -> OutputJSON {
        let quarters: [OutputJSON] = plan.quarters.map {
            .object([("id", .string($0.description)), ("label", .string(language.quarter($0)))])
        }
        let teams: [OutputJSON] = scenario.sprintteams.map { team in
            let cells: [OutputJSON] = plan.quarters.map { quarter in
                let measure = plan.measure(of: team.id, in: quarter).flatMap { scenario.measure($0) }
                return .object([
                    ("quarter", .string(quarter.description)),
                    ("measure", .optional(measure?.id)),
                    ("name", .optional(measure?.name)),
                    ("zielbild", .optional(measure?.zielbild)),
                    ("prerequisites", .array((measure?.prerequisites ?? []).map(OutputJSON.string))),
                    ("finishes", .bool(measure.map { plan.report.completions[$0.id] == quarter } ?? false)),
                    ("unavailable", .bool(team.unavailable.contains(quarter))),
                ])
            }
            return .object([
                ("team", .string(team.id)), ("name", .string(team.name)), ("zielbild", .string(team.zielbild)),
                ("cells", .array(cells)),
            ])
        }
        let measures: [OutputJSON] = scenario.measures.filter(\.status.isOpen).map { measure in
            .object([
                ("id", .string(measure.id)), ("name", .string(measure.name)), ("zielbild", .string(measure.zielbild)),
                ("prerequisites", .array(measure.prerequisites.map(OutputJSON.string))),
            ])
        }
        return .object([("quarters", .array(quarters)), ("teams", .array(teams)), ("measures", .array(measures))])
    }
}
