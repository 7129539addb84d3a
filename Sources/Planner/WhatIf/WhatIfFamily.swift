import Scoring
import SprintModel

/// The questions a meeting asks of any scenario, as a family of what-ifs around its plan:
/// per Sprintteam, its recommended first-quarter measure forbidden for that quarter and for
/// the whole horizon, and the team pinned to the best-ranked measure it can do instead; the
/// total budget at 75, 90 and 110 %; the per-quarter cap at 80 %; one team per Zielbild lost
/// for the horizon; switching cost 0 and 30. Each variant is a `WhatIf` that `apply` accepts
/// (a variant it refuses, e.g. forbidding a measure the scenario pins, is left out and listed
/// in `skipped`). The same scenario and plan give the same family, in the same order.
public struct WhatIfFamily: Sendable {
    /// One what-if of the family.
    public struct Variant: Sendable, Hashable {
        /// What the variant asks, with its figures.
        public enum Question: Sendable, Hashable {
            case forbidInFirstQuarter(team: String, measure: String, quarter: Quarter)
            case forbidForHorizon(team: String, measure: String)
            /// `rank`: the measure's rank in the team's Zielbild.
            case pinBestRanked(team: String, measure: String, quarter: Quarter, rank: Int)
            case budgetTotal(factor: Double, amount: Money)
            case perQuarterCap(factor: Double, amount: Money)
            case loseTeam(team: String, zielbild: String, quarters: [Quarter])
            case switchingCost(Double)
        }

        /// Stable, descriptive and usable as a file name: `forbid-T1-M01-2027-Q1`, `budget-total-90pct`.
        public var name: String
        public var question: Question
        public var whatIf: WhatIf
    }

    public var variants: [Variant]
    /// Variants left out because `WhatIf.apply` refuses them, with its reasons.
    public var skipped: [(variant: Variant, problems: WhatIfProblems)]

    public static let budgetFactors = [0.75, 0.9, 1.1]
    public static let perQuarterFactor = 0.8
    public static let switchingCosts = [0.0, 30.0]

    /// The family around `plan`, the plan of `base` (its first quarter is the decision the
    /// variants question); `scores` ranks the measures a team could be pinned to.
    public init(base: Scenario, scores: ScoreSheet, plan: Plan) {
        var variants: [Variant] = [], skipped: [(variant: Variant, problems: WhatIfProblems)] = []
        func add(_ variant: Variant) {
            do throws(WhatIfProblems) {
                _ = try variant.whatIf.apply(to: base)
                variants.append(variant)
            } catch {
                skipped.append((variant, error))
            }
        }
        let teams = base.sprintteams
        guard let first = plan.quarters.first else {
            self.variants = []
            self.skipped = []
            return
        }
        let recommended = teams.compactMap { team in plan.measure(of: team.id, in: first).map { (team.id, $0) } }
        for (team, measure) in recommended {
            add(
                Variant(
                    name: "forbid-\(team)-\(measure)-\(first)",
                    question: .forbidInFirstQuarter(team: team, measure: measure, quarter: first),
                    whatIf: WhatIf(changes: [.forbid(team: team, measure: measure, quarter: first)])))
        }
        for (team, measure) in recommended {
            add(
                Variant(
                    name: "forbid-\(team)-\(measure)", question: .forbidForHorizon(team: team, measure: measure),
                    whatIf: WhatIf(changes: [.forbid(team: team, measure: measure, quarter: nil)])))
        }
        for team in teams where team.isAvailable(in: first) {
            if let variant = Self.bestPin(for: team, in: first, base: base, scores: scores, plan: plan) {
                variants.append(variant)
            }
        }
        if let total = base.budget.total {
            for factor in Self.budgetFactors {
                let amount = total.scaled(by: factor)
                add(
                    Variant(
                        name: "budget-total-\(Self.percent(factor))pct",
                        question: .budgetTotal(factor: factor, amount: amount),
                        whatIf: WhatIf(changes: [.set(parameter: "budget.total", value: amount.euros)])))
            }
        }
        if let cap = base.budget.perQuarter {
            let amount = cap.scaled(by: Self.perQuarterFactor)
            add(
                Variant(
                    name: "budget-per-quarter-\(Self.percent(Self.perQuarterFactor))pct",
                    question: .perQuarterCap(factor: Self.perQuarterFactor, amount: amount),
                    whatIf: WhatIf(changes: [.set(parameter: "budget.perQuarter", value: amount.euros)])))
        }
        for zielbild in base.zielbilder {
            // The last team of the Zielbild (as `sweep --vary teams.Z=N-1` leaves out) whose
            // loss the scenario's own locks allow.
            for team in teams.filter({ $0.zielbild == zielbild.id }).reversed() {
                let variant = Variant(
                    name: "lose-\(team.id)",
                    question: .loseTeam(team: team.id, zielbild: zielbild.id, quarters: plan.quarters),
                    whatIf: WhatIf(changes: plan.quarters.map { .unavailable(team: team.id, quarter: $0) }))
                if (try? variant.whatIf.apply(to: base)) != nil {
                    variants.append(variant)
                    break
                }
            }
        }
        for cost in Self.switchingCosts where cost != base.policy.switchingCost {
            add(
                Variant(
                    name: "switching-cost-\(SweepAxis.spell(cost))", question: .switchingCost(cost),
                    whatIf: WhatIf(changes: [.set(parameter: "policy.switchingCost", value: cost)])))
        }
        self.variants = variants
        self.skipped = skipped
    }

    /// The best-ranked measure of the team's Zielbild that it can be pinned to in `quarter`
    /// (not the plan's, and not refused by `WhatIf.apply`: skills, availability, start, …).
    static func bestPin(
        for team: Sprintteam, in quarter: Quarter, base: Scenario, scores: ScoreSheet, plan: Plan
    ) -> Variant? {
        let planned = plan.measure(of: team.id, in: quarter)
        for ranked in scores.ranking(for: team.zielbild)?.ranked ?? [] where ranked.measure.id != planned {
            let measure = ranked.measure.id
            let variant = Variant(
                name: "pin-\(team.id)-\(measure)-\(quarter)",
                question: .pinBestRanked(team: team.id, measure: measure, quarter: quarter, rank: ranked.rank),
                whatIf: WhatIf(changes: [.pin(team: team.id, measure: measure, quarter: quarter)]))
            if (try? variant.whatIf.apply(to: base)) != nil { return variant }
        }
        return nil
    }

    static func percent(_ factor: Double) -> String { SweepAxis.spell((factor * 100).rounded()) }
}
