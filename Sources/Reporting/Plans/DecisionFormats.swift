import Planner
import ScenarioIO
import SprintModel

/// The end-of-sprint decision as a terminal table and JSON. (The paper for the minutes is
/// `DecisionPaper`; the durable decision record is `ScenarioIO.DecisionRecordFile`'s.)
public enum DecisionFormats {
    static func kindText(_ decision: SprintDecision.TeamDecision) -> String { decision.kind.rawValue }

    /// The decision for the terminal: per Zielbild each team's action with its measure (id and
    /// name), the reasons and the best alternative, in `language`.
    public static func text(
        _ decision: SprintDecision, scenario: Scenario, stable: Bool = false, language: ReportLanguage = .en
    ) -> String {
        let plan = PlanWords(language: language), paper = DecisionPaperWords(language: language)
        let de = language == .de
        let gap = decision.plan.gap.map { language.percent($0, digits: 2) } ?? "–"
        let time = stable ? "" : ", \(language.number(decision.plan.solveSeconds, digits: 2)) s"
        var lines = [
            (de ? "Entscheidung für \(language.quarter(decision.quarter)): " : "Decision for \(decision.quarter): ")
                + "\(plan.status(.found(decision.plan.proof))), \(de ? "Lücke" : "gap") \(gap)\(time)", "",
        ]
        let name = { (id: String) in scenario.measure(id).map { "\(id) \($0.name)" } ?? id }
        for zielbild in scenario.zielbilder {
            let group = decision.decisions.filter { $0.zielbild == zielbild.id }
            guard !group.isEmpty else { continue }
            lines.append("\(zielbild.id)  \(zielbild.name)")
            for item in group {
                let action = paper.action(item.kind, previous: item.previous.map(name), measure: item.measure.map(name))
                let finishes = item.finishes ? (de ? " und schließt sie ab" : " and finishes it") : ""
                lines += TextWrap.wrap("\(item.team): \(action)\(finishes)", indent: "  ", continuation: "      ")
                for reason in item.reasons {
                    lines += TextWrap.wrap(
                        "– " + ExplanationText.text(reason, language), indent: "      ", continuation: "        ")
                }
                if let standing = item.alternativeStanding {
                    let alternative = item.alternative.map(name) ?? paper.noMeasure
                    let text =
                        (de ? "– beste Alternative: " : "– best alternative: ") + alternative + ", "
                        + ExplanationText.text(standing, language)
                    lines += TextWrap.wrap(text, indent: "      ", continuation: "        ")
                } else if let cost = item.alternativeCost {
                    let alternative = item.alternative.map(name) ?? paper.noMeasure
                    let points = language.number(abs(cost), digits: 2)
                    let text =
                        cost <= -0.005
                        ? (de
                            ? "– ohne die Festlegung: \(alternative), \(points) Punkte mehr"
                            : "– without the lock: \(alternative), \(points) points more")
                        : cost < 0.005
                            ? (de
                                ? "– eine gleichwertige Alternative: \(alternative)"
                                : "– an equally good alternative: \(alternative)")
                            : (de
                                ? "– beste Alternative: \(alternative), \(points) Punkte weniger"
                                : "– best alternative: \(alternative), \(points) points less")
                    lines += TextWrap.wrap(text, indent: "      ", continuation: "        ")
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
