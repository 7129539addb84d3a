import SprintModel

extension ScenarioDecoder {
    static let measureKeys = [
        "id", "name", "zielbild", "solution", "source", "fieldsOfAction", "municipalities", "tags",
        "effort", "progress", "maxTeams", "requiredSkills", "costPerTeamQuarter", "oneOffCost",
        "eligibleShare", "prerequisites", "earliestStart", "deadline", "status", "ratings", "indicators",
    ]

    func measure(
        _ node: JSONNode, _ path: String, scales: [String: Criterion.Scale], declaredCriteria: Set<String>
    ) -> Measure? {
        guard let reader = ObjectReader(node, path: path, keys: Self.measureKeys, context: context) else { return nil }
        let id = reader.identifier("id", required: true)
        let name = reader.string("name", required: true)
        let zielbild = reader.identifier("zielbild", required: true)
        let solutions = reader.decode("solution", Values.identifiers) ?? []
        let source = reader.enumeration("source", as: Measure.Source.self) ?? .strategy
        let fields =
            reader.array("fieldsOfAction") { node, path, context in
                Values.enumeration(node, path, context, as: FieldOfAction.self)
            } ?? []
        let municipalities = reader.array("municipalities", Values.string) ?? []
        let tags = reader.array("tags", Values.identifier) ?? []
        let effort = reader.number(
            "effort", required: true,
            in: -ScenarioLimits.effort.upperBound...ScenarioLimits.effort.upperBound)
        let progress = reader.number("progress", in: ScenarioLimits.effort) ?? 0
        let maxTeams = reader.integer("maxTeams") ?? 1
        if maxTeams < 1 || maxTeams > ScenarioLimits.count.upperBound {
            context.error(
                .outOfRange, "expected 1 to \(ScenarioLimits.count.upperBound) teams, found \(maxTeams)",
                path: JSONPath.member(path, "maxTeams"),
                at: reader.child("maxTeams", required: false)?.0.location)
        }
        let skills = reader.array("requiredSkills", Values.identifier) ?? []
        let cost = reader.money("costPerTeamQuarter", required: true)
        let oneOff = reader.money("oneOffCost") ?? .zero
        let eligible = reader.number("eligibleShare", in: 0...1) ?? 1
        let prerequisites = reader.array("prerequisites", Values.identifier) ?? []
        let earliest = reader.quarter("earliestStart")
        let deadline = reader.date("deadline")
        let status = reader.enumeration("status", as: Measure.Status.self) ?? .candidate
        let ratings =
            reader.decode("ratings") { node, path, context in
                Values.map(node, path, context) { key, node, path, context -> (String, Double)? in
                    guard let scale = scales[key] else {
                        if declaredCriteria.contains(key) { return nil }  // the criterion itself was reported
                        context.error(
                            .unknownReference,
                            "unknown criterion \"\(key)\"\(Suggestion.hint(for: key, among: scales.keys.sorted()))",
                            path: path, at: node.location)
                        return nil
                    }
                    return rating(node, path, scale: scale).map { (key, $0) }
                }
            } ?? []
        let indicators = reader.array("indicators", indicator) ?? []
        let teamsAllowed = (1...ScenarioLimits.count.upperBound).contains(maxTeams)
        guard let id, let name, let zielbild, let effort, let cost, teamsAllowed else {
            return nil
        }
        var ratingMap: [String: Double] = [:]
        for entry in ratings { ratingMap[entry.value.0] = entry.value.1 }
        var measure = Measure(
            id: id, name: name, zielbild: zielbild, solutions: solutions, source: source, fieldsOfAction: fields,
            municipalities: municipalities, tags: tags, effort: effort, progress: progress, maxTeams: maxTeams,
            requiredSkills: skills, costPerTeamQuarter: cost, oneOffCost: oneOff, eligibleShare: eligible,
            prerequisites: prerequisites, earliestStart: earliest, deadline: deadline, status: status,
            ratings: Ratings(ratingMap))
        measure.indicators = indicators
        return measure
    }
}
