import Planner
import ScenarioIO
import SprintModel

/// The end-of-sprint decision as a terminal table and JSON. (The paper for the minutes is
/// `DecisionPaper`; the durable decision record is `ScenarioIO.DecisionRecordFile`'s.)
public enum DecisionFormats {
    static func kindText(_ decision: SprintDecision.TeamDecision) -> String { decision.kind.rawValue }

    public static func text(_ decision: SprintDecision, scenario: Scenario, stable: Bool = false) -> String {
        var lines = [
            "Decision for \(decision.quarter): \(PlanText.statusText(.found(decision.plan.proof))), gap \(decision.plan.gap.map { ReportNumber.percent($0, 2) } ?? "–")"
                + (stable ? "" : ", \(ReportNumber.fixed(decision.plan.solveSeconds, 2)) s"), "",
        ]
        for zielbild in scenario.zielbilder {
            let group = decision.decisions.filter { $0.zielbild == zielbild.id }
            guard !group.isEmpty else { continue }
            lines.append("\(zielbild.id)  \(zielbild.name)")
            for item in group {
                var head = "  \(item.team): \(kindText(item))"
                if let measure = item.measure { head += " \(measure)" + (item.finishes ? " (finishes)" : "") }
                if item.kind == .switch || item.kind == .stop, let previous = item.previous {
                    head += " (from \(previous))"
                }
                lines.append(head)
                for reason in item.reasons {
                    lines += TextWrap.wrap(
                        "– " + ExplanationText.text(reason), indent: "      ", continuation: "        ")
                }
                if let standing = item.alternativeStanding {
                    let text =
                        "– best alternative: \(item.alternative ?? "no measure"), " + ExplanationText.text(standing)
                    lines += TextWrap.wrap(text, indent: "      ")
                } else if let cost = item.alternativeCost {
                    let alternative = item.alternative ?? "no measure"
                    let text =
                        cost <= -0.005
                        ? "– without the lock: \(alternative), \(ReportNumber.fixed(-cost, 2)) points more"
                        : cost < 0.005
                            ? "– an equally good alternative: \(alternative)"
                            : "– best alternative: \(alternative), \(ReportNumber.fixed(cost, 2)) points less"
                    lines += TextWrap.wrap(text, indent: "      ")
                }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func decisionsJSON(_ decision: SprintDecision) -> OutputJSON {
        .array(
            decision.decisions.map { item in
                .object([
                    ("team", .string(item.team)), ("zielbild", .string(item.zielbild)),
                    ("decision", .string(kindText(item))),
                    ("previous", .optional(item.previous)), ("measure", .optional(item.measure)),
                    ("finishes", .bool(item.finishes)),
                    ("reasons", .array(item.reasons.map { .string(ExplanationText.text($0)) })),
                    ("alternative", .optional(item.alternative)),
                    ("alternativeCost", item.alternativeCost.map { .number($0) } ?? .null),
                    ("alternativeProof", .optional(item.alternativeProof?.name)),
                    ("alternativeStanding", item.alternativeStanding.map(ExplainFormats.json) ?? .null),
                ])
            })
    }

    public static func json(_ decision: SprintDecision, stable: Bool = false) -> OutputJSON {
        .object([
            ("quarter", .string(decision.quarter.description)),
            ("status", .string(decision.plan.proof.name)),
            ("objective", .number(decision.plan.objective)),
            ("gap", decision.plan.gap.map { .number($0) } ?? .null),
            ("solveSeconds", stable ? .null : .number(decision.plan.solveSeconds, digits: 3)),
            ("decisions", decisionsJSON(decision)),
        ])
    }
}
