import SprintModel

extension ScenarioValidator {
    /// Lösungen and the measures they bundle. A measure may serve several Lösungen (its effort
    /// and money are spent once); within one Lösung it is listed once. When a measure names its
    /// Lösungen itself (`solution`), the names and the Lösungen's lists must agree both ways.
    mutating func checkBundles() {
        // Positions, not copies: copying 3,500 measures into a dictionary was a tenth of loading.
        let measureIndex = Dictionary(
            scenario.measures.indices.map { (scenario.measures[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let known = measureIDs
        let solutionIDs = Set(scenario.solutions.map(\.id))
        var listedBy: [String: [String]] = [:]  // measure id → Lösungen listing it, in file order
        for (index, solution) in scenario.solutions.enumerated() {
            if solution.measures.isEmpty {
                error(
                    .emptyBundle, "Lösung \"\(solution.id)\" lists no measures; a bundle needs at least one",
                    at: "\(at("solutions", index)).measures")
            }
            var mixed: [String] = []
            var seen: [String: Int] = [:]
            for (position, id) in solution.measures.enumerated() {
                // Spelled only for a message (for every member it cost more than the checks).
                func path() -> String { "\(at("solutions", index)).measures[\(position)]" }
                if let first = seen[id] {
                    error(
                        .bundleDuplicateMember,
                        "Lösung \"\(solution.id)\" lists measure \"\(id)\" twice (first at measures[\(first)]); list each measure once",
                        at: path())
                    continue
                }
                seen[id] = position
                guard known.contains(id) else {
                    reference(id, kind: "measure", known: known, at: path())
                    continue
                }
                listedBy[id, default: []].append(solution.id)
                let measure = scenario.measures[measureIndex[id]!]
                let named = measure.solutions.filter(solutionIDs.contains)
                if !named.isEmpty && !named.contains(solution.id) {
                    error(
                        .bundleMembership,
                        "Lösung \"\(solution.id)\" lists measure \"\(id)\", but the measure names only \(Self.lösungen(named)); name every Lösung it serves, e.g. \"solution\": [\((named + [solution.id]).map { "\"\($0)\"" }.joined(separator: ", "))]",
                        at: path())
                }
                if measure.zielbild != solution.zielbild { mixed.append("\(id) (\(measure.zielbild))") }
            }
            if !mixed.isEmpty {
                warning(
                    .bundleMixesZielbilder,
                    "Lösung \"\(solution.id)\" belongs to Zielbild \"\(solution.zielbild)\" but bundles measures of other Zielbilder: \(mixed.joined(separator: ", ")); its bundle value counts for \"\(solution.zielbild)\"",
                    at: "\(at("solutions", index)).measures")
            }
        }
        for (index, measure) in scenario.measures.enumerated() {
            let single = measure.solutions.count == 1
            var seen = Set<String>()
            for (position, named) in measure.solutions.enumerated() {
                let path = "\(at("measures", index)).solution" + (single ? "" : "[\(position)]")
                guard seen.insert(named).inserted else {
                    error(
                        .bundleDuplicateMember,
                        "measure \"\(measure.id)\" names Lösung \"\(named)\" twice; name each Lösung once", at: path)
                    continue
                }
                guard reference(named, kind: "Lösung", known: solutionIDs, at: path) else { continue }
                if listedBy[measure.id]?.contains(named) != true {
                    error(
                        .bundleMembership,
                        "measure \"\(measure.id)\" names Lösung \"\(named)\", but that Lösung does not list it in its measures",
                        at: path)
                }
            }
        }
    }

    static func lösungen(_ ids: [String]) -> String {
        (ids.count == 1 ? "Lösung " : "Lösungen ") + ids.map { "\"\($0)\"" }.joined(separator: ", ")
    }

    mutating func checkMeasures() {
        let known = measureIDs
        let programmeEnd = scenario.programme.endDate
        for (index, measure) in scenario.measures.enumerated() {
            let path = "\(at("measures", index))"
            if measure.effort <= 0 {
                error(
                    .nonPositiveEffort,
                    "expected an effort above 0 team-quarters, found \(Values.spell(measure.effort))",
                    at: "\(path).effort")
            } else if let (key, value) = [("effort", measure.effort), ("progress", measure.progress)]
                .first(where: { !ScenarioLimits.isEffortMultiple($0.1) })
            {
                error(
                    .effortPrecision,
                    "expected team-quarters in hundredths (0.01 is the smallest step), found \(Values.spell(value))",
                    at: "\(path).\(key)")
            } else if measure.progress > measure.effort {
                error(
                    .progressExceedsEffort,
                    "progress \(Values.spell(measure.progress)) exceeds the effort of \(Values.spell(measure.effort)) team-quarters",
                    at: "\(path).progress")
            }
            for (position, prerequisite) in measure.prerequisites.enumerated() {
                reference(prerequisite, kind: "measure", known: known, at: "\(path).prerequisites[\(position)]")
            }
            if let deadline = measure.deadline {
                if let start = measure.earliestStart, deadline < start.firstDay {
                    error(
                        .deadlineBeforeStart,
                        "deadline \(deadline) lies before the earliest start \(start) (which begins \(start.firstDay))",
                        at: "\(path).deadline")
                }
                if deadline > programmeEnd {
                    error(
                        .deadlineAfterProgrammeEnd, "deadline \(deadline) lies after the programme end \(programmeEnd)",
                        at: "\(path).deadline")
                }
            }
            if let start = measure.earliestStart, start > scenario.programme.lastQuarter {
                error(
                    .deadlineAfterProgrammeEnd, "earliest start \(start) lies after the programme end \(programmeEnd)",
                    at: "\(path).earliestStart")
            }
            if measure.status.isOpen {
                checkRatings(of: measure, at: path)
            }
            checkSkills(of: measure, at: path)
        }
    }

    private mutating func checkRatings(of measure: Measure, at path: String) {
        for criterion in scenario.criteria
        where criterion.missingRating == .error && measure.ratings[criterion.id] == nil
            && declared?.ratedCriteria[measure.id]?.contains(criterion.id) != true
        {
            error(
                .missingRating,
                "measure \"\(measure.id)\" has no rating for criterion \"\(criterion.id)\" (\(criterion.label)); rate it, or set the criterion's \"missingRating\" to \"worst\" or \"neutral\"",
                at: "\(path).ratings")
        }
    }

    private mutating func checkSkills(of measure: Measure, at path: String) {
        guard !measure.requiredSkills.isEmpty, measure.status.isOpen, !scenario.sprintteams.isEmpty else { return }
        let crossAllowed = scenario.policy.crossZielbild.allowed
        let able = scenario.sprintteams.contains { team in
            (crossAllowed || team.zielbild == measure.zielbild) && team.hasSkills(measure.requiredSkills)
        }
        if !able {
            warning(
                .skillUnavailable,
                "no Sprintteam\(crossAllowed ? "" : " of Zielbild \"\(measure.zielbild)\"") has all required skills \(measure.requiredSkills.joined(separator: ", ")); the measure cannot be planned",
                at: "\(path).requiredSkills")
        }
    }

    /// Finds prerequisite cycles with a depth-first search in file order, reporting each
    /// cycle once, at the measure where it is first closed.
    mutating func checkPrerequisiteCycles() {
        let indexByID = Dictionary(
            scenario.measures.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var state = [Int](repeating: 0, count: scenario.measures.count)  // 0 new, 1 on stack, 2 done
        var stack: [Int] = []
        var cycles: [(path: String, text: String, members: [String])] = []

        func visit(_ node: Int) {
            state[node] = 1
            stack.append(node)
            for (position, prerequisite) in scenario.measures[node].prerequisites.enumerated() {
                guard let next = indexByID[prerequisite] else { continue }
                if state[next] == 1 {
                    let start = stack.firstIndex(of: next)!
                    let members = stack[start...].map { scenario.measures[$0].id } + [prerequisite]
                    cycles.append(
                        (
                            "\(at("measures", node)).prerequisites[\(position)]", members.joined(separator: " → "),
                            Array(members.dropLast())
                        ))
                } else if state[next] == 0 {
                    visit(next)
                }
            }
            stack.removeLast()
            state[node] = 2
        }
        for node in scenario.measures.indices where state[node] == 0 { visit(node) }
        // A cycle through a measure that Lösungen bundle keeps every one of them from completing.
        var bundledIn: [String: [String]] = [:]
        for solution in scenario.solutions {
            for id in solution.measures where bundledIn[id]?.last != solution.id {
                bundledIn[id, default: []].append(solution.id)
            }
        }
        for cycle in cycles {
            let stuck = cycle.members.flatMap { bundledIn[$0] ?? [] }.reduce(into: [String]()) {
                if !$0.contains($1) { $0.append($1) }
            }
            let shared = cycle.members.filter { (bundledIn[$0]?.count ?? 0) > 1 }
            var consequence = ""
            if !stuck.isEmpty {
                consequence = "; \(Self.lösungen(stuck)) can never complete"
                if !shared.isEmpty { consequence += " (shared: \(shared.joined(separator: ", ")))" }
            }
            error(
                .dependencyCycle,
                "prerequisite cycle: \(cycle.text) (each waits for the next to be done)\(consequence)", at: cycle.path)
        }
    }
}
