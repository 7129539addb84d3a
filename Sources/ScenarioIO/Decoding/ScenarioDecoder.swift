import SprintModel

/// Turns a composed scenario tree (after `extends`) into a `Scenario`, reporting every
/// structural problem: missing keys, unknown keys, wrong types, values out of range.
struct ScenarioDecoder {
    let context: DecodingContext

    static let topLevelKeys = [
        "$schema", "format", "name", "description", "language", "programme", "horizon", "criteria",
        "zielbilder", "solutions", "measures", "sprintteams", "budget", "policy", "locks",
    ]

    func decode(_ root: JSONNode) -> Scenario? {
        guard
            let reader = ObjectReader(
                root, path: "", keys: Self.topLevelKeys, context: context,
                what: "a scenario object")
        else { return nil }
        _ = reader.string("$schema")
        let name = reader.string("name", required: true)
        let description = reader.string("description")
        let language = reader.decode("language") { node, path, context -> String? in
            guard let text = Values.string(node, path, context) else { return nil }
            guard ["de", "en"].contains(text) else {
                context.error(
                    .invalidValue, "expected \"de\" or \"en\", found \"\(text)\"", path: path, at: node.location)
                return nil
            }
            return text
        }
        let programme = reader.decode("programme", required: true, programme)
        let horizon = reader.decode("horizon", required: true, horizon)
        let criteria = reader.array("criteria", criterion) ?? []
        let scales = Dictionary(criteria.map { ($0.id, $0.scale) }, uniquingKeysWith: { first, _ in first })
        let declaredCriteria = DeclaredIDs(root).lists["criteria"] ?? []
        let zielbilder = reader.array("zielbilder", required: true, zielbild)
        let solutions = reader.array("solutions", solution) ?? []
        let measures = reader.array("measures", required: true) { node, path, context in
            measure(node, path, scales: scales, declaredCriteria: declaredCriteria)
        }
        let teams = reader.array("sprintteams", sprintteam) ?? []
        let budget = reader.decode("budget", budget) ?? Budget()
        let policy = reader.decode("policy", policy) ?? Policy()
        let locks = reader.decode("locks", locks) ?? Locks()
        guard let name, let programme, let horizon, let zielbilder, let measures else { return nil }
        var scenario = Scenario(
            name: name, description: description, programme: programme, horizon: horizon,
            criteria: criteria, zielbilder: zielbilder, solutions: solutions, measures: measures,
            sprintteams: teams, budget: budget, policy: policy, locks: locks)
        scenario.language = language
        return scenario
    }

    func programme(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Programme? {
        guard
            let reader = ObjectReader(
                node, path: path, keys: ["name", "endDate", "fundingRate", "currency"],
                context: context)
        else { return nil }
        let name = reader.string("name", required: true)
        let end = reader.date("endDate", required: true)
        let rate = reader.number("fundingRate", in: 0...1)
        let currency = reader.string("currency")
        if let currency, currency.count != 3 || !currency.allSatisfy({ $0.isUppercase && $0.isASCII }) {
            context.error(
                .invalidValue, "expected an ISO 4217 currency code like \"EUR\", found \"\(currency)\"",
                path: JSONPath.member(path, "currency"), at: reader.child("currency", required: false)?.0.location)
        }
        guard let name, let end else { return nil }
        if reader.has("fundingRate") && rate == nil { return nil }
        return Programme(
            name: name, endDate: end, fundingRate: rate ?? Programme.defaultFundingRate,
            currency: currency ?? "EUR")
    }

    func horizon(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Horizon? {
        guard let reader = ObjectReader(node, path: path, keys: ["start", "quarters"], context: context) else {
            return nil
        }
        let start = reader.quarter("start", required: true)
        let count = reader.integer("quarters", required: true)
        if let count, !ScenarioLimits.horizonQuarters.contains(count) {
            context.error(
                .outOfRange, "expected 1 to 40 quarters, found \(count)", path: JSONPath.member(path, "quarters"),
                at: reader.child("quarters", required: false)?.0.location)
            return nil
        }
        guard let start, let count else { return nil }
        return Horizon(start: start, count: count)
    }

    func zielbild(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Zielbild? {
        guard let reader = ObjectReader(node, path: path, keys: ["id", "name", "weights", "balance"], context: context)
        else { return nil }
        let id = reader.identifier("id", required: true)
        let name = reader.string("name", required: true)
        let weights =
            reader.decode("weights") { node, path, context in
                Values.map(node, path, context) { _, node, path, context in
                    Values.number(node, path, context, in: Self.signedWeight)
                }
            } ?? []
        let balance =
            reader.decode("balance") { node, path, context -> BalanceRule? in
                guard
                    let reader = ObjectReader(
                        node, path: path, keys: ["minTeamsWorkingPerQuarter", "minCompletions"],
                        context: context)
                else { return nil }
                return BalanceRule(
                    minTeamsWorkingPerQuarter: nonNegative(reader, "minTeamsWorkingPerQuarter"),
                    minCompletions: nonNegative(reader, "minCompletions"))
            } ?? BalanceRule()
        guard let id, let name else { return nil }
        var overrides: [String: Double] = [:]
        for entry in weights { overrides[entry.key] = entry.value }
        return Zielbild(id: id, name: name, weightOverrides: overrides, balance: balance)
    }

    func solution(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Solution? {
        guard
            let reader = ObjectReader(
                node, path: path, keys: ["id", "name", "zielbild", "measures", "bundleValue", "indicators"],
                context: context)
        else { return nil }
        let id = reader.identifier("id", required: true)
        let name = reader.string("name", required: true)
        let zielbild = reader.identifier("zielbild", required: true)
        let measures = reader.array("measures", required: true, Values.identifier)
        let value = reader.number("bundleValue", in: ScenarioLimits.points) ?? 0
        let indicators = reader.array("indicators", indicator) ?? []
        guard let id, let name, let zielbild, let measures else { return nil }
        return Solution(
            id: id, name: name, zielbild: zielbild, measures: measures, bundleValue: value, indicators: indicators)
    }

    func sprintteam(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Sprintteam? {
        guard
            let reader = ObjectReader(
                node, path: path,
                keys: ["id", "name", "zielbild", "skills", "unavailable", "currentMeasure"],
                context: context)
        else { return nil }
        let id = reader.identifier("id", required: true)
        let name = reader.string("name", required: true)
        let zielbild = reader.identifier("zielbild", required: true)
        let skills = reader.array("skills", Values.identifier) ?? []
        let unavailable = reader.array("unavailable", Values.quarter) ?? []
        let current: String? = reader.decode("currentMeasure") { node, path, context in
            if case .null = node.value { return nil }
            return Values.identifier(node, path, context)
        }
        guard let id, let name, let zielbild else { return nil }
        return Sprintteam(
            id: id, name: name, zielbild: zielbild, skills: skills, unavailable: unavailable,
            currentMeasure: current)
    }

    func budget(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Budget? {
        guard
            let reader = ObjectReader(
                node, path: path, keys: ["total", "perQuarter", "quarters", "ownShareCap"],
                context: context)
        else { return nil }
        typealias Line = (key: String, value: (Quarter, Money), location: SourceLocation)
        let overrides =
            reader.decode("quarters") { node, path, context -> [Line]? in
                let lines = Values.map(node, path, context) { key, node, path, context -> (Quarter, Money)? in
                    guard let money = Values.money(node, path, context) else { return nil }
                    return Values.quarterKey(key, node, path, context).map { ($0, money) }
                }
                Values.refuseRepeatedQuarters(lines ?? [], path, context, what: "a budget line") { $0.0 }
                return lines
            } ?? []
        var quarters: [Quarter: Money] = [:]
        for entry in overrides { quarters[entry.value.0] = entry.value.1 }
        return Budget(
            total: reader.money("total"), perQuarter: reader.money("perQuarter"), quarterOverrides: quarters,
            ownShareCap: reader.money("ownShareCap"))
    }

    func policy(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Policy? {
        guard
            let reader = ObjectReader(
                node, path: path,
                keys: [
                    "switchingCost", "crossZielbild", "discountRate", "partialProgressValue", "valueScale",
                    "realisedImpact",
                ],
                context: context)
        else { return nil }
        let defaults = Policy()
        let cross = reader.decode("crossZielbild") { node, path, context -> CrossZielbildRule? in
            guard let reader = ObjectReader(node, path: path, keys: ["allowed", "cost"], context: context) else {
                return nil
            }
            return CrossZielbildRule(
                allowed: reader.bool("allowed", required: true) ?? false,
                cost: reader.number("cost", in: ScenarioLimits.points) ?? 0)
        }
        let switching = reader.number("switchingCost", in: ScenarioLimits.points)
        return Policy(
            switchingCost: switching ?? defaults.switchingCost,
            crossZielbild: cross ?? defaults.crossZielbild,
            discountRate: reader.number("discountRate", in: 0...0.5) ?? defaults.discountRate,
            partialProgressValue: reader.number("partialProgressValue", in: 0...1) ?? defaults.partialProgressValue,
            valueScale: reader.number("valueScale", in: ScenarioLimits.points) ?? defaults.valueScale,
            realisedImpact: reader.decode("realisedImpact", realisedImpact))
    }

    func locks(_ node: JSONNode, _ path: String, _ context: DecodingContext) -> Locks? {
        guard let reader = ObjectReader(node, path: path, keys: ["pins", "forbidden"], context: context) else {
            return nil
        }
        let pins =
            reader.array("pins") { node, path, context -> Locks.Pin? in
                guard
                    let reader = ObjectReader(node, path: path, keys: ["team", "quarter", "measure"], context: context)
                else { return nil }
                let team = reader.identifier("team", required: true)
                let quarter = reader.quarter("quarter", required: true)
                let measure = reader.identifier("measure", required: true)
                guard let team, let quarter, let measure else { return nil }
                return Locks.Pin(team: team, quarter: quarter, measure: measure)
            } ?? []
        let forbidden =
            reader.array("forbidden") { node, path, context -> Locks.Forbidden? in
                guard
                    let reader = ObjectReader(node, path: path, keys: ["team", "measure", "quarter"], context: context)
                else { return nil }
                let team = reader.identifier("team", required: true)
                let measure = reader.identifier("measure", required: true)
                let quarter = reader.quarter("quarter")
                guard let team, let measure else { return nil }
                return Locks.Forbidden(team: team, measure: measure, quarter: quarter)
            } ?? []
        return Locks(pins: pins, forbidden: forbidden)
    }

    private func nonNegative(_ reader: ObjectReader, _ key: String) -> Int? {
        guard let value = reader.integer(key) else { return nil }
        guard ScenarioLimits.count.contains(value) else {
            context.error(
                .outOfRange,
                "expected a whole number from 0 to \(ScenarioLimits.count.upperBound), found \(value)",
                path: JSONPath.member(reader.path, key), at: reader.child(key, required: false)?.0.location)
            return nil
        }
        return value
    }
}
