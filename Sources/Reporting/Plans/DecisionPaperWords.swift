import SprintModel

/// The words of the decision paper (`DecisionPaper`), in German and English.
struct DecisionPaperWords {
    let language: ReportLanguage
    var de: Bool { language == .de }

    func title(_ quarter: Quarter) -> String {
        de
            ? "Beschlussvorlage: Sprintentscheidung für \(language.quarter(quarter))"
            : "Decision paper: the sprint decision for \(quarter)"
    }

    var occasion: String { de ? "Anlass" : "Occasion" }
    var recommendation: String { de ? "Empfehlung je Zielbild" : "Recommendation per Zielbild" }
    var alternatives: String { de ? "Alternativen" : "Alternatives" }
    var money: String { de ? "Mittel" : "Money" }
    var risks: String { de ? "Risiken" : "Risks" }
    var resolution: String { de ? "Beschlussvorschlag" : "Proposed resolution" }
    var scenarioFile: String { de ? "Szenario-Datei" : "Scenario file" }
    var horizon: String { de ? "Planungszeitraum" : "Planning horizon" }
    var proof: String { de ? "Güte des Plans" : "Quality of the plan" }
    var team: String { "Sprintteam" }
    var recommended: String { de ? "Empfohlen" : "Recommended" }
    var bestAlternative: String { de ? "Beste Alternative" : "Best alternative" }
    var difference: String { de ? "Unterschied" : "Difference" }
    var noMeasure: String { de ? "keine Maßnahme" : "no measure" }
    var horizonSpending: String { de ? "Ausgaben im Planungszeitraum" : "Spending over the horizon" }
    var ownShare: String { de ? "Eigenanteil im Planungszeitraum" : "Own share over the horizon" }
    var closeCalls: String { de ? "Knappe Entscheidungen (unter 0,1 Punkten): " : "Close calls (under 0.1 points): " }
    var bindingCaps: String { de ? "Ausgeschöpfte Obergrenzen (ab 99 %): " : "Caps used up (99 % or more): " }
    var noRisks: String {
        de
            ? "Keine: der Plan ist bewiesen, keine Entscheidung ist knapp, keine Obergrenze ist ausgeschöpft."
            : "None: the plan is proven, no decision is close, no cap is used up."
    }
    var noAlternatives: String {
        de
            ? "Ohne Alternativen berechnet (`--no-alternatives`)."
            : "Computed without alternatives (`--no-alternatives`)."
    }
    var pointsDefinition: String {
        de
            ? "Punkte: der Wert eines Plans — abgeschlossene Maßnahmen nach ihrer Bewertung, Fortschritt an langen "
                + "Maßnahmen, vollständige Lösungen, abzüglich Wechsel- und Hilfekosten."
            : "Points: the value of a plan — completed measures by their score, progress on long measures, complete "
                + "Lösungen, less switching and help costs."
    }

    var scoreDefinition: String {
        de
            ? "Bewertung: die gewichtete Summe der Kriterien einer Maßnahme, zwischen 0 (schlechteste) und 1 "
                + "(beste); der Rang ordnet die Maßnahmen eines Zielbilds nach ihr."
            : "Score: a measure's weighted sum of the criteria, between 0 (worst) and 1 (best); the rank orders a "
                + "Zielbild's measures by it."
    }

    /// The mark of an alternative from another Zielbild.
    func helps(_ zielbild: String) -> String { de ? "(hilft \(zielbild))" : "(helps \(zielbild))" }

    func rankStability(spread: Double, samples: Int) -> String {
        let share = percent(spread, digits: 0), count = language.number(Double(samples))
        return de
            ? "Rang bei unsicheren Gewichten (jedes Gewicht ±\(share), \(count) Stichproben) der neu begonnenen "
                + "Maßnahmen: "
            : "Rank under uncertain weights (each weight ±\(share), \(count) samples) of the measures taken up: "
    }

    func rankRange(_ measure: String, base: Int, best: Int, worst: Int) -> String {
        if best == worst { return de ? "\(measure) stets Rang \(base)" : "\(measure) always rank \(base)" }
        return de
            ? "\(measure) Rang \(base) (zwischen \(best) und \(worst))"
            : "\(measure) rank \(base) (between \(best) and \(worst))"
    }

    func quarterSpending(_ quarter: String) -> String { de ? "Ausgaben in \(quarter)" : "Spending in \(quarter)" }

    func occasionText(quarter: Quarter, scenario: String) -> String {
        de
            ? "Ende des Sprints: Für \(language.quarter(quarter)) ist je Zielbild zu entscheiden, an welcher Maßnahme jedes "
                + "Sprintteam arbeitet. Grundlage ist das Szenario „\(scenario)“."
            : "End of the sprint: for \(quarter), each Zielbild decides which measure each Sprintteam works on. "
                + "The basis is the scenario \"\(scenario)\"."
    }

    func proofText(_ proof: PlanProof, gap: Double?) -> String {
        let gapText = gap.map { percent($0, digits: 2) } ?? "–"
        switch proof {
        case .optimal:
            return de ? "nachweislich optimal — kein Plan ist mehr wert" : "proven optimal — no plan is worth more"
        case .withinGap:
            return de
                ? "innerhalb der verlangten Lücke: höchstens \(gapText) unter dem bestmöglichen Plan"
                : "within the requested gap: at most \(gapText) below the best possible plan"
        case .stopped(let reason):
            let why = reason == .interrupted ? (de ? "abgebrochen" : "interrupted") : (de ? "Zeitgrenze" : "time limit")
            return de
                ? "NICHT bewiesen (\(why)): höchstens \(gapText) unter dem bestmöglichen Plan"
                : "NOT proven (\(why)): at most \(gapText) below the best possible plan"
        }
    }

    func action(_ kind: TeamDecisionKind, previous: String?, measure: String?) -> String {
        let none = noMeasure
        switch kind {
        case .continue: return de ? "setzt \(measure ?? none) fort" : "continues \(measure ?? none)"
        case .switch:
            return de
                ? "wechselt von \(previous ?? none) zu \(measure ?? none)"
                : "switches from \(previous ?? none) to \(measure ?? none)"
        case .start: return de ? "beginnt \(measure ?? none)" : "starts \(measure ?? none)"
        case .stop:
            return de
                ? "beendet \(previous ?? none) vorerst und übernimmt keine neue Maßnahme"
                : "stops \(previous ?? none) for now and takes up no new measure"
        case .idle: return de ? "bleibt ohne Maßnahme" : "has no measure"
        case .unavailable: return de ? "ist nicht verfügbar" : "is unavailable"
        }
    }

    /// What choosing the alternative costs: equally good, a near-tie, points less, or — when a
    /// lock made the choice — points more without it.
    func costText(_ cost: Double, nearTie: Double, equal: Double) -> String {
        let points = language.number(abs(cost), digits: 2)
        if cost <= -equal {
            return de ? "ohne die Festlegung \(points) Punkte mehr" : "\(points) points more without the lock"
        }
        if cost < equal { return de ? "gleichwertig" : "equally good" }
        if cost < nearTie {
            return de ? "nahezu gleichwertig (\(points) Punkte weniger)" : "near-tie (\(points) points less)"
        }
        return de ? "\(points) Punkte weniger" : "\(points) points less"
    }

    func moneyLine(_ label: String, used: Money, cap: Money?) -> String {
        guard let cap else { return "\(label): \(euros(used)) (\(de ? "ohne Obergrenze" : "no cap"))" }
        let share = cap.cents > 0 ? Double(used.cents) / Double(cap.cents) : 0
        return de
            ? "\(label): \(euros(used)) von \(euros(cap)) (\(percent(share)))"
            : "\(label): \(euros(used)) of \(euros(cap)) (\(percent(share)))"
    }

    func unprovenRisk(_ gap: Double?) -> String {
        let gapText = gap.map { percent($0, digits: 2) } ?? "–"
        return de
            ? "Der Plan ist nicht bewiesen: ein anderer Plan könnte bis zu \(gapText) mehr wert sein."
            : "The plan is not proven: another plan could be worth up to \(gapText) more."
    }

    func resolutionText(quarter: String, counts: [TeamDecisionKind: Int]) -> String {
        let parts: [(TeamDecisionKind, String, String)] = [
            (.continue, "setzen fort", "continue"), (.switch, "wechseln", "switch"), (.start, "beginnen", "start"),
            (.stop, "beenden ihre Maßnahme", "stop"), (.idle, "bleiben ohne Maßnahme", "have no measure"),
            (.unavailable, "sind nicht verfügbar", "are unavailable"),
        ]
        let said = parts.compactMap { kind, german, english in counts[kind].map { "\($0) \(de ? german : english)" } }
        return de
            ? "Die Zielbildgruppen beschließen für \(quarter) die Empfehlung oben (\(said.joined(separator: ", "))); "
                + "Abweichungen werden mit Begründung im Protokoll festgehalten."
            : "The Zielbild groups adopt the recommendation above for \(quarter) (\(said.joined(separator: ", "))); "
                + "deviations are minuted with their reasons."
    }

    /// Money in whole euros: `1.047.930 €` / `€1,047,930`.
    func euros(_ money: Money) -> String { language.money(money) }

    func percent(_ share: Double, digits: Int = 1) -> String { language.percent(share, digits: digits) }
}
