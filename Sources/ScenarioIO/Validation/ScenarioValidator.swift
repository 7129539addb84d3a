import SprintModel

/// Semantic checks on a decoded scenario: references, cycles, quantities, dates, weights,
/// bundles, continuity and locks. Reports every problem with its JSON path; the loader maps
/// paths to file positions.
struct ScenarioValidator {
    let scenario: Scenario
    let declared: DeclaredIDs?
    /// For each entity list, the index in the file of each decoded entity (entities that
    /// failed to decode are missing from the scenario, so positions would otherwise shift).
    let fileIndices: [String: [Int]]
    let locate: (String) -> SourceLocation?
    private(set) var diagnostics: [Diagnostic] = []

    init(
        scenario: Scenario, declared: DeclaredIDs?, fileIndices: [String: [Int]],
        locate: @escaping (String) -> SourceLocation?
    ) {
        self.scenario = scenario
        self.declared = declared
        self.fileIndices = fileIndices
        self.locate = locate
    }

    static func validate(
        _ scenario: Scenario, declared: DeclaredIDs? = nil, fileIndices: [String: [Int]] = [:],
        locate: @escaping (String) -> SourceLocation?
    ) -> [Diagnostic] {
        var validator = ScenarioValidator(
            scenario: scenario, declared: declared, fileIndices: fileIndices, locate: locate)
        validator.run()
        return validator.diagnostics
    }

    mutating func run() {
        checkSize()
        checkUniqueIDs()
        checkWeights()
        checkZielbildReferences()
        checkBundles()
        checkMeasures()
        checkPrerequisiteCycles()
        checkTeams()
        checkLocks()
        checkHorizon()
        checkIndicators()
    }

    /// `measures[7]`: the path of the decoded entity at `index` of `list`, as in the file.
    func at(_ list: String, _ index: Int) -> String {
        "\(list)[\(fileIndices[list]?[index] ?? index)]"
    }

    mutating func error(_ code: DiagnosticCode, _ message: String, at path: String) {
        diagnostics.append(Diagnostic(.error, code: code, message: message, path: path, location: locate(path)))
    }

    mutating func warning(_ code: DiagnosticCode, _ message: String, at path: String) {
        diagnostics.append(Diagnostic(.warning, code: code, message: message, path: path, location: locate(path)))
    }

    /// Reports an unknown id with a did-you-mean among `known`; returns whether `id` is known.
    /// An id that is declared but failed to decode was reported already: no second message.
    @discardableResult
    mutating func reference(_ id: String, kind: String, known: Set<String>, at path: String) -> Bool {
        guard !known.contains(id) else { return true }
        if let list = Self.lists[kind], declared?.contains(id, in: list) == true { return false }
        error(
            .unknownReference, "unknown \(kind) \"\(id)\"\(Suggestion.hint(for: id, among: known.sorted()))", at: path)
        return false
    }

    private static let lists = [
        "criterion": "criteria", "Zielbild": "zielbilder", "Lösung": "solutions",
        "measure": "measures", "Sprintteam": "sprintteams",
    ]

    var zielbildIDs: Set<String> { Set(scenario.zielbilder.map(\.id)) }
    var measureIDs: Set<String> { Set(scenario.measures.map(\.id)) }
    var teamIDs: Set<String> { Set(scenario.sprintteams.map(\.id)) }

    private mutating func checkUniqueIDs() {
        func check(_ ids: [String], list: String) {
            var first: [String: Int] = [:]
            for (index, id) in ids.enumerated() {
                if let earlier = first[id] {
                    let line = locate("\(at(list, earlier)).id").map { " on line \($0.line)" } ?? ""
                    error(
                        .duplicateID, "duplicate id \"\(id)\": \(at(list, earlier))\(line) already uses it",
                        at: "\(at(list, index)).id")
                } else {
                    first[id] = index
                }
            }
        }
        check(scenario.criteria.map(\.id), list: "criteria")
        check(scenario.zielbilder.map(\.id), list: "zielbilder")
        check(scenario.solutions.map(\.id), list: "solutions")
        check(scenario.measures.map(\.id), list: "measures")
        check(scenario.sprintteams.map(\.id), list: "sprintteams")
    }

    private mutating func checkWeights() {
        let criteria = scenario.criteria
        guard !criteria.isEmpty else { return }
        for (index, criterion) in criteria.enumerated() where criterion.weight < 0 {
            error(
                .negativeWeight, "expected a weight of at least 0, found \(Values.spell(criterion.weight))",
                at: "\(at("criteria", index)).weight")
        }
        let criterionIDs = Set(criteria.map(\.id))
        if criteria.allSatisfy({ $0.weight == 0 }) && scenario.zielbilder.allSatisfy({ $0.weightOverrides.isEmpty }) {
            error(
                .allZeroWeights,
                "all criterion weights are 0, so every measure would score 0; give at least one criterion a positive weight",
                at: "criteria")
            return
        }
        for (index, zielbild) in scenario.zielbilder.enumerated() {
            for key in zielbild.weightOverrides.keys.sorted() {
                let path = JSONPath.member("\(at("zielbilder", index)).weights", key)
                guard reference(key, kind: "criterion", known: criterionIDs, at: path) else { continue }
                if zielbild.weightOverrides[key]! < 0 {
                    error(
                        .negativeWeight,
                        "expected a weight of at least 0, found \(Values.spell(zielbild.weightOverrides[key]!))",
                        at: path)
                }
            }
            if criteria.allSatisfy({ zielbild.weight(of: $0) <= 0 }) {
                error(
                    .allZeroWeights,
                    "every criterion weighs 0 in Zielbild \"\(zielbild.id)\", so its measures would all score 0",
                    at: zielbild.weightOverrides.isEmpty ? "criteria" : "\(at("zielbilder", index)).weights")
            }
        }
    }

    private mutating func checkZielbildReferences() {
        let known = zielbildIDs
        for (index, solution) in scenario.solutions.enumerated() {
            reference(solution.zielbild, kind: "Zielbild", known: known, at: "\(at("solutions", index)).zielbild")
        }
        for (index, measure) in scenario.measures.enumerated() {
            reference(measure.zielbild, kind: "Zielbild", known: known, at: "\(at("measures", index)).zielbild")
        }
        for (index, team) in scenario.sprintteams.enumerated() {
            reference(team.zielbild, kind: "Zielbild", known: known, at: "\(at("sprintteams", index)).zielbild")
        }
    }

    /// The largest supported scenario (see `ScenarioLimits`): beyond it no time limit or
    /// memory figure is documented, so the file is refused rather than half-planned.
    private mutating func checkSize() {
        let sizes = [
            ("measures", scenario.measures.count, ScenarioLimits.measures),
            ("sprintteams", scenario.sprintteams.count, ScenarioLimits.sprintteams),
            ("criteria", scenario.criteria.count, ScenarioLimits.criteria),
        ]
        for (list, count, limit) in sizes where count > limit {
            error(.scenarioTooLarge, "\(count) entries; the largest supported scenario has \(limit)", at: list)
        }
        let open = scenario.measures.filter(\.status.isOpen)
        let pairs: Int
        if scenario.policy.crossZielbild.allowed {
            pairs = scenario.sprintteams.count * open.count
        } else {
            let teams = Dictionary(grouping: scenario.sprintteams, by: \.zielbild).mapValues(\.count)
            pairs = Dictionary(grouping: open, by: \.zielbild).reduce(0) { $0 + (teams[$1.key] ?? 0) * $1.value.count }
        }
        let candidates = pairs * max(1, min(scenario.horizon.count, ScenarioLimits.horizonQuarters.upperBound))
        if candidates > ScenarioLimits.assignmentCandidates {
            error(
                .scenarioTooLarge,
                "\(candidates) team-measure-quarter combinations "
                    + "(Sprintteams × open measures they may work on × quarters); "
                    + "the largest supported scenario has \(ScenarioLimits.assignmentCandidates): "
                    + "split it by Zielbild or district, or shorten the horizon", at: "measures")
        }
    }

    private mutating func checkHorizon() {
        let last = scenario.programme.lastQuarter
        if scenario.horizon.end > last {
            warning(
                .horizonAfterProgrammeEnd,
                "the horizon runs to \(scenario.horizon.end) but the programme ends on \(scenario.programme.endDate); quarters after \(last) are not planned",
                at: "horizon.quarters")
        }
        for quarter in scenario.budget.quarterOverrides.keys.sorted() where !scenario.horizon.contains(quarter) {
            warning(
                .quarterOutsideHorizon,
                "budget for \(quarter) lies outside the horizon \(scenario.horizon.start)…\(scenario.horizon.end) and is ignored",
                at: "budget.quarters[\"\(quarter)\"]")
        }
    }
}
