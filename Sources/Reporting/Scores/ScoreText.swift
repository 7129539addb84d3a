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
        guard let criterion = failure.criterion else { return failure.reason }
        let rating: String
        switch failure.rating {
        case "yes": rating = language.text(.yes)
        case "no": rating = language.text(.no)
        case let other?: rating = other
        case nil: rating = language == .de ? "ohne Bewertung" : "no rating"
        }
        return "\(failure.reason) (\(label(criterion, in: matrix)): \(rating))"
    }

    public static func explain(_ measureID: String, in sheet: ScoreSheet) -> String? {
        for ranking in sheet.zielbilder {
            if let entry = ranking.ranked.first(where: { $0.measure.id == measureID }) {
                var lines = [
                    "\(entry.measure.id)  \(entry.measure.name)",
                    "  Zielbild \(ranking.zielbild.id), rank \(entry.rank) of \(ranking.ranked.count), score \(ReportNumber.fixed(entry.score, 3)) (\(methodName(sheet.method))), \(ReportNumber.fixed(entry.points, 1)) points",
                    "  remaining cost \(entry.remainingCost.formatted), own share \(entry.ownShare.formatted)", "",
                ]
                var table = TextTable(columns: [
                    .init("criterion", maximumWidth: 34), .init("rating", maximumWidth: 12),
                    .init("norm.", .right), .init("weight", .right), .init("part", .right),
                ])
                for contribution in entry.contributions.sorted(by: { $0.value > $1.value }) {
                    table.add([
                        contribution.criterion.label,
                        contribution.rating ?? (contribution.missing ? "missing" : "–"),
                        ReportNumber.fixed(contribution.normalised, 2),
                        ReportNumber.percent(contribution.weightShare, 1),
                        ReportNumber.fixed(contribution.value, 3),
                    ])
                }
                lines += table.render()
                if sheet.method == .topsis {
                    lines += TextWrap.wrap(
                        "(Parts show the weighted-sum decomposition; the TOPSIS score is the closeness to the ideal.)")
                }
                return lines.joined(separator: "\n") + "\n"
            }
            if let entry = ranking.ineligible.first(where: { $0.measure.id == measureID }) {
                let lines =
                    [
                        "\(entry.measure.id)  \(entry.measure.name)",
                        "  Zielbild \(ranking.zielbild.id): ineligible, not ranked and not planned",
                    ]
                    + entry.failures.flatMap { TextWrap.wrap("– " + reason($0)) }
                return lines.joined(separator: "\n") + "\n"
            }
        }
        return nil
    }

    public static func versus(_ explanation: PairwiseExplanation, method: ScoringMethod) -> String {
        let high = explanation.higher, low = explanation.lower
        var lines = [
            "\(high.measure.id) (rank \(high.rank), \(ReportNumber.fixed(high.score, 3))) ranks above \(low.measure.id) (rank \(low.rank), \(ReportNumber.fixed(low.score, 3)))",
            "",
        ]
        var table = TextTable(columns: [
            .init("criterion", maximumWidth: 40), .init(high.measure.id, maximumWidth: 12),
            .init(low.measure.id, maximumWidth: 12), .init("difference", .right),
        ])
        for item in explanation.deciding {
            let ratingHigh = high.contributions.first { $0.criterion.id == item.criterion.id }?.rating ?? "–"
            let ratingLow = low.contributions.first { $0.criterion.id == item.criterion.id }?.rating ?? "–"
            table.add([
                item.criterion.label, ratingHigh, ratingLow,
                (item.difference >= 0 ? "+" : "") + ReportNumber.fixed(item.difference, 3),
            ])
        }
        lines += table.render()
        lines.append("")
        if let swap = explanation.smallestSwap {
            let direction = swap.threshold > swap.current ? "raising" : "lowering"
            lines += TextWrap.wrap(
                "Smallest single-weight change that puts \(low.measure.id) above \(high.measure.id): \(direction) the weight of \(label(swap.criterion, in: high.matrix)) from \(ReportNumber.fixed(swap.current, 3)) to \(swap.approximate ? "about " : "")\(ReportNumber.fixed(swap.threshold, 3))."
            )
        } else {
            lines.append("  No change of a single weight puts \(low.measure.id) above \(high.measure.id).")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A criterion's label (people read labels, not ids).
    static func label(_ criterion: String, in matrix: RatingMatrix) -> String {
        matrix.criteria.first { $0.id == criterion }?.label ?? criterion
    }

    public static func sensitivity(
        _ sheet: ScoreSheet, intervals: [(zielbild: String, intervals: [WeightInterval])],
        acceptability: RankAcceptability
    ) -> String {
        var lines: [String] = []
        let k = acceptability.options.top
        for (index, ranking) in sheet.zielbilder.enumerated() {
            lines.append(
                "\(ranking.zielbild.id)  \(ranking.zielbild.name): top \(k) = \(ranking.ranked.prefix(k).map(\.measure.id).joined(separator: ", "))"
            )
            lines.append("  Weight range within which the top \(k) stays the same (others fixed):")
            var table = TextTable(columns: [
                .init("criterion", maximumWidth: 40), .init("weight", .right), .init("stable from", .right),
                .init("to", .right),
            ])
            let labels = Dictionary(
                ranking.matrix.criteria.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
            for interval in intervals[index].intervals {
                table.add([
                    labels[interval.criterion] ?? interval.criterion, ReportNumber.fixed(interval.current, 3),
                    (interval.approximate ? "≈" : "") + ReportNumber.fixed(interval.lower, 3),
                    interval.upper.map { (interval.approximate ? "≈" : "") + ReportNumber.fixed($0, 3) } ?? "no limit",
                ])
            }
            lines += table.render().map { "  " + $0 }
            lines.append(
                "  Rank acceptability (\(acceptability.options.samples) samples, \(samplingName(acceptability.options.sampling)), seed \(acceptability.options.seed)):"
            )
            var mc = TextTable(columns: [
                .init("measure"), .init("rank", .right), .init("P(top \(k))", .right),
                .init("E[rank]", .right), .init("best–worst", .right),
            ])
            for entry in acceptability.zielbilder[index].entries {
                mc.add([
                    entry.measureID, String(entry.baseRank), ReportNumber.percent(entry.topProbability, 1),
                    ReportNumber.fixed(entry.expectedRank, 2), "\(entry.bestRank)–\(entry.worstRank)",
                ])
            }
            lines += mc.render().map { "  " + $0 }
            lines.append("")
        }
        return lines.joined(separator: "\n")
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

    static func reason(_ failure: GateFailure) -> String {
        guard let criterion = failure.criterion else { return failure.reason }
        return "\(failure.reason) (\(criterion): \(failure.rating ?? "no rating"))"
    }

    static func methodName(_ method: ScoringMethod) -> String { method == .topsis ? "TOPSIS" : "weighted sum" }

    static func samplingName(_ sampling: RankAcceptability.Sampling) -> String {
        switch sampling {
        case .perturb(let spread): return "weights ±\(ReportNumber.fixed(spread * 100, 0)) %"
        case .simplex: return "weights uniform on the simplex"
        }
    }
}
