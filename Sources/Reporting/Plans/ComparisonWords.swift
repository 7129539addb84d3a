/// The words of `compare`'s table and Markdown (`ComparisonFormats`), in German and English.
struct ComparisonWords {
    let language: ReportLanguage
    var de: Bool { language == .de }

    func heading(_ count: Int, baseline: String) -> String {
        de
            ? "Vergleich von \(count) Szenarien; das erste, \(baseline), ist die Basis"
            : "Comparing \(count) scenarios; the first, \(baseline), is the baseline"
    }
    var title: String { de ? "Szenarienvergleich" : "Scenario comparison" }
    func baseline(_ name: String) -> String { de ? "Basis: `\(name)`." : "Baseline: `\(name)`." }
    var status: String { "status" }
    var gap: String { de ? "Lücke" : "gap" }
    var solveTime: String { de ? "Rechenzeit" : "solve time" }
    var objective: String { de ? "Zielfunktionswert" : "objective" }
    var completions: String { de ? "  Abschlüsse" : "  completions" }
    var partialProgress: String { de ? "  Teilfortschritt" : "  partial progress" }
    var bundles: String { "  Lösungen" }
    var switching: String { de ? "  − Wechsel" : "  − switching" }
    var crossZielbild: String { de ? "  − Hilfe für andere Zielbilder" : "  − cross-Zielbild" }
    var measuresCompleted: String { de ? "abgeschlossene Maßnahmen" : "measures completed" }
    var bundlesComplete: String { de ? "vollständige Lösungen" : "Lösungen complete" }
    var spending: String { de ? "Ausgaben" : "spending" }
    var totalBudget: String { de ? "  Gesamtbudget" : "  total budget" }
    var ownShare: String { de ? "Eigenanteil" : "own share" }
    var ownShareCap: String { de ? "  Obergrenze Eigenanteil" : "  own-share cap" }
    var noCap: String { de ? "keine Grenze" : "no cap" }
    var noPlan: String { de ? "kein Plan" : "no plan" }
    var none: String { de ? "keine" : "none" }
    var completedPerQuarter: String {
        de ? "Abgeschlossene Maßnahmen je Zielbild und Quartal" : "Measures completed per Zielbild and quarter"
    }
    var quarter: String { de ? "Quartal" : "quarter" }
    var team: String { de ? "Sprintteam" : "team" }
    func differing(_ count: Int) -> String {
        de ? "Abweichende Zuordnungen: \(count)" : "Assignments that differ: \(count)"
    }
    func differingHeading(_ count: Int) -> String {
        de ? "Abweichende Zuordnungen (\(count))" : "Assignments that differ (\(count))"
    }
    func inputs(of other: String, against base: String) -> String {
        de ? "Eingaben von \(other) gegenüber \(base)" : "Inputs of \(other) compared with \(base)"
    }
    func differences(_ count: Int) -> String {
        switch (de, count) {
        case (true, 0): return "keine Unterschiede"
        case (true, 1): return "1 Unterschied"
        case (true, _): return "\(count) Unterschiede"
        case (false, 0): return "no difference"
        case (false, 1): return "1 difference"
        case (false, _): return "\(count) differences"
        }
    }
    var noDifference: String { de ? "Keine Unterschiede." : "No difference." }
}
