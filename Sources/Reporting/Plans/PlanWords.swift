import PlanCheck
import Planner
import SprintModel

/// The words of the terminal plan (`PlanText`) and decision table (`DecisionFormats.text`), in
/// German and English.
struct PlanWords {
    let language: ReportLanguage
    var de: Bool { language == .de }

    var team: String { de ? "Sprintteam" : "team" }
    var legend: [String] {
        de
            ? [
                "  ← setzt die Maßnahme des Quartals davor fort  ✓ schließt sie ab  ⇄ hilft einem anderen Zielbild",
                "  – ohne Maßnahme  × nicht verfügbar",
            ]
            : [
                "  ← continues the measure of the quarter before  ✓ finishes it  ⇄ helps another Zielbild",
                "  – idle  × unavailable",
            ]
    }
    var completed: String { de ? "Im Plan abgeschlossen:" : "Completed in the plan:" }
    var none: String { de ? "keine" : "none" }
    var solutionsComplete: String {
        de ? "Am Ende des Planungszeitraums vollständige Lösungen: " : "Lösungen complete at the horizon end: "
    }
    var moneyColumns: (money: String, total: String, spending: String, ownShare: String, budget: String) {
        de
            ? ("Mittel", "Summe", "Ausgaben", "Eigenanteil", "Budget")
            : ("money", "total", "spending", "own share", "budget")
    }
    var ownShareCap: String { de ? "Obergrenze Eigenanteil" : "own-share cap" }
    var verifier: String {
        de
            ? "PRÜFUNG: der Plan verletzt Regeln — ein Fehler in sprintplan, bitte melden:"
            : "VERIFIER: the plan breaks rules — this is a bug in sprintplan, please report it:"
    }

    func value(_ value: ValueParts) -> String {
        let n = { (figure: Double) in language.number(figure, digits: 1) }
        return de
            ? "Wert \(n(value.total)) Punkte = Abschlüsse \(n(value.completions)) + Teilfortschritt "
                + "\(n(value.partialProgress)) + Lösungen \(n(value.bundles)) − Wechsel \(n(value.switching)) "
                + "− Hilfe für andere Zielbilder \(n(value.crossZielbild))"
            : "Value \(n(value.total)) points = completions \(n(value.completions)) + partial progress "
                + "\(n(value.partialProgress)) + Lösungen \(n(value.bundles)) − switching \(n(value.switching)) "
                + "− cross-Zielbild \(n(value.crossZielbild))"
    }

    func header(_ plan: Plan, stable: Bool) -> String {
        let quarters = plan.quarters
        let range =
            quarters.isEmpty
            ? (de ? "ohne Quartale" : "no quarters")
            : "\(language.quarter(quarters.first!)) … \(language.quarter(quarters.last!))"
        let gap =
            plan.gap.map { (de ? "Lücke " : "gap ") + language.percent($0, digits: 2) }
            ?? (de ? "Lücke unbekannt" : "gap unknown")
        let bound = plan.bestBound.map { language.number($0, digits: 2) } ?? "–"
        let decomposition =
            plan.decomposition.map {
                de
                    ? " (Mittel in \($0.blocks) unabhängigen Teilen in \($0.rounds) Runden bewertet)"
                    : " (money priced over \($0.blocks) independent parts in \($0.rounds) rounds)"
            } ?? ""
        let time = stable ? "" : ", \(language.number(plan.solveSeconds, digits: 2)) s"
        return de
            ? "Plan \(range): \(status(.found(plan.proof))), \(gap), Zielfunktionswert "
                + "\(language.number(plan.objective, digits: 2)), Schranke \(bound)\(decomposition)\(time)"
            : "Plan \(range): \(status(.found(plan.proof))), \(gap), objective "
                + "\(language.number(plan.objective, digits: 2)), bound \(bound)\(decomposition)\(time)"
    }

    func status(_ status: SearchOutcome) -> String {
        guard de else { return PlanText.statusText(status) }
        switch status {
        case .found(.optimal): return "nachweislich optimal"
        case .found(.withinGap): return "innerhalb der verlangten Lücke"
        case .found(.stopped(.timeLimit)): return "ZEITGRENZE, nicht als optimal nachgewiesen"
        case .found(.stopped(.interrupted)): return "ABGEBROCHEN, nicht als optimal nachgewiesen"
        case .notFound(.stopped(.timeLimit)): return "Zeitgrenze, kein Plan"
        case .notFound(.stopped(.interrupted)): return "abgebrochen, kein Plan"
        case .notFound(.infeasible): return "unerfüllbar"
        case .notFound(.unbounded): return "unbeschränkt"
        case .notFound(.solverFailed(let message)): return "Fehler des Lösers: \(message)"
        }
    }
}
