import Planner
import ScenarioIO
import SprintModel

/// Explanations of single plan decisions, as text and JSON.
public enum ExplainFormats {
    public static func text(_ explanation: PlanExplainer.AssignmentExplanation) -> String {
        var lines = ["\(explanation.team) in \(explanation.quarter): \(explanation.measure ?? "no measure")"]
        for reason in explanation.reasons { lines += TextWrap.wrap("– " + ExplanationText.text(reason)) }
        if let cost = explanation.alternativeCost, cost <= -0.005 {
            // Only a lock makes the choice: without it the plan would be worth more.
            lines += TextWrap.wrap(
                "Without this choice the plan would be worth \(ReportNumber.fixed(-cost, 2)) points more: "
                    + "\(explanation.team) would take \(explanation.alternative ?? "no measure") instead.")
        } else if let cost = explanation.alternativeCost, cost < 0.005 {
            lines += TextWrap.wrap(
                "An equally good plan exists in which \(explanation.team) takes \(explanation.alternative ?? "no measure") instead: the choice between them is a tie."
            )
        } else if let cost = explanation.alternativeCost {
            lines += TextWrap.wrap(
                "Best alternative: \(explanation.alternative ?? "no measure") — the plan would be worth \(ReportNumber.fixed(cost, 2)) points less."
            )
        } else if explanation.measure != nil {
            lines += TextWrap.wrap("No plan exists without this choice.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func text(_ explanation: PlanExplainer.MeasureExplanation) -> String {
        var lines = ["\(explanation.measure):"]
        for reason in explanation.reasons { lines += TextWrap.wrap("– " + ExplanationText.text(reason)) }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ explanation: PlanExplainer.AssignmentExplanation) -> OutputJSON {
        .object([
            ("team", .string(explanation.team)), ("quarter", .string(explanation.quarter.description)),
            ("measure", .optional(explanation.measure)),
            ("reasons", .array(explanation.reasons.map { .string(ExplanationText.text($0)) })),
            ("alternative", .optional(explanation.alternative)),
            ("alternativeCost", explanation.alternativeCost.map { .number($0) } ?? .null),
        ])
    }

    public static func json(_ explanation: PlanExplainer.MeasureExplanation) -> OutputJSON {
        .object([
            ("measure", .string(explanation.measure)),
            (
                "planned",
                .array(
                    explanation.planned.map {
                        .object([("team", .string($0.team)), ("quarter", .string($0.quarter.description))])
                    })
            ),
            ("reasons", .array(explanation.reasons.map { .string(ExplanationText.text($0)) })),
            ("costOfForcing", explanation.costOfForcing.map { .number($0) } ?? .null),
        ])
    }
}
