import ScenarioIO
import Scoring
import SprintModel

/// A measure's score explained, two measures' order explained, and the ranking's sensitivity to
/// the weights, for an 80-column terminal in German or English.
extension ScoreText {
    public static func explain(
        _ measureID: String, in sheet: ScoreSheet, language: ReportLanguage = .en
    ) -> String? {
        let w = ScoreWords(language: language), l = language
        for ranking in sheet.zielbilder {
            if let entry = ranking.ranked.first(where: { $0.measure.id == measureID }) {
                var lines = [
                    "\(entry.measure.id)  \(entry.measure.name)",
                    "  "
                        + w.rankLine(
                            zielbild: ranking.zielbild.id, rank: entry.rank, of: ranking.ranked.count,
                            score: l.number(entry.score, digits: 3), method: methodName(sheet.method, l),
                            points: l.number(entry.points, digits: 1)),
                    "  " + w.costLine(remaining: l.money(entry.remainingCost), ownShare: l.money(entry.ownShare)), "",
                ]
                var table = TextTable(columns: [
                    .init(w.criterion, maximumWidth: 34), .init(w.rating, maximumWidth: 12),
                    .init(w.normalised, .right), .init(w.weight, .right), .init(w.part, .right),
                ])
                for contribution in entry.contributions.sorted(by: { $0.value > $1.value }) {
                    table.add([
                        contribution.criterion.label,
                        (contribution.rating.map { rating(rating: $0, l) } ?? (contribution.missing ? w.missing : "–"))
                            + (contribution.fed == nil ? "" : " *"),
                        l.number(contribution.normalised, digits: 2),
                        l.percent(contribution.weightShare, digits: 1),
                        l.number(contribution.value, digits: 3),
                    ])
                }
                lines += table.render()
                lines += fedNotes(entry.fedRatings, criteria: ranking.matrix.criteria, w, l)
                if sheet.method == .topsis { lines += TextWrap.wrap(w.topsisNote) }
                return lines.joined(separator: "\n") + "\n"
            }
            if let entry = ranking.ineligible.first(where: { $0.measure.id == measureID }) {
                let lines =
                    ["\(entry.measure.id)  \(entry.measure.name)", "  " + w.ineligible(ranking.zielbild.id)]
                    + entry.failures.flatMap { TextWrap.wrap("– " + reason($0, in: ranking.matrix, l)) }
                return lines.joined(separator: "\n") + "\n"
            }
        }
        return nil
    }

    /// One line per rating realised impact fed, after a heading that explains the table's "*";
    /// nothing when none was fed.
    static func fedNotes(_ fed: [FedRating], criteria: [Criterion], _ w: ScoreWords, _ l: ReportLanguage) -> [String] {
        guard !fed.isEmpty else { return [] }
        return [""] + TextWrap.wrap("* " + w.fedHeading + ":")
            + fed.flatMap { TextWrap.wrap("  " + fedLine($0, criteria: criteria, w, l)) }
    }

    /// "M21: zielbeitrag 5,00 (sehr hoch) → 3,63 (Zielerreichung der Lösungen 8,6 %)": the written
    /// rating also as its label on a labelled scale, since the fed one lies between labels.
    static func fedLine(_ note: FedRating, criteria: [Criterion], _ w: ScoreWords, _ l: ReportLanguage) -> String {
        var written = l.number(note.written, digits: 2)
        if let criterion = criteria.first(where: { $0.id == note.criterion }) {
            switch criterion.scale {
            case .range: break
            case .ordinal, .yesNo: written += " (\(rating(rating: criterion.scale.spell(note.written), l)))"
            }
        }
        return w.fedLine(
            measure: note.measure, criterion: note.criterion, written: written, fed: l.number(note.fed, digits: 2),
            achievement: l.percent(note.achievement, digits: 1))
    }

    /// A yes/no rating in the language's words; other ratings as the scenario spells them.
    static func rating(rating: String, _ language: ReportLanguage) -> String {
        switch rating {
        case "yes": return language.text(.yes)
        case "no": return language.text(.no)
        default: return rating
        }
    }

    public static func versus(
        _ explanation: PairwiseExplanation, method: ScoringMethod, language: ReportLanguage = .en
    ) -> String {
        let w = ScoreWords(language: language), l = language
        let high = explanation.higher, low = explanation.lower
        var lines = [
            w.ranksAbove(
                high: high.measure.id, highRank: high.rank, highScore: l.number(high.score, digits: 3),
                low: low.measure.id, lowRank: low.rank, lowScore: l.number(low.score, digits: 3)),
            "",
        ]
        var table = TextTable(columns: [
            .init(w.criterion, maximumWidth: 40), .init(high.measure.id, maximumWidth: 12),
            .init(low.measure.id, maximumWidth: 12), .init(w.difference, .right),
        ])
        for item in explanation.deciding {
            let ratingHigh = high.contributions.first { $0.criterion.id == item.criterion.id }?.rating ?? "–"
            let ratingLow = low.contributions.first { $0.criterion.id == item.criterion.id }?.rating ?? "–"
            table.add([
                item.criterion.label, rating(rating: ratingHigh, l), rating(rating: ratingLow, l),
                (item.difference >= 0 ? "+" : "") + l.number(item.difference, digits: 3),
            ])
        }
        lines += table.render()
        lines.append("")
        if let swap = explanation.smallestSwap {
            lines += TextWrap.wrap(
                w.smallestSwap(
                    low: low.measure.id, high: high.measure.id, raising: swap.threshold > swap.current,
                    criterion: label(swap.criterion, in: high.matrix), from: l.number(swap.current, digits: 3),
                    to: l.number(swap.threshold, digits: 3), approximate: swap.approximate))
        } else {
            lines.append("  " + w.noSwap(low: low.measure.id, high: high.measure.id))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func sensitivity(
        _ sheet: ScoreSheet, intervals: [(zielbild: String, intervals: [WeightInterval])],
        acceptability: RankAcceptability, language: ReportLanguage = .en
    ) -> String {
        let w = ScoreWords(language: language), l = language
        var lines: [String] = []
        let k = acceptability.options.top
        for (index, ranking) in sheet.zielbilder.enumerated() {
            lines.append(
                "\(ranking.zielbild.id)  \(ranking.zielbild.name): top \(k) = "
                    + ranking.ranked.prefix(k).map(\.measure.id).joined(separator: ", "))
            lines.append("  " + w.stableRange(k))
            var table = TextTable(columns: [
                .init(w.criterion, maximumWidth: 40), .init(w.weight, .right), .init(w.stableFrom, .right),
                .init(w.to, .right),
            ])
            let labels = Dictionary(
                ranking.matrix.criteria.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
            for interval in intervals[index].intervals {
                let mark = interval.approximate ? "≈" : ""
                table.add([
                    labels[interval.criterion] ?? interval.criterion, l.number(interval.current, digits: 3),
                    mark + l.number(interval.lower, digits: 3),
                    interval.upper.map { mark + l.number($0, digits: 3) } ?? w.noLimit,
                ])
            }
            lines += table.render().map { "  " + $0 }
            lines.append(
                "  "
                    + w.acceptability(
                        samples: l.number(Double(acceptability.options.samples)),
                        sampling: sampling(acceptability.options.sampling, l), seed: acceptability.options.seed))
            var mc = TextTable(columns: [
                .init(w.measure), .init(w.rank, .right), .init("P(top \(k))", .right),
                .init(w.expectedRank, .right), .init(w.bestWorst, .right),
            ])
            for entry in acceptability.zielbilder[index].entries {
                mc.add([
                    entry.measureID, String(entry.baseRank), l.percent(entry.topProbability, digits: 1),
                    l.number(entry.expectedRank, digits: 2), "\(entry.bestRank)–\(entry.worstRank)",
                ])
            }
            lines += mc.render().map { "  " + $0 }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func sampling(_ sampling: RankAcceptability.Sampling, _ language: ReportLanguage) -> String {
        let de = language == .de
        switch sampling {
        case .perturb(let spread):
            return (de ? "Gewichte ±" : "weights ±") + language.percent(spread, digits: 0)
        case .simplex: return de ? "Gewichte gleichverteilt auf dem Simplex" : "weights uniform on the simplex"
        }
    }
}
