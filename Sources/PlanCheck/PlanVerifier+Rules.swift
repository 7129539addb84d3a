import SprintModel

extension PlanVerifier {
    /// One verification: the scenario's lookups and the violations found so far. Each rule
    /// family is one function, called in the order the violations are reported.
    struct Check {
        let scenario: Scenario
        let values: [String: Double]
        let quarters: [Quarter]
        let teams: [String: Sprintteam]
        let measures: [String: Measure]
        private(set) var violations: [PlanViolation] = []

        init(scenario: Scenario, values: [String: Double], quarters: [Quarter]) {
            self.scenario = scenario
            self.values = values
            self.quarters = quarters
            teams = Dictionary(scenario.sprintteams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            measures = Dictionary(scenario.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        mutating func fail(_ rule: PlanViolation.Rule, _ message: String) {
            violations.append(PlanViolation(rule: rule, message: message))
        }

        /// Rules of a single assignment: known entities, an open and eligible measure, the
        /// team's availability, skills and Zielbild, forbidden pairs, earliest start, deadline and
        /// programme end. Returns the assignments of known teams, measures and quarters.
        mutating func assignmentRules(_ sorted: [Assignment]) -> [Assignment] {
            var valid: [Assignment] = []
            for a in sorted {
                guard let team = teams[a.team], let measure = measures[a.measure], quarters.contains(a.quarter) else {
                    fail(
                        .unknownEntity,
                        "\(a.team) → \(a.measure) in \(a.quarter): unknown team, measure or quarter outside the plan")
                    continue
                }
                if !measure.status.isOpen {
                    fail(
                        .closedMeasure,
                        "\(a.team) works on \(a.measure) in \(a.quarter), which is \(measure.status.rawValue)")
                }
                if values[a.measure] == nil {
                    fail(.ineligibleMeasure, "\(a.measure) is not eligible but \(a.team) works on it in \(a.quarter)")
                }
                if !team.isAvailable(in: a.quarter) {
                    fail(.availability, "\(a.team) is unavailable in \(a.quarter) but works on \(a.measure)")
                }
                if !team.hasSkills(measure.requiredSkills) { fail(.skills, "\(a.team) lacks skills for \(a.measure)") }
                if team.zielbild != measure.zielbild && !scenario.policy.crossZielbild.allowed {
                    fail(
                        .zielbild,
                        "\(a.team) (\(team.zielbild)) works on \(a.measure) of \(measure.zielbild); cross-Zielbild help is not allowed"
                    )
                }
                let forbidden = scenario.locks.forbidden.contains {
                    $0.team == a.team && $0.measure == a.measure && ($0.quarter == nil || $0.quarter == a.quarter)
                }
                if forbidden { fail(.forbidden, "\(a.team) → \(a.measure) in \(a.quarter) is forbidden") }
                if let start = measure.earliestStart, a.quarter < start {
                    fail(.earliestStart, "\(a.measure) starts \(a.quarter), before its earliest start \(start)")
                }
                if let deadline = measure.deadline, a.quarter > Quarter(containing: deadline) {
                    fail(.deadline, "\(a.measure) is worked on in \(a.quarter), after its deadline \(deadline)")
                }
                if a.quarter > scenario.programme.lastQuarter {
                    fail(.programmeEnd, "\(a.measure) is worked on in \(a.quarter), after the programme ends")
                }
                valid.append(a)
            }
            return valid
        }

        /// One measure per team and quarter; at most `maxTeams` teams per measure and quarter.
        mutating func capacityRules(_ valid: [Assignment]) {
            var perTeam: [String: Int] = [:], perMeasure: [String: Int] = [:]
            for a in valid {
                perTeam["\(a.team)|\(a.quarter)", default: 0] += 1
                perMeasure["\(a.measure)|\(a.quarter)", default: 0] += 1
            }
            for (key, count) in perTeam.sorted(by: { $0.key < $1.key }) where count > 1 {
                fail(.oneMeasurePerTeam, "\(key.replacingOccurrences(of: "|", with: " in ")): \(count) measures")
            }
            for (key, count) in perMeasure.sorted(by: { $0.key < $1.key }) {
                let id = String(key.split(separator: "|")[0])
                if let measure = measures[id], count > measure.maxTeams {
                    fail(
                        .maxTeams,
                        "\(key.replacingOccurrences(of: "|", with: " in ")): \(count) teams, at most \(measure.maxTeams)"
                    )
                }
            }
        }

        /// Progress quarter by quarter: no work after completion, no work before the
        /// prerequisites are done. Returns when each measure completes and its team-quarters.
        mutating func progressRules(_ valid: [Assignment]) -> (completions: [String: Quarter], work: [String: Int]) {
            var progress: [String: Double] = [:]
            var completions: [String: Quarter] = [:]
            var work: [String: Int] = [:]
            for quarter in quarters {
                let now = valid.filter { $0.quarter == quarter }
                for a in now {
                    let measure = measures[a.measure]!
                    if (progress[a.measure] ?? measure.progress) >= measure.effort - 1e-9 {
                        fail(.workAfterCompletion, "\(a.team) works on \(a.measure) in \(quarter) after it is complete")
                    }
                    for prerequisite in measure.prerequisites where !isDone(prerequisite, before: quarter, completions)
                    {
                        fail(
                            .prerequisite,
                            "\(a.measure) is worked on in \(quarter) before its prerequisite \(prerequisite) is done")
                    }
                }
                for a in now {
                    progress[a.measure] = (progress[a.measure] ?? measures[a.measure]!.progress) + 1
                    work[a.measure, default: 0] += 1
                }
                for id in Set(now.map(\.measure)).sorted() where completions[id] == nil {
                    if progress[id]! >= measures[id]!.effort - 1e-9 { completions[id] = quarter }
                }
            }
            return (completions, work)
        }

        private func isDone(_ id: String, before quarter: Quarter, _ completions: [String: Quarter]) -> Bool {
            if let required = measures[id], required.status == .done { return true }
            return completions[id].map { $0 < quarter } ?? false
        }

        /// Money in exact cents: each quarter's cap, the total budget and the own-share cap.
        /// A candidate measure's one-off cost is spent in the quarter it starts.
        mutating func moneyRules(_ valid: [Assignment]) -> (quarters: [QuarterMoney], spending: Money, ownShare: Money)
        {
            let rate = scenario.programme.fundingRate
            var money: [QuarterMoney] = []
            var startedBefore = Set<String>()
            for quarter in quarters {
                var spending = Money.zero, own = Money.zero
                for a in valid where a.quarter == quarter {
                    let measure = measures[a.measure]!
                    spending += measure.costPerTeamQuarter
                    own += measure.ownShare(of: measure.costPerTeamQuarter, fundingRate: rate)
                }
                for id in Set(valid.filter { $0.quarter == quarter }.map(\.measure)).sorted()
                where !startedBefore.contains(id) {
                    startedBefore.insert(id)
                    let measure = measures[id]!
                    if measure.status == .candidate {
                        spending += measure.oneOffCost
                        own += measure.ownShare(of: measure.oneOffCost, fundingRate: rate)
                    }
                }
                let cap = scenario.budget.cap(in: quarter)
                if let cap, spending > cap {
                    fail(
                        .quarterBudget,
                        "\(quarter): spending \(spending.formatted) exceeds the budget of \(cap.formatted)")
                }
                money.append(QuarterMoney(quarter: quarter, spending: spending, ownShare: own, cap: cap))
            }
            let totalSpending = money.reduce(Money.zero) { $0 + $1.spending }
            let totalOwn = money.reduce(Money.zero) { $0 + $1.ownShare }
            if let cap = scenario.budget.total, totalSpending > cap {
                fail(.totalBudget, "total spending \(totalSpending.formatted) exceeds the budget of \(cap.formatted)")
            }
            if let cap = scenario.budget.ownShareCap, totalOwn > cap {
                fail(.ownShareCap, "own share \(totalOwn.formatted) exceeds its cap of \(cap.formatted)")
            }
            return (money, totalSpending, totalOwn)
        }

        /// Each Zielbild's fair share: teams working per quarter, measures completed.
        mutating func balanceRules(_ valid: [Assignment], completions: [String: Quarter]) {
            for zielbild in scenario.zielbilder {
                if let minimum = zielbild.balance.minTeamsWorkingPerQuarter {
                    for quarter in quarters {
                        let working = valid.filter {
                            $0.quarter == quarter && measures[$0.measure]!.zielbild == zielbild.id
                        }.count
                        if working < minimum {
                            fail(
                                .balance,
                                "\(zielbild.id) has \(working) team(s) working in \(quarter), at least \(minimum) required"
                            )
                        }
                    }
                }
                if let minimum = zielbild.balance.minCompletions {
                    let completed = completions.keys.filter { measures[$0]!.zielbild == zielbild.id }.count
                    if completed < minimum {
                        fail(.balance, "\(zielbild.id) completes \(completed) measure(s), at least \(minimum) required")
                    }
                }
            }
        }

        /// Decisions already taken: every pin inside the plan's quarters is kept.
        mutating func pinRules(_ valid: [Assignment]) {
            for pin in scenario.locks.pins where quarters.contains(pin.quarter) {
                if !valid.contains(Assignment(team: pin.team, quarter: pin.quarter, measure: pin.measure)) {
                    fail(.pin, "pin \(pin.team) → \(pin.measure) in \(pin.quarter) is not kept")
                }
            }
        }
    }
}
