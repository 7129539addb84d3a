/// Every fixed text of the HTML and Markdown reports, in German and English.
public enum ReportText: Sendable, CaseIterable {
    case title, roadmap, roadmapNote, money, moneyNote, solutions, rankings, ineligible, comparison
    case status, gap, objective, solveTime, scenarioHash, horizon, generatedBy, quarter, team, zielbild, measure
    case spending, federalShare, ownShare, cap, total, totalBudget, ownShareCap, noCap, complete, incomplete, missing
    case rank, score, criterion, reasons, idle, unavailable, finishes, continues, crossZielbild, inputs, noDifference
    case differingAssignments, completions, valueParts, partialProgress, solutionValue, switching, noPlan, lösung, none
    case optimal, gapReached, timeLimit, infeasible, measuresCompleted, points, noPlanTitle, relaxNote
    case summary, summaryNote, decision, costAndLimits, solutionsComplete, appendix, appendixNote, pointsNote
    case legendContinued, legendHelps, legendPrerequisite, legendFinished, legendIdle, legendUnavailable
    case roadmapTableNote, limits, limitsNote, rankingNote, criteriaWeights, inPlan, workedOn, yes, no

    var german: String {
        switch self {
        case .title: return "Sprintplanung"
        case .roadmap: return "Fahrplan: Sprintteams und Quartale"
        case .roadmapNote:
            return
                "Jede Zeile ist ein Sprintteam, jede Spalte ein Quartal; ein Balken reicht, solange das Team an der "
                + "Maßnahme bleibt. Farbe und Rahmen des Balkens zeigen das Zielbild der Maßnahme, auch ohne Farbe."
        case .roadmapTableNote: return "Zeilen: Sprintteams, Spalten: Quartale; je Zelle die Maßnahme des Teams."
        case .summary: return "Zusammenfassung: Entscheidung für"
        case .summaryNote:
            return
                "Die Empfehlung des Planers für das nächste Quartal. Gründe und Alternativen stehen in der "
                + "Beschlussvorlage (sprintplan decide --format html)."
        case .decision: return "Entscheidung"
        case .costAndLimits: return "Kosten und Grenzen"
        case .solutionsComplete: return "vollständige Lösungen"
        case .appendix: return "Anhang: Angaben zur Berechnung"
        case .appendixNote:
            return "Wie der Plan berechnet wurde; für die Nachprüfung, nicht für die Entscheidung nötig."
        case .pointsNote:
            return
                "Punkte: der Wert eines Plans — abgeschlossene Maßnahmen nach ihrer Bewertung, Fortschritt an langen "
                + "Maßnahmen, vollständige Lösungen, abzüglich Wechsel- und Hilfekosten."
        case .legendContinued: return "← fortgesetzt (vom Quartal davor oder von vor dem Planungszeitraum)"
        case .legendHelps: return "⇄ hilft einem anderen Zielbild"
        case .legendPrerequisite: return "▷M20 setzt den Abschluss von M20 voraus"
        case .legendFinished: return "✓ im Quartal abgeschlossen"
        case .legendIdle: return "– ohne Maßnahme"
        case .legendUnavailable: return "× nicht verfügbar"
        case .limits: return "Grenzen im Planungszeitraum"
        case .limitsNote:
            return "Verbrauch gegen jede Obergrenze des Planungszeitraums; der rote Strich ist die Grenze."
        case .rankingNote:
            return
                "Jede förderfähige Maßnahme mit ihrer Bewertung (0 = schlechteste, 1 = beste; Balken) und ihrem "
                + "Stand im Plan: ✓ mit dem Quartal des Abschlusses, … begonnen und nicht abgeschlossen, – nicht im Plan."
        case .criteriaWeights: return "Kriterien und Gewichte"
        case .inPlan: return "Plan"
        case .workedOn: return "begonnen"
        case .yes: return "ja"
        case .no: return "nein"
        case .money: return "Mittel je Quartal"
        case .moneyNote:
            return
                "Bundesanteil (voll) und Eigenanteil (schraffiert) je Quartal; die gestrichelte Linie ist die Quartalsobergrenze."
        case .solutions: return "Lösungen"
        case .rankings: return "Rangfolge der Maßnahmen je Zielbild"
        case .ineligible: return "Nicht förderfähig"
        case .comparison: return "Szenarienvergleich"
        case .status: return "Status"
        case .gap: return "Lücke zur Schranke"
        case .objective: return "Zielfunktionswert"
        case .solveTime: return "Rechenzeit"
        case .scenarioHash: return "Szenario (SHA-256)"
        case .horizon: return "Planungszeitraum"
        case .generatedBy: return "Erstellt mit"
        case .quarter: return "Quartal"
        case .team: return "Sprintteam"
        case .zielbild: return "Zielbild"
        case .measure: return "Maßnahme"
        case .spending: return "Ausgaben"
        case .federalShare: return "Bundesanteil"
        case .ownShare: return "Eigenanteil"
        case .cap: return "Obergrenze"
        case .total: return "Summe"
        case .totalBudget: return "Gesamtbudget"
        case .ownShareCap: return "Obergrenze Eigenanteil"
        case .noCap: return "keine"
        case .complete: return "vollständig"
        case .incomplete: return "unvollständig"
        case .missing: return "es fehlen"
        case .rank: return "Rang"
        case .score: return "Bewertung"
        case .criterion: return "Kriterium"
        case .reasons: return "Gründe"
        case .idle: return "ohne Maßnahme"
        case .unavailable: return "nicht verfügbar"
        case .finishes: return "abgeschlossen"
        case .continues: return "fortgesetzt"
        case .crossZielbild: return "hilft anderem Zielbild"
        case .inputs: return "Unterschiede in den Eingaben"
        case .noDifference: return "keine Unterschiede"
        case .differingAssignments: return "Abweichende Zuordnungen"
        case .completions: return "Abschlüsse"
        case .valueParts: return "Bestandteile des Werts"
        case .partialProgress: return "Teilfortschritt"
        case .solutionValue: return "Lösungswert"
        case .switching: return "Wechselkosten"
        case .noPlan: return "kein Plan"
        case .lösung: return "Lösung"
        case .none: return "keine"
        case .optimal: return "nachweislich optimal"
        case .gapReached: return "innerhalb der geforderten Lücke"
        case .timeLimit: return "Zeitlimit erreicht, nicht als optimal nachgewiesen"
        case .infeasible: return "unerfüllbar"
        case .measuresCompleted: return "abgeschlossene Maßnahmen"
        case .points: return "Punkte"
        case .noPlanTitle: return "Kein Plan erfüllt alle Regeln"
        case .relaxNote:
            return
                "Die kleinste Menge von Regeln, deren Lockerung einen Plan möglich macht (Diagnose des Planers; die Meldungen sind englisch):"
        }
    }

    var english: String {
        switch self {
        case .title: return "Sprint plan"
        case .roadmap: return "Roadmap: Sprintteams and quarters"
        case .roadmapNote:
            return
                "Each row is a Sprintteam, each column a quarter; one bar lasts while the team stays on the measure. "
                + "The bar's colour and border show the measure's Zielbild, also without colour."
        case .roadmapTableNote: return "Rows: Sprintteams, columns: quarters; each cell holds the team's measure."
        case .summary: return "Summary: the decision for"
        case .summaryNote:
            return
                "The planner's recommendation for the next quarter. Reasons and alternatives are in the decision "
                + "paper (sprintplan decide --format html)."
        case .decision: return "Decision"
        case .costAndLimits: return "Cost and limits"
        case .solutionsComplete: return "complete Lösungen"
        case .appendix: return "Appendix: how the plan was computed"
        case .appendixNote: return "How the plan was computed; for checking it, not needed for the decision."
        case .pointsNote:
            return
                "Points: the value of a plan — completed measures by their score, progress on long measures, complete "
                + "Lösungen, less switching and help costs."
        case .legendContinued: return "← continued (from the quarter before or from before the horizon)"
        case .legendHelps: return "⇄ helps another Zielbild"
        case .legendPrerequisite: return "▷M20 needs M20 finished first"
        case .legendFinished: return "✓ finished in the quarter"
        case .legendIdle: return "– no measure"
        case .legendUnavailable: return "× unavailable"
        case .limits: return "Limits over the horizon"
        case .limitsNote: return "Use of every cap of the horizon; the red line is the cap."
        case .rankingNote:
            return
                "Every eligible measure with its score (0 = worst, 1 = best; bar) and its state in the plan: ✓ with "
                + "the quarter it is finished, … started and not finished, – not in the plan."
        case .criteriaWeights: return "Criteria and weights"
        case .inPlan: return "Plan"
        case .workedOn: return "started"
        case .yes: return "yes"
        case .no: return "no"
        case .money: return "Money per quarter"
        case .moneyNote:
            return "Federal share (solid) and own share (hatched) per quarter; the dashed line is the quarter's cap."
        case .solutions: return "Lösungen (bundles of measures)"
        case .rankings: return "Ranking of measures per Zielbild"
        case .ineligible: return "Not eligible"
        case .comparison: return "Scenario comparison"
        case .status: return "Status"
        case .gap: return "Gap to the bound"
        case .objective: return "Objective"
        case .solveTime: return "Solve time"
        case .scenarioHash: return "Scenario (SHA-256)"
        case .horizon: return "Horizon"
        case .generatedBy: return "Generated by"
        case .quarter: return "Quarter"
        case .team: return "Sprintteam"
        case .zielbild: return "Zielbild"
        case .measure: return "Measure"
        case .spending: return "Spending"
        case .federalShare: return "Federal share"
        case .ownShare: return "Own share"
        case .cap: return "Cap"
        case .total: return "Total"
        case .totalBudget: return "Total budget"
        case .ownShareCap: return "Own-share cap"
        case .noCap: return "none"
        case .complete: return "complete"
        case .incomplete: return "incomplete"
        case .missing: return "missing"
        case .rank: return "Rank"
        case .score: return "Score"
        case .criterion: return "Criterion"
        case .reasons: return "Reasons"
        case .idle: return "no measure"
        case .unavailable: return "unavailable"
        case .finishes: return "finished"
        case .continues: return "continued"
        case .crossZielbild: return "helps another Zielbild"
        case .inputs: return "Differences in the inputs"
        case .noDifference: return "no difference"
        case .differingAssignments: return "Assignments that differ"
        case .completions: return "Completions"
        case .valueParts: return "Parts of the value"
        case .partialProgress: return "Partial progress"
        case .solutionValue: return "Lösung value"
        case .switching: return "Switching cost"
        case .noPlan: return "no plan"
        case .lösung: return "Lösung"
        case .none: return "none"
        case .optimal: return "proven optimal"
        case .gapReached: return "within the requested gap"
        case .timeLimit: return "time limit reached, not proven optimal"
        case .infeasible: return "infeasible"
        case .measuresCompleted: return "measures completed"
        case .points: return "points"
        case .noPlanTitle: return "No plan satisfies every rule"
        case .relaxNote:
            return "The smallest set of rules whose relaxation makes a plan possible (the planner's diagnosis):"
        }
    }
}
