import Planner
import ScenarioIO
import SprintModel

/// The plan as JSON. Documented keys: `status` (`optimal`, `gap-reached`, `time-limit`,
/// `infeasible`, …), `objective`, `bestBound`, `gap`, `solveSeconds`, `quarters`,
/// `assignments[]` (`team`, `quarter`, `measure`), `completions[]` (`measure`, `quarter`),
/// `completedBundles`, `value` (parts), `money[]` per quarter (`quarter`, `spending`,
/// `ownShare`, `federalShare`, `cap`; euros as decimal strings), `totalSpending`,
/// `totalOwnShare`, `excluded[]` (`measure`, `reason`), `model` (`variables`,
/// `constraints`, `nodes`, `decomposition`: null or `blocks`, `rounds`, `bound`), `verified`
/// and `violations`.
public enum PlanJSON {
    /// `stable`: timing is written as null, so the output is byte-identical across runs.
    public static func render(_ plan: Plan, excluded: [String: Exclusion], stable: Bool = false) -> OutputJSON {
        let report = plan.report
        return .object([
            ("status", .string(plan.proof.name)),
            ("objective", .number(plan.objective)),
            ("bestBound", plan.bestBound.map { .number($0) } ?? .null),
            ("gap", plan.gap.map { .number($0) } ?? .null),
            ("solveSeconds", stable ? .null : .number(plan.solveSeconds, digits: 3)),
            ("quarters", .array(plan.quarters.map { .string($0.description) })),
            (
                "assignments",
                .array(
                    plan.assignments.map { a in
                        .object([
                            ("team", .string(a.team)), ("quarter", .string(a.quarter.description)),
                            ("measure", .string(a.measure)),
                        ])
                    })
            ),
            (
                "completions",
                .array(
                    report.completions.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map { item in
                        .object([("measure", .string(item.key)), ("quarter", .string(item.value.description))])
                    })
            ),
            ("completedBundles", .array(report.completedBundles.map(OutputJSON.string))),
            (
                "value",
                .object([
                    ("total", .number(report.value.total)), ("completions", .number(report.value.completions)),
                    ("partialProgress", .number(report.value.partialProgress)),
                    ("bundles", .number(report.value.bundles)),
                    ("switching", .number(report.value.switching)),
                    ("crossZielbild", .number(report.value.crossZielbild)),
                    ("spendingTieBreak", .number(report.value.spendingTieBreak)),
                ])
            ),
            (
                "money",
                .array(
                    report.money.map { quarter in
                        .object([
                            ("quarter", .string(quarter.quarter.description)),
                            ("spending", .string(quarter.spending.description)),
                            ("ownShare", .string(quarter.ownShare.description)),
                            ("federalShare", .string(quarter.federalShare.description)),
                            ("cap", quarter.cap.map { .string($0.description) } ?? .null),
                        ])
                    })
            ),
            ("totalSpending", .string(report.totalSpending.description)),
            ("totalOwnShare", .string(report.totalOwnShare.description)),
            (
                "excluded",
                .array(
                    excluded.sorted { $0.key < $1.key }.map { item in
                        .object([("measure", .string(item.key)), ("reason", .string(ExplanationText.text(item.value)))])
                    })
            ),
            (
                "model",
                .object([
                    ("variables", .int(Int64(plan.variables))), ("constraints", .int(Int64(plan.constraints))),
                    ("nodes", plan.nodes.map { .int(Int64($0)) } ?? .null),
                    (
                        "decomposition",
                        plan.decomposition.map { decomposition in
                            .object([
                                ("blocks", .int(Int64(decomposition.blocks))),
                                ("rounds", .int(Int64(decomposition.rounds))),
                                ("bound", decomposition.bound.map { .number($0) } ?? .null),
                            ])
                        } ?? .null
                    ),
                ])
            ),
            ("verified", .bool(report.isValid)),
            ("violations", .array(report.violations.map { .string($0.description) })),
        ])
    }

    public static func infeasible(_ infeasibility: Infeasibility, stable: Bool = false) -> OutputJSON {
        .object([
            ("status", .string("infeasible")),
            ("diagnosisComplete", .bool(infeasibility.complete)),
            (
                "relaxations",
                .array(
                    infeasibility.relaxations.map {
                        .object([("message", .string(ExplanationText.text($0))), ("amount", .number($0.amount))])
                    })
            ),
            ("solveSeconds", stable ? .null : .number(infeasibility.solveSeconds, digits: 3)),
        ])
    }
}
