import SprintModel

/// Writes a `Scenario` as a `sprintplan/1` file that loads back to the same scenario: keys in
/// the documented order, defaults left out, money as exact euro amounts, maps sorted by key.
public enum ScenarioWriter {
    public static func json(_ scenario: Scenario, schema: String? = nil) -> OutputJSON {
        var members: [(String, OutputJSON)] = []
        if let schema { members.append(("$schema", .string(schema))) }
        members.append(("format", .string(Scenario.formatVersion)))
        members.append(("name", .string(scenario.name)))
        if let description = scenario.description { members.append(("description", .string(description))) }
        if let language = scenario.language { members.append(("language", .string(language))) }
        let programme = scenario.programme
        members.append(
            (
                "programme",
                .object([
                    ("name", .string(programme.name)), ("endDate", .string(programme.endDate.description)),
                    ("fundingRate", .number(programme.fundingRate)), ("currency", .string(programme.currency)),
                ])
            ))
        members.append(
            (
                "horizon",
                .object([
                    ("start", .string(scenario.horizon.start.description)),
                    ("quarters", .int(Int64(scenario.horizon.count))),
                ])
            ))
        members.append(("criteria", .array(scenario.criteria.map(criterion))))
        members.append(("zielbilder", .array(scenario.zielbilder.map(zielbild))))
        members.append(
            (
                "solutions",
                .array(
                    scenario.solutions.map { solution in
                        .object(
                            [
                                ("id", .string(solution.id)), ("name", .string(solution.name)),
                                ("zielbild", .string(solution.zielbild)),
                                ("measures", .array(solution.measures.map(OutputJSON.string))),
                                ("bundleValue", .number(solution.bundleValue)),
                            ] + indicators(solution.indicators))
                    })
            ))
        let scales = Dictionary(scenario.criteria.map { ($0.id, $0.scale) }, uniquingKeysWith: { first, _ in first })
        members.append(("measures", .array(scenario.measures.map { measure($0, scales: scales) })))
        members.append(("sprintteams", .array(scenario.sprintteams.map(team))))
        members.append(("budget", budget(scenario.budget)))
        let policy = scenario.policy
        members.append(
            (
                "policy",
                .object(
                    [
                        ("switchingCost", .number(policy.switchingCost)),
                        (
                            "crossZielbild",
                            .object([
                                ("allowed", .bool(policy.crossZielbild.allowed)),
                                ("cost", .number(policy.crossZielbild.cost)),
                            ])
                        ),
                        ("discountRate", .number(policy.discountRate)),
                        ("partialProgressValue", .number(policy.partialProgressValue)),
                        ("valueScale", .number(policy.valueScale)),
                    ] + realisedImpact(policy.realisedImpact))
            ))
        members.append(
            (
                "locks",
                .object([
                    (
                        "pins",
                        .array(
                            scenario.locks.pins.map {
                                .object([
                                    ("team", .string($0.team)), ("quarter", .string($0.quarter.description)),
                                    ("measure", .string($0.measure)),
                                ])
                            })
                    ),
                    (
                        "forbidden",
                        .array(
                            scenario.locks.forbidden.map { item in
                                var fields: [(String, OutputJSON)] = [
                                    ("team", .string(item.team)), ("measure", .string(item.measure)),
                                ]
                                if let quarter = item.quarter {
                                    fields.append(("quarter", .string(quarter.description)))
                                }
                                return .object(fields)
                            })
                    ),
                ])
            ))
        return .object(members)
    }

    public static func text(_ scenario: Scenario, schema: String? = nil) -> String {
        json(scenario, schema: schema).rendered()
    }

    static func money(_ value: Money) -> OutputJSON { .number(value.euros, digits: 2) }

    static func criterion(_ criterion: Criterion) -> OutputJSON {
        var fields: [(String, OutputJSON)] = [
            ("id", .string(criterion.id)), ("label", .string(criterion.label)),
            ("kind", .string(criterion.kind.rawValue)),
        ]
        switch criterion.scale {
        case .range(let min, let max):
            fields.append(
                ("scale", .object([("type", .string("range")), ("min", .number(min)), ("max", .number(max))])))
        case .ordinal(let labels):
            fields.append(
                ("scale", .object([("type", .string("ordinal")), ("labels", .array(labels.map(OutputJSON.string)))])))
        case .yesNo: fields.append(("scale", .object([("type", .string("yes-no"))])))
        }
        fields.append(("direction", .string(criterion.direction.rawValue)))
        fields.append(("weight", .number(criterion.weight)))
        if let gate = criterion.gate {
            var gateFields: [(String, OutputJSON)] = []
            if let minimum = gate.minimum { gateFields.append(("min", rating(minimum, scale: criterion.scale))) }
            if let maximum = gate.maximum { gateFields.append(("max", rating(maximum, scale: criterion.scale))) }
            if !gate.appliesToTags.isEmpty {
                gateFields.append(("appliesToTags", .array(gate.appliesToTags.map(OutputJSON.string))))
            }
            gateFields.append(("reason", .string(gate.reason)))
            fields.append(("gate", .object(gateFields)))
        }
        fields.append(("missingRating", .string(criterion.missingRating.rawValue)))
        return .object(fields)
    }

    static func rating(_ value: Double, scale: Criterion.Scale) -> OutputJSON {
        switch scale {
        case .range: return .number(value)
        case .ordinal(let labels):
            return labels.indices.contains(Int(value)) ? .string(labels[Int(value)]) : .number(value)
        case .yesNo: return .bool(value >= 1)
        }
    }

    static func zielbild(_ zielbild: Zielbild) -> OutputJSON {
        var fields: [(String, OutputJSON)] = [("id", .string(zielbild.id)), ("name", .string(zielbild.name))]
        if !zielbild.weightOverrides.isEmpty {
            fields.append(
                (
                    "weights",
                    .object(zielbild.weightOverrides.keys.sorted().map { ($0, .number(zielbild.weightOverrides[$0]!)) })
                ))
        }
        var balance: [(String, OutputJSON)] = []
        if let minimum = zielbild.balance.minTeamsWorkingPerQuarter {
            balance.append(("minTeamsWorkingPerQuarter", .int(Int64(minimum))))
        }
        if let minimum = zielbild.balance.minCompletions { balance.append(("minCompletions", .int(Int64(minimum)))) }
        if !balance.isEmpty { fields.append(("balance", .object(balance))) }
        return .object(fields)
    }

    static func measure(_ measure: Measure, scales: [String: Criterion.Scale]) -> OutputJSON {
        var fields: [(String, OutputJSON)] = [
            ("id", .string(measure.id)), ("name", .string(measure.name)), ("zielbild", .string(measure.zielbild)),
        ]
        // One Lösung as a string (as before sharing), several as an array.
        if measure.solutions.count == 1 {
            fields.append(("solution", .string(measure.solutions[0])))
        } else if !measure.solutions.isEmpty {
            fields.append(("solution", .array(measure.solutions.map(OutputJSON.string))))
        }
        fields.append(("source", .string(measure.source.rawValue)))
        if !measure.fieldsOfAction.isEmpty {
            fields.append(("fieldsOfAction", .array(measure.fieldsOfAction.map { .string($0.rawValue) })))
        }
        if !measure.municipalities.isEmpty {
            fields.append(("municipalities", .array(measure.municipalities.map(OutputJSON.string))))
        }
        if !measure.tags.isEmpty { fields.append(("tags", .array(measure.tags.map(OutputJSON.string)))) }
        fields.append(("effort", .number(measure.effort)))
        if measure.progress != 0 { fields.append(("progress", .number(measure.progress))) }
        if measure.maxTeams != 1 { fields.append(("maxTeams", .int(Int64(measure.maxTeams)))) }
        if !measure.requiredSkills.isEmpty {
            fields.append(("requiredSkills", .array(measure.requiredSkills.map(OutputJSON.string))))
        }
        fields.append(("costPerTeamQuarter", money(measure.costPerTeamQuarter)))
        if measure.oneOffCost != .zero { fields.append(("oneOffCost", money(measure.oneOffCost))) }
        if measure.eligibleShare != 1 { fields.append(("eligibleShare", .number(measure.eligibleShare))) }
        if !measure.prerequisites.isEmpty {
            fields.append(("prerequisites", .array(measure.prerequisites.map(OutputJSON.string))))
        }
        if let start = measure.earliestStart { fields.append(("earliestStart", .string(start.description))) }
        if let deadline = measure.deadline { fields.append(("deadline", .string(deadline.description))) }
        fields.append(("status", .string(measure.status.rawValue)))
        fields.append(
            (
                "ratings",
                .object(
                    measure.ratings.keys.sorted().map { key in
                        (
                            key,
                            scales[key].map { rating(measure.ratings[key]!, scale: $0) }
                                ?? .number(measure.ratings[key]!)
                        )
                    })
            ))
        fields += indicators(measure.indicators)
        return .object(fields)
    }

    static func team(_ team: Sprintteam) -> OutputJSON {
        var fields: [(String, OutputJSON)] = [
            ("id", .string(team.id)), ("name", .string(team.name)), ("zielbild", .string(team.zielbild)),
        ]
        if !team.skills.isEmpty { fields.append(("skills", .array(team.skills.map(OutputJSON.string)))) }
        if !team.unavailable.isEmpty {
            fields.append(("unavailable", .array(team.unavailable.map { .string($0.description) })))
        }
        fields.append(("currentMeasure", .optional(team.currentMeasure)))
        return .object(fields)
    }

    static func budget(_ budget: Budget) -> OutputJSON {
        var fields: [(String, OutputJSON)] = []
        if let total = budget.total { fields.append(("total", money(total))) }
        if let perQuarter = budget.perQuarter { fields.append(("perQuarter", money(perQuarter))) }
        if !budget.quarterOverrides.isEmpty {
            fields.append(
                (
                    "quarters",
                    .object(
                        budget.quarterOverrides.keys.sorted().map {
                            ($0.description, money(budget.quarterOverrides[$0]!))
                        })
                ))
        }
        if let cap = budget.ownShareCap { fields.append(("ownShareCap", money(cap))) }
        return .object(fields)
    }
}
