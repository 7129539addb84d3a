import SprintModel

/// The words of `sweep`'s table and Markdown (`SweepFormats`), in German and English.
struct SweepWords {
    let language: ReportLanguage
    var de: Bool { language == .de }

    func values(_ count: Int) -> String { de ? "\(count) Werte" : "\(count) values" }

    func title(axes: String, points: Int, optimal: Int) -> String {
        let all = optimal == points
        if de {
            let proven =
                all
                ? (points == 1 ? "nachweislich optimal" : "alle nachweislich optimal")
                : "\(optimal) nachweislich optimal"
            return "Variation von \(axes): \(points) Variante\(points == 1 ? "" : "n"), \(proven)"
        }
        return
            "Sweep of \(axes): \(points) point\(points == 1 ? "" : "s"), \(all ? "all" : String(optimal)) proven optimal"
    }

    var status: String { de ? "Status" : "status" }
    var objective: String { de ? "Zielfunktion" : "objective" }
    func done(_ zielbild: String) -> String { de ? "fertig \(zielbild)" : "done \(zielbild)" }
    var spending: String { de ? "Ausgaben" : "spending" }
    var ownShare: String { de ? "Eigenanteil" : "own share" }
    var team: String { de ? "Sprintteam" : "team" }
    var decisions: String {
        de
            ? "Entscheidungen im ersten Quartal je Variante (– ohne Maßnahme oder kein Plan)"
            : "First-quarter decisions per point (– idle or no plan)"
    }
    var decisionsHeading: String { de ? "Entscheidungen im ersten Quartal" : "First-quarter decisions" }

    /// A point's status: the machine name in English (as before), in words in German.
    func status(_ outcome: SearchOutcome) -> String {
        de ? PlanWords(language: language).status(outcome) : outcome.name
    }
}
