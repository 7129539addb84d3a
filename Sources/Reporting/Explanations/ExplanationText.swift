import Planner
import Scoring
import SprintModel

/// The planner's explanations — decision reasons, "why this?" and "why not?" answers, the
/// infeasibility diagnosis — worded for people, in German and English. The planner returns
/// them as typed values with their figures; this is the only place they become sentences.
public enum ExplanationText {
    public static func text(_ reason: DecisionReason, _ language: ReportLanguage = .en) -> String {
        language == .de ? German.text(reason) : English.text(reason)
    }

    public static func text(_ reason: AssignmentReason, _ language: ReportLanguage = .en) -> String {
        language == .de ? German.text(reason) : English.text(reason)
    }

    public static func text(_ reason: MeasureReason, _ language: ReportLanguage = .en) -> String {
        language == .de ? German.text(reason) : English.text(reason)
    }

    /// One rule the diagnosis would relax, with the amount.
    public static func text(_ relaxation: Relaxation, _ language: ReportLanguage = .en) -> String {
        language == .de ? German.text(relaxation) : English.text(relaxation)
    }

    public static func text(_ exclusion: Exclusion, _ language: ReportLanguage = .en) -> String {
        language == .de ? German.text(exclusion) : English.text(exclusion)
    }

    public static func text(_ obstacle: PinObstacle, _ language: ReportLanguage = .en) -> String {
        language == .de ? German.text(obstacle) : English.text(obstacle)
    }

    /// The amount a money rule is short by, rounded up to the cent (a cent less would not do).
    static func shortfall(_ amount: Double) -> Money { Money(cents: Int64((amount * 100).rounded(.up))) }

    /// A shortfall in whole euros, rounded up, for wordings that spell money without cents.
    static func shortfallEuros(_ amount: Double) -> Money { Money(cents: Int64(amount.rounded(.up)) * 100) }

    /// Several relaxations as one list: each worded once, in alphabetical order of the wording.
    static func list(_ relaxations: [Relaxation], _ language: ReportLanguage) -> String {
        Set(relaxations.map { text($0, language) }).sorted().joined(separator: "; ")
    }
}

extension ExplanationText {
    /// The English wording: figures as plain decimals, quarters as `2027-Q1`, money as `1,234.56 €`.
    enum English {
        static func one(_ value: Double) -> String { FixedDecimal.string(value, digits: 1) }

        static func text(_ reason: DecisionReason) -> String {
            switch reason {
            case .unavailable(let team, let quarter): return "\(team) is unavailable in \(quarter)"
            case .ranked(let measure, let name, let rank, let zielbild, let score):
                return "\(measure) \(name): rank \(rank) in \(zielbild), score \(FixedDecimal.string(score, digits: 3))"
            case .continues(let done, let effort, let remaining):
                return "continues: \(one(done)) of \(one(effort)) team-quarters done, \(one(remaining)) remaining"
            case .finishes(let measure, let quarter): return "finishes \(measure) in \(quarter)"
            case .finishesLater(let measure, let quarter): return "\(measure) is planned to finish in \(quarter)"
            case .completesSolution(let id, let name): return "helps complete Lösung \(id) \(name)"
            case .deadline(let date): return "deadline \(date)"
            case .pinned: return "pinned: decided already"
            case .helpsZielbild(let zielbild): return "helps Zielbild \(zielbild)"
            case .nothingWorthItsCost(let team):
                return "no measure for \(team) is worth its cost in this quarter (money, continuity or balance)"
            case .givesUp(let measure, let name, let remaining, let cost, let continued):
                return
                    "gives up \(measure) \(name) for now: \(one(remaining)) team-quarters remain, switching cost \(one(cost)) points"
                    + (continued ? "; another team continues it" : "")
            case .heldBack(let rule): return ExplanationText.text(rule, .en)
            }
        }

        static func text(_ reason: AssignmentReason) -> String {
            switch reason {
            case .unknownTeam(let team): return "unknown Sprintteam \(team)"
            case .unavailable(let team, let quarter): return "\(team) is unavailable in \(quarter)"
            case .noMeasure(let team, let quarter):
                return "\(team) has no measure in \(quarter): every measure it may take is done, taken by other teams, "
                    + "blocked by a prerequisite, or worth less than its cost in continuity, money or balance"
            case .ranked(let measure, let name, let rank, let zielbild, let score, let points):
                return
                    "\(measure) \(name): rank \(rank) in \(zielbild), score \(FixedDecimal.string(score, digits: 3)), "
                    + "worth \(one(points)) points when completed"
            case .completed(let measure, let quarter, let inThisQuarter):
                return inThisQuarter
                    ? "the team completes \(measure) in \(quarter)" : "\(measure) is completed in \(quarter)"
            case .notCompleted(let measure):
                return "\(measure) is not completed within the plan; the work counts as progress"
            case .continuesCurrent(let team): return "\(team) continues its current measure (no switching cost)"
            case .leavesCurrent(let team, let measure, let cost):
                return "\(team) leaves its current measure \(measure) (switching cost \(one(cost)) points)"
            case .helpsZielbild(let team, let zielbild, let cost):
                return "\(team) helps Zielbild \(zielbild) (cross-Zielbild cost \(one(cost)))"
            case .completesSolution(let id, let name, let value):
                return "it completes Lösung \(id) \(name) (bundle value \(one(value)))"
            case .pinned: return "the assignment is pinned (a decision already taken)"
            }
        }

        static func text(_ reason: MeasureReason) -> String {
            switch reason {
            case .unknownMeasure(let measure): return "unknown measure \(measure)"
            case .closed(let measure, let status): return "\(measure) is \(status.rawValue)"
            case .planned(let measure, let assignments, let completed):
                let who = assignments.map { "\($0.team) in \($0.quarter)" }.joined(separator: ", ")
                return "\(measure) is planned: \(who); "
                    + (completed.map { "completed in \($0)" } ?? "not completed within the plan")
            case .excluded(let exclusion): return text(exclusion)
            case .noCapableTeam(let skills):
                return
                    "capacity: no Sprintteam with the skills \(skills.joined(separator: ", ")) is available in the plan's quarters"
            case .valueTooLow(let measure, let standing):
                return "value too low: the best plan with \(measure) would be \(ExplanationText.text(standing, .en)); "
                    + "other measures are worth more for the same teams and money"
            case .noPlanIncludesIt: return "no plan can include it within the time limit"
            case .notWithinHorizon(let measure):
                return "no plan within the planned quarters can include \(measure) (proven)"
            case .cannotBeFitted(let relaxations): return "it cannot be fitted in: " + list(relaxations, .en)
            }
        }

        static func text(_ relaxation: Relaxation) -> String {
            let amount = relaxation.amount
            switch relaxation.rule {
            case .quarterBudget(let quarter):
                return "\(quarter) budget short by \(ReportLanguage.en.money(shortfallEuros(amount)))"
            case .totalBudget: return "total budget short by \(ReportLanguage.en.money(shortfallEuros(amount)))"
            case .ownShareCap: return "own-share cap short by \(ReportLanguage.en.money(shortfallEuros(amount)))"
            case .minTeamsWorking(let zielbild, let quarter):
                return "Zielbild \(zielbild) cannot have the required number of teams working in \(quarter): "
                    + "\(Int(amount.rounded())) team(s) short"
            case .minCompletions(let zielbild):
                return
                    "Zielbild \(zielbild) cannot complete the required number of measures: \(Int(amount.rounded())) short"
            case .pin(let team, let quarter, let measure):
                return "pin \(team) → \(measure) in \(quarter) cannot be kept: "
                    + text(relaxation.obstacle ?? .conflictsWithOtherRules)
            }
        }

        static func text(_ exclusion: Exclusion) -> String {
            switch exclusion {
            case .ineligible(let failures):
                return "ineligible: " + failures.map { GateText.short($0, .en) }.joined(separator: "; ")
            case .prerequisiteNeverDone(let prerequisite, let dropped):
                return "prerequisite \(prerequisite) can never be done (\(dropped ? "dropped" : "not plannable"))"
            case .notScored: return "not scored"
            }
        }

        static func text(_ obstacle: PinObstacle) -> String {
            switch obstacle {
            case .unknownTeamOrMeasure: return "unknown team or measure"
            case .excluded(let measure, let exclusion): return "measure \(measure) is \(text(exclusion))"
            case .teamUnavailable(let team, let quarter): return "team \(team) is unavailable in \(quarter)"
            case .missingSkills(let team, let skills):
                return "team \(team) lacks skills \(skills.joined(separator: ", "))"
            case .crossZielbildNotAllowed: return "cross-Zielbild work is not allowed"
            case .beforeEarliestStart(let measure, let start): return "\(measure) cannot start before \(start)"
            case .pastDeadline(let measure, let deadline): return "\(measure)'s deadline \(deadline) has passed"
            case .prerequisitesNotInTime(let prerequisites, let quarter):
                return "prerequisites \(prerequisites.joined(separator: ", ")) cannot be done before \(quarter) "
                    + "together with the other rules"
            case .conflictsWithOtherRules: return "it conflicts with the other rules (budget, balance or other pins)"
            }
        }
    }
}
