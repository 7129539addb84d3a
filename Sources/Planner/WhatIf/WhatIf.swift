import Scoring
import SprintModel

/// Changes a meeting tries on a scenario without editing its file: pins (`T4=M07@2027-Q1`),
/// forbidden assignments (`T10=M43`, optionally `@quarter`), quarters a team is unavailable
/// (`T4@2027-Q2`) and numbers set with the sweep's field syntax (`budget.total=2500000`). They
/// add to the scenario's own locks; `apply` checks every id and refuses contradictions and pins
/// that a single rule makes impossible, before anything is solved.
public struct WhatIf: Hashable, Sendable {
    /// One change, as given.
    public enum Change: Hashable, Sendable {
        /// Quarter nil: the first quarter the scenario plans.
        case pin(team: String, measure: String, quarter: Quarter?)
        case forbid(team: String, measure: String, quarter: Quarter?)
        case unavailable(team: String, quarter: Quarter)
        case set(parameter: String, value: Double)
    }

    public var changes: [Change]
    /// Spellings `init(pins:…)` could not read; `apply` reports them with every other problem.
    public var unreadable: [WhatIfProblem] = []

    public var isEmpty: Bool { changes.isEmpty && unreadable.isEmpty }

    public init(changes: [Change] = []) { self.changes = changes }

    /// Reads the command line's spellings; the malformed ones are kept in `unreadable`.
    public init(pins: [String] = [], forbids: [String] = [], unavailable: [String] = [], sets: [String] = []) {
        var changes: [Change] = [], problems: [WhatIfProblem] = []
        func pair(_ text: String, option: String) -> (team: String, measure: String, quarter: Quarter?)? {
            let (body, quarterText) = Self.splitQuarter(text)
            let parts = body.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                problems.append(.syntax(option: option, text: text, expected: "TEAM=MEASURE or TEAM=MEASURE@QUARTER"))
                return nil
            }
            guard let quarterText else { return (parts[0], parts[1], nil) }
            guard let quarter = Quarter(quarterText) else {
                problems.append(
                    .syntax(
                        option: option, text: text, expected: "a quarter such as \(Quarter.acceptedSpellings) after @"))
                return nil
            }
            return (parts[0], parts[1], quarter)
        }
        for text in pins {
            if let (team, measure, quarter) = pair(text, option: "--pin") {
                changes.append(.pin(team: team, measure: measure, quarter: quarter))
            }
        }
        for text in forbids {
            if let (team, measure, quarter) = pair(text, option: "--forbid") {
                changes.append(.forbid(team: team, measure: measure, quarter: quarter))
            }
        }
        for text in unavailable {
            let (team, quarterText) = Self.splitQuarter(text)
            guard !team.isEmpty, let quarterText, let quarter = Quarter(quarterText) else {
                problems.append(
                    .syntax(
                        option: "--unavailable", text: text,
                        expected: "TEAM@QUARTER, e.g. T4@2027-Q2 (quarters: \(Quarter.acceptedSpellings))"))
                continue
            }
            changes.append(.unavailable(team: team, quarter: quarter))
        }
        for text in sets {
            do {
                let axis = try SweepAxis(text)
                guard axis.values.count == 1 else {
                    problems.append(
                        .syntax(
                            option: "--set", text: text, expected: "PARAMETER=VALUE (one value; sweep varies several)"))
                    continue
                }
                changes.append(.set(parameter: axis.name, value: axis.values[0]))
            } catch {
                problems.append(.setting(text: text, message: error.description))
            }
        }
        self.changes = changes
        self.unreadable = problems
    }

    static func splitQuarter(_ text: String) -> (String, String?) {
        guard let at = text.lastIndex(of: "@") else { return (text, nil) }
        return (String(text[..<at]), String(text[text.index(after: at)...]))
    }

    /// The scenario with the changes applied, or every problem found: unknown ids (with the
    /// ids the scenario has, for a suggestion), quarters outside the plan, a pin and a forbid of
    /// the same assignment, two pins of one team in one quarter, and pins a single rule makes
    /// impossible (`PinObstacle`, checked without solving).
    public func apply(to base: Scenario) throws(WhatIfProblems) -> Scenario {
        var scenario = base, problems = unreadable
        // Numbers first: the horizon or the teams they change are what the locks refer to.
        for case .set(let parameter, let value) in changes {
            do {
                try SweepAxis("\(parameter)=\(value)").apply(value, to: &scenario)
            } catch {
                problems.append(.setting(text: "\(parameter)=\(SweepAxis.spell(value))", message: error.description))
            }
        }
        let teams = scenario.sprintteams.map(\.id), measures = scenario.measures.map(\.id)
        let planned = scenario.plannedQuarters
        func known(team: String, measure: String?) -> Bool {
            var ok = true
            if !teams.contains(team) {
                problems.append(.unknownTeam(team, known: teams))
                ok = false
            }
            if let measure, !measures.contains(measure) {
                problems.append(.unknownMeasure(measure, known: measures))
                ok = false
            }
            return ok
        }
        func inPlan(_ quarter: Quarter, _ change: Change) -> Bool {
            if planned.contains(quarter) { return true }
            problems.append(.quarterOutsidePlan(change, planned: planned))
            return false
        }
        for change in changes {
            switch change {
            case .pin(let team, let measure, let given):
                guard known(team: team, measure: measure), let quarter = given ?? planned.first, inPlan(quarter, change)
                else { continue }
                scenario.locks.pins.append(Locks.Pin(team: team, quarter: quarter, measure: measure))
            case .forbid(let team, let measure, let quarter):
                guard known(team: team, measure: measure), quarter.map({ inPlan($0, change) }) ?? true else { continue }
                scenario.locks.forbidden.append(Locks.Forbidden(team: team, measure: measure, quarter: quarter))
            case .unavailable(let team, let quarter):
                guard known(team: team, measure: nil), inPlan(quarter, change),
                    let index = scenario.sprintteams.firstIndex(where: { $0.id == team })
                else { continue }
                if !scenario.sprintteams[index].unavailable.contains(quarter) {
                    scenario.sprintteams[index].unavailable.append(quarter)
                }
            case .set: continue
            }
        }
        guard problems.isEmpty else { throw WhatIfProblems(problems) }
        problems += Self.contradictions(in: scenario.locks)
        guard problems.isEmpty else { throw WhatIfProblems(problems) }
        let problem = PlanningProblem(scenario: scenario, scores: Scorer(scenario: scenario).scoreSheet())
        for pin in scenario.locks.pins where planned.contains(pin.quarter) {
            let obstacle = Planner.pinObstacle(
                team: pin.team, quarter: pin.quarter, measure: pin.measure, problem: problem)
            switch obstacle {
            case .prerequisitesNotInTime, .conflictsWithOtherRules: continue  // only a solve can tell
            default: problems.append(.pinCannotBeKept(pin, obstacle))
            }
        }
        guard problems.isEmpty else { throw WhatIfProblems(problems) }
        return scenario
    }

    /// Locks that cannot hold together: a pinned assignment also forbidden, a team pinned to
    /// two measures in one quarter.
    static func contradictions(in locks: Locks) -> [WhatIfProblem] {
        var problems: [WhatIfProblem] = []
        for pin in locks.pins {
            if let forbid = locks.forbidden.first(where: {
                $0.team == pin.team && $0.measure == pin.measure && ($0.quarter == nil || $0.quarter == pin.quarter)
            }) {
                problems.append(.pinnedAndForbidden(pin, forbid))
            }
        }
        var seen: [String: Locks.Pin] = [:]
        for pin in locks.pins {
            let key = "\(pin.team)|\(pin.quarter)"
            if let first = seen[key], first.measure != pin.measure { problems.append(.twoPins(first, pin)) }
            seen[key] = seen[key] ?? pin
        }
        return problems
    }
}
