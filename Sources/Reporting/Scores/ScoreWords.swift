/// The words of `score --explain`, `--versus`, `--sensitivity` and `--format markdown`, in
/// German and English.
struct ScoreWords {
    let language: ReportLanguage
    var de: Bool { language == .de }

    func rankLine(zielbild: String, rank: Int, of count: Int, score: String, method: String, points: String) -> String {
        de
            ? "Zielbild \(zielbild), Rang \(rank) von \(count), Bewertung \(score) (\(method)), \(points) Punkte"
            : "Zielbild \(zielbild), rank \(rank) of \(count), score \(score) (\(method)), \(points) points"
    }
    func costLine(remaining: String, ownShare: String) -> String {
        de ? "Restkosten \(remaining), Eigenanteil \(ownShare)" : "remaining cost \(remaining), own share \(ownShare)"
    }
    func ineligible(_ zielbild: String) -> String {
        de
            ? "Zielbild \(zielbild): nicht förderfähig, ohne Rang und nicht geplant"
            : "Zielbild \(zielbild): ineligible, not ranked and not planned"
    }
    var criterion: String { de ? "Kriterium" : "criterion" }
    var rating: String { de ? "Wertung" : "rating" }
    var normalised: String { de ? "norm." : "norm." }
    var weight: String { de ? "Gewicht" : "weight" }
    var part: String { de ? "Anteil" : "part" }
    var missing: String { de ? "fehlt" : "missing" }
    var difference: String { de ? "Unterschied" : "difference" }
    var topsisNote: String {
        de
            ? "(Die Anteile zeigen die Zerlegung der gewichteten Summe; die TOPSIS-Bewertung ist die Nähe zum Ideal.)"
            : "(Parts show the weighted-sum decomposition; the TOPSIS score is the closeness to the ideal.)"
    }

    var fedHeading: String {
        de
            ? "Realisierte Wirkung (policy.realisedImpact) ersetzt für die Bewertung diese geschriebenen Wertungen"
            : "Realised impact (policy.realisedImpact) replaces these written ratings for scoring"
    }
    func fedLine(measure: String, criterion: String, written: String, fed: String, achievement: String) -> String {
        de
            ? "\(measure): \(criterion) \(written) → \(fed) (Zielerreichung der Lösungen \(achievement))"
            : "\(measure): \(criterion) \(written) → \(fed) (achievement \(achievement))"
    }

    func ranksAbove(
        high: String, highRank: Int, highScore: String, low: String, lowRank: Int, lowScore: String
    ) -> String {
        de
            ? "\(high) (Rang \(highRank), \(highScore)) steht vor \(low) (Rang \(lowRank), \(lowScore))"
            : "\(high) (rank \(highRank), \(highScore)) ranks above \(low) (rank \(lowRank), \(lowScore))"
    }

    func smallestSwap(
        low: String, high: String, raising: Bool, criterion: String, from: String, to: String, approximate: Bool
    ) -> String {
        if de {
            return "Kleinste Änderung eines einzelnen Gewichts, die \(low) vor \(high) bringt: das Gewicht von "
                + "\(criterion) von \(from) auf \(approximate ? "etwa " : "")\(to) \(raising ? "erhöhen" : "senken")."
        }
        return "Smallest single-weight change that puts \(low) above \(high): \(raising ? "raising" : "lowering") "
            + "the weight of \(criterion) from \(from) to \(approximate ? "about " : "")\(to)."
    }
    func noSwap(low: String, high: String) -> String {
        de
            ? "Keine Änderung eines einzelnen Gewichts bringt \(low) vor \(high)."
            : "No change of a single weight puts \(low) above \(high)."
    }

    func stableRange(_ k: Int) -> String {
        de
            ? "Gewichtsbereich, in dem die ersten \(k) gleich bleiben (übrige Gewichte fest):"
            : "Weight range within which the top \(k) stays the same (others fixed):"
    }
    var stableFrom: String { de ? "stabil ab" : "stable from" }
    var to: String { de ? "bis" : "to" }
    var noLimit: String { de ? "unbegrenzt" : "no limit" }
    func acceptability(samples: String, sampling: String, seed: UInt64) -> String {
        de
            ? "Rangakzeptanz (\(samples) Stichproben, \(sampling), Startwert \(seed)):"
            : "Rank acceptability (\(samples) samples, \(sampling), seed \(seed)):"
    }
    var measure: String { de ? "Maßnahme" : "measure" }
    var rank: String { de ? "Rang" : "rank" }
    var expectedRank: String { de ? "E[Rang]" : "E[rank]" }
    var bestWorst: String { de ? "bester–schlechtester" : "best–worst" }

    // Markdown
    func markdownSummary(method: String, ranked: Int, ineligible: Int) -> String {
        de
            ? "Verfahren: \(method). \(ranked) Maßnahmen mit Rang, \(ineligible) nicht förderfähig."
            : "Method: \(method). \(ranked) measures ranked, \(ineligible) ineligible."
    }
    var markdownHeader: [String] {
        de
            ? ["Rang", "Maßnahme", "Name", "Status", "Bewertung", "Eigenanteil", "Punkte je 10.000 € Eigenanteil"]
            : ["Rank", "Measure", "Name", "Status", "Score", "Own share", "Points per €10,000 own share"]
    }
    var ineligibleHeading: String { de ? "Nicht förderfähig:" : "Ineligible:" }
}
