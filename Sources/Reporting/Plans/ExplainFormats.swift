import Planner
import ScenarioIO
import SprintModel

/// Explanations of single plan decisions, as text and JSON: the reasons, the rules that bind
/// with their figures, and what the alternative costs with how far that is proven.
public enum ExplainFormats {
    public static func text(
        _ explanation: PlanExplainer.AssignmentExplanation, language: ReportLanguage = .en
    ) -> String {
        let de = language == .de
        let none = de ? "keine Maßnahme" : "no measure"
        let quarter = de ? language.quarter(explanation.quarter) : explanation.quarter.description
        var lines = ["\(explanation.team) \(de ? "in" : "in") \(quarter): \(explanation.measure ?? none)"]
        for reason in explanation.reasons { lines += TextWrap.wrap("– " + ExplanationText.text(reason, language)) }
        for rule in explanation.binding { lines += TextWrap.wrap("– " + ExplanationText.text(rule, language)) }
        let alternative = explanation.alternative ?? none
        if let standing = explanation.alternativeStanding {
            lines += TextWrap.wrap(
                (de
                    ? "Beste Alternative: \(explanation.team) übernimmt \(alternative); der Plan wäre "
                    : "Best alternative: \(explanation.team) takes \(alternative); the plan would be ")
                    + ExplanationText.text(standing, language) + ".")
        } else if explanation.measure != nil {
            lines += TextWrap.wrap(
                de
                    ? "Ohne diese Wahl gibt es keinen Plan (innerhalb der Zeitgrenze)."
                    : "No plan exists without this choice (within the time limit).")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func text(_ explanation: PlanExplainer.MeasureExplanation, language: ReportLanguage = .en) -> String {
        let de = language == .de
        var lines = ["\(explanation.measure):"]
        for reason in explanation.reasons { lines += TextWrap.wrap("– " + ExplanationText.text(reason, language)) }
        if !explanation.forcedAssignments.isEmpty {
            let where_ = explanation.forcedAssignments.map {
                "\($0.team) in \(de ? language.quarter($0.quarter) : $0.quarter.description)"
            }.joined(separator: ", ")
            lines += TextWrap.wrap(
                (de
                    ? "– im besten Plan mit \(explanation.measure): "
                    : "– in the best plan with \(explanation.measure): ")
                    + where_)
        }
        if !explanation.binding.isEmpty {
            lines.append(de ? "Was sie zurückhält:" : "What holds it back:")
            for rule in explanation.binding { lines += TextWrap.wrap("– " + ExplanationText.text(rule, language)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ explanation: PlanExplainer.AssignmentExplanation) -> OutputJSON {
        .object([
            ("team", .string(explanation.team)), ("quarter", .string(explanation.quarter.description)),
            ("measure", .optional(explanation.measure)),
            ("reasons", .array(explanation.reasons.map { .string(ExplanationText.text($0)) })),
            ("binding", .array(explanation.binding.map(json))),
            ("alternative", .optional(explanation.alternative)),
            ("alternativeCost", explanation.alternativeCost.map { .number($0) } ?? .null),
            ("alternativeProof", .optional(explanation.alternativeProof?.name)),
            ("alternativeStanding", explanation.alternativeStanding.map(json) ?? .null),
        ])
    }

    public static func json(_ explanation: PlanExplainer.MeasureExplanation) -> OutputJSON {
        .object([
            ("measure", .string(explanation.measure)),
            ("planned", .array(explanation.planned.map(json))),
            ("reasons", .array(explanation.reasons.map { .string(ExplanationText.text($0)) })),
            ("binding", .array(explanation.binding.map(json))),
            ("costOfForcing", explanation.costOfForcing.map { .number($0) } ?? .null),
            ("forcedProof", .optional(explanation.forcedProof?.name)),
            ("forcedStanding", explanation.standing.map(json) ?? .null),
            ("forcedAssignments", .array(explanation.forcedAssignments.map(json))),
        ])
    }

    static func json(_ assignment: Assignment) -> OutputJSON {
        .object([("team", .string(assignment.team)), ("quarter", .string(assignment.quarter.description))])
    }

    /// A standing with its figures: `proven` and the cost, or the range the bounds allow.
    static func json(_ standing: AlternativeStanding) -> OutputJSON {
        var fields: [(String, OutputJSON)] = [("standing", .string(standing.name))]
        switch standing {
        case .unproven(let atLeast, let atMost, let gap):
            fields += [
                ("proven", .bool(false)), ("costAtLeast", atLeast.map { .number($0) } ?? .null),
                ("costAtMost", .number(atMost)), ("gap", gap.map { .number($0) } ?? .null),
            ]
        default:
            fields += [("proven", .bool(true)), ("cost", .number(standing.cost))]
        }
        fields.append(("text", .string(ExplanationText.text(standing))))
        return .object(fields)
    }

    /// A binding rule: its kind, figures and wording.
    static func json(_ rule: BindingRule) -> OutputJSON {
        var fields: [(String, OutputJSON)] = []
        switch rule {
        case .prerequisite(let measure, _, let prerequisite, _, let doneIn):
            fields = [
                ("rule", .string("prerequisite")), ("measure", .string(measure)),
                ("prerequisite", .string(prerequisite)), ("doneIn", .optional(doneIn?.description)),
            ]
        case .money(let cap, let used, let limit, let needs):
            var name = "own-share-cap"
            if case .totalBudget = cap { name = "total-budget" }
            if case .quarterBudget(let quarter) = cap {
                name = "quarter-budget"
                fields.append(("quarter", .string(quarter.description)))
            }
            fields =
                [("rule", .string(name))] + fields + [
                    ("used", .number(used.euros)), ("cap", .number(limit.euros)), ("needs", .number(needs.euros)),
                ]
        case .teamsBusy(let measure, let teams):
            fields = [
                ("rule", .string("teams-busy")), ("measure", .string(measure)),
                ("teams", .array(teams.map { .string($0) })),
            ]
        case .noTeamCanTakeIt(let measure):
            fields = [("rule", .string("no-team")), ("measure", .string(measure))]
        }
        fields.append(("text", .string(ExplanationText.text(rule))))
        return .object(fields)
    }
}
