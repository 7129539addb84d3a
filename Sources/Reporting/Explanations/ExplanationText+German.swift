import Planner
import Scoring
import SprintModel

extension ExplanationText {
    /// The German wording: figures with decimal commas, quarters as `Q1/2027`, money as
    /// `1.234,56 €`, dates as `31.12.2027`.
    enum German {
        static let de = ReportLanguage.de
        static func one(_ value: Double) -> String { de.number(value, digits: 1) }
        static func q(_ quarter: Quarter) -> String { de.quarter(quarter) }

        static func text(_ reason: DecisionReason) -> String {
            switch reason {
            case .unavailable(let team, let quarter): return "\(team) ist in \(q(quarter)) nicht verfügbar"
            case .ranked(let measure, let name, let rank, let zielbild, let score):
                return "\(measure) \(name): Rang \(rank) in \(zielbild), Bewertung \(de.number(score, digits: 3))"
            case .continues(let done, let effort, let remaining):
                return
                    "setzt fort: \(one(done)) von \(one(effort)) Team-Quartalen erledigt, \(one(remaining)) verbleiben"
            case .finishes(let measure, let quarter): return "schließt \(measure) in \(q(quarter)) ab"
            case .finishesLater(let measure, let quarter):
                return "\(measure) soll in \(q(quarter)) abgeschlossen werden"
            case .completesSolution(let id, let name): return "trägt zum Abschluss der Lösung \(id) \(name) bei"
            case .deadline(let date): return "Frist \(de.date(date))"
            case .pinned: return "festgelegt: bereits entschieden"
            case .helpsZielbild(let zielbild): return "hilft im Zielbild \(zielbild)"
            case .nothingWorthItsCost(let team):
                return
                    "für \(team) ist in diesem Quartal keine Maßnahme ihre Kosten wert (Geld, Kontinuität oder Ausgewogenheit)"
            case .givesUp(let measure, let name, let remaining, let cost, let continued):
                return
                    "gibt \(measure) \(name) vorerst ab: \(one(remaining)) Team-Quartale verbleiben, Wechselkosten \(one(cost)) Punkte"
                    + (continued ? "; ein anderes Team setzt sie fort" : "")
            case .heldBack(let rule): return ExplanationText.text(rule, .de)
            }
        }

        static func text(_ reason: AssignmentReason) -> String {
            switch reason {
            case .unknownTeam(let team): return "unbekanntes Sprintteam \(team)"
            case .unavailable(let team, let quarter): return "\(team) ist in \(q(quarter)) nicht verfügbar"
            case .noMeasure(let team, let quarter):
                return
                    "\(team) hat in \(q(quarter)) keine Maßnahme: jede mögliche Maßnahme ist erledigt, von anderen Teams belegt, "
                    + "wartet auf eine Voraussetzung oder ist weniger wert als ihre Kosten an Kontinuität, Geld oder Ausgewogenheit"
            case .ranked(let measure, let name, let rank, let zielbild, let score, let points):
                return "\(measure) \(name): Rang \(rank) in \(zielbild), Bewertung \(de.number(score, digits: 3)), "
                    + "abgeschlossen \(one(points)) Punkte wert"
            case .completed(let measure, let quarter, let inThisQuarter):
                return inThisQuarter
                    ? "das Team schließt \(measure) in \(q(quarter)) ab"
                    : "\(measure) wird in \(q(quarter)) abgeschlossen"
            case .notCompleted(let measure):
                return "\(measure) wird im Plan nicht abgeschlossen; die Arbeit zählt als Fortschritt"
            case .continuesCurrent(let team): return "\(team) setzt seine laufende Maßnahme fort (keine Wechselkosten)"
            case .leavesCurrent(let team, let measure, let cost):
                return "\(team) verlässt seine laufende Maßnahme \(measure) (Wechselkosten \(one(cost)) Punkte)"
            case .helpsZielbild(let team, let zielbild, let cost):
                return
                    "\(team) hilft im Zielbild \(zielbild) (Kosten der Zielbild-übergreifenden Hilfe \(one(cost)) Punkte)"
            case .completesSolution(let id, let name, let value):
                return "sie schließt die Lösung \(id) \(name) ab (Bündelwert \(one(value)) Punkte)"
            case .pinned: return "die Zuordnung ist festgelegt (eine bereits getroffene Entscheidung)"
            }
        }

        static func text(_ reason: MeasureReason) -> String {
            switch reason {
            case .unknownMeasure(let measure): return "unbekannte Maßnahme \(measure)"
            case .closed(let measure, let status):
                return "\(measure) ist "
                    + (status == .done ? "abgeschlossen" : status == .dropped ? "verworfen" : status.rawValue)
            case .planned(let measure, let assignments, let completed):
                let who = assignments.map { "\($0.team) in \(q($0.quarter))" }.joined(separator: ", ")
                return "\(measure) ist eingeplant: \(who); "
                    + (completed.map { "abgeschlossen in \(q($0))" } ?? "im Plan nicht abgeschlossen")
            case .excluded(let exclusion): return text(exclusion)
            case .noCapableTeam(let skills):
                return "Kapazität: kein Sprintteam mit den Fähigkeiten \(skills.joined(separator: ", ")) "
                    + "ist in den Quartalen des Plans verfügbar"
            case .valueTooLow(let measure, let standing):
                return "Wert zu gering: der beste Plan mit \(measure) wäre \(ExplanationText.text(standing, .de)); "
                    + "andere Maßnahmen sind für dieselben Teams und Mittel mehr wert"
            case .noPlanIncludesIt: return "kein Plan kann sie innerhalb der Zeitgrenze aufnehmen"
            case .notWithinHorizon(let measure):
                return "kein Plan in den geplanten Quartalen kann \(measure) aufnehmen (nachgewiesen)"
            case .cannotBeFitted(let relaxations): return "sie passt nicht in den Plan: " + list(relaxations, .de)
            }
        }

        static func text(_ relaxation: Relaxation) -> String {
            let amount = relaxation.amount
            switch relaxation.rule {
            case .quarterBudget(let quarter):
                return "dem Budget für \(q(quarter)) fehlen \(de.money(shortfallEuros(amount)))"
            case .totalBudget: return "dem Gesamtbudget fehlen \(de.money(shortfallEuros(amount)))"
            case .ownShareCap: return "der Obergrenze des Eigenanteils fehlen \(de.money(shortfallEuros(amount)))"
            case .minTeamsWorking(let zielbild, let quarter):
                return "im Zielbild \(zielbild) können in \(q(quarter)) nicht genug Teams arbeiten: "
                    + "\(Int(amount.rounded())) Team(s) zu wenig"
            case .minCompletions(let zielbild):
                return
                    "im Zielbild \(zielbild) können nicht genug Maßnahmen abgeschlossen werden: \(Int(amount.rounded())) zu wenig"
            case .pin(let team, let quarter, let measure):
                return "die Festlegung \(team) → \(measure) in \(q(quarter)) kann nicht gehalten werden: "
                    + text(relaxation.obstacle ?? .conflictsWithOtherRules)
            }
        }

        static func text(_ exclusion: Exclusion) -> String {
            switch exclusion {
            case .ineligible(let failures):
                return "nicht förderfähig: " + failures.map { GateText.short($0, .de) }.joined(separator: "; ")
            case .prerequisiteNeverDone(let prerequisite, let dropped):
                return
                    "Voraussetzung \(prerequisite) kann nie erfüllt werden (\(dropped ? "verworfen" : "nicht planbar"))"
            case .notScored: return "nicht bewertet"
            }
        }

        static func text(_ obstacle: PinObstacle) -> String {
            switch obstacle {
            case .unknownTeamOrMeasure: return "unbekanntes Team oder unbekannte Maßnahme"
            case .excluded(let measure, let exclusion): return "Maßnahme \(measure): \(text(exclusion))"
            case .teamUnavailable(let team, let quarter): return "Team \(team) ist in \(q(quarter)) nicht verfügbar"
            case .missingSkills(let team, let skills):
                return "Team \(team) fehlen die Fähigkeiten \(skills.joined(separator: ", "))"
            case .crossZielbildNotAllowed: return "Zielbild-übergreifende Arbeit ist nicht erlaubt"
            case .beforeEarliestStart(let measure, let start): return "\(measure) kann nicht vor \(q(start)) beginnen"
            case .pastDeadline(let measure, let deadline):
                return "die Frist von \(measure) (\(de.date(deadline))) ist verstrichen"
            case .prerequisitesNotInTime(let prerequisites, let quarter):
                return "die Voraussetzungen \(prerequisites.joined(separator: ", ")) können nicht vor \(q(quarter)) "
                    + "zusammen mit den übrigen Regeln erfüllt werden"
            case .conflictsWithOtherRules:
                return "sie widerspricht den übrigen Regeln (Budget, Ausgewogenheit oder andere Festlegungen)"
            }
        }
    }
}
