import ScenarioIO
import Scoring
import SprintModel

/// Score sheets, explanations and sensitivity for an 80-column terminal.
public enum ScoreText {
    /// The ranking per Zielbild in `language`; own share in whole euros, reasons with the
    /// criterion's label.
    public static func sheet(_ sheet: ScoreSheet, scenario: Scenario, language: ReportLanguage = .en) -> String {
        let l = language, de = language == .de
        var lines: [String] = []
        for ranking in sheet.zielbilder {
            let method = de ? (sheet.method == .topsis ? "TOPSIS" : "gewichtete Summe") : methodName(sheet.method)
            let head =
                "\(ranking.zielbild.id)  \(ranking.zielbild.name) — \(method), "
                + (de
                    ? "\(ranking.ranked.count) bewertet, \(ranking.ineligible.count) nicht förderfähig"
                    : "\(ranking.ranked.count) ranked, \(ranking.ineligible.count) ineligible")
            lines += head.count <= 80 ? [head] : TextWrap.wrap(head, width: 80, indent: "", continuation: "    ")
            // German headers are longer: the id joins the name, so the table keeps to 80 columns.
            var table =
                de
                ? TextTable(columns: [
                    .init("Rang", .right), .init("Maßnahme", maximumWidth: 23), .init("Status"),
                    .init("Bewertung", .right), .init("Eigenanteil", .right), .init("Pkt./10 T€", .right),
                ])
                : TextTable(columns: [
                    .init("rank", .right), .init("id", maximumWidth: 8), .init("name", maximumWidth: 24),
                    .init("status"), .init("score", .right), .init("own share", .right), .init("pts/10k€", .right),
                ])
            for entry in ranking.ranked {
                let measure =
                    de ? [entry.measure.id + " " + entry.measure.name] : [entry.measure.id, entry.measure.name]
                table.add(
                    [String(entry.rank)] + measure + [
                        status(entry.measure, language), l.number(entry.score, digits: 3), l.money(entry.ownShare),
                        entry.pointsPer10kOwnShare.map { l.number($0, digits: 1) } ?? "–",
                    ])
            }
            lines += table.render()
            if !ranking.matrix.fed.isEmpty {
                let w = ScoreWords(language: language)
                lines += TextWrap.wrap(w.fedHeading + ":", indent: "  ", continuation: "  ")
                for note in ranking.matrix.fed {
                    lines += TextWrap.wrap(
                        fedLine(note, criteria: ranking.matrix.criteria, w, language), width: 80, indent: "    ",
                        continuation: "      ")
                }
            }
            if !ranking.ineligible.isEmpty {
                lines.append(de ? "  nicht förderfähig:" : "  ineligible:")
                for entry in ranking.ineligible {
                    lines.append("    \(entry.measure.id) \(TextTable.cut(entry.measure.name, to: 40))")
                    for failure in entry.failures {
                        lines += TextWrap.wrap("– " + reason(failure, in: ranking.matrix, language), indent: "      ")
                    }
                }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// Why a measure is ineligible, with the criterion's label and the rating in `language`.
    static func reason(_ failure: GateFailure, in matrix: RatingMatrix, _ language: ReportLanguage) -> String {
        GateText.reason(failure, label: failure.criterion.map { label($0, in: matrix) }, language)
    }

    /// A criterion's label (people read labels, not ids).
    static func label(_ criterion: String, in matrix: RatingMatrix) -> String {
        matrix.criteria.first { $0.id == criterion }?.label ?? criterion
    }

    static func status(_ measure: Measure, _ language: ReportLanguage = .en) -> String {
        guard language == .de else {
            switch measure.status {
            case .running:
                return
                    "run \(OutputJSON.spell(measure.progress, digits: 2))/\(OutputJSON.spell(measure.effort, digits: 2))"
            default: return measure.status.rawValue
            }
        }
        switch measure.status {
        case .running:
            let spell = { (value: Double) in OutputJSON.spell(value, digits: 2).replacingOccurrences(of: ".", with: ",")
            }
            return "läuft \(spell(measure.progress))/\(spell(measure.effort))"
        case .candidate: return "Kandidat"
        case .done: return "erledigt"
        case .dropped: return "verworfen"
        }
    }

    static func methodName(_ method: ScoringMethod, _ language: ReportLanguage = .en) -> String {
        method == .topsis ? "TOPSIS" : (language == .de ? "gewichtete Summe" : "weighted sum")
    }
}
