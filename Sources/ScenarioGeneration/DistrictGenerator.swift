import SprintModel

/// Generated planning scenarios with the structure of a real district, scaled by a number
/// of districts: each district has its 3 Zielbilder (one district: Z1–Z3; more: D1Z1 …);
/// per district and Zielbild 4 Sprintteams and 15–20 measures
/// (Lösungen as bundles of 2–4 measures, prerequisites, running measures with progress,
/// some from the idea store); a criteria catalogue of funding and impact criteria; budgets
/// that bind (about 80 % of what the teams could spend, shared by all districts); a pin and a
/// forbidden assignment per district. Cross-Zielbild help is allowed inside one district and
/// off for several (districts do not lend teams to each other). Same seed, same scenario.
public enum DistrictGenerator {
    static let labels = ["keine", "sehr gering", "gering", "mittel", "hoch", "sehr hoch"]

    public static func make(districts: Int, quarters: Int, seed: UInt64) -> Scenario {
        var random = SeededRandom(seed: seed)
        let criteria =
            [
                ("gemeinwohl", "Gemeinwohlorientierung", Criterion.Kind.funding, 0.15),
                ("uebertragbarkeit", "Übertragbarkeit", .funding, 0.10),
                ("beteiligung", "Bürgerbeteiligung", .funding, 0.08),
                ("ressourcen", "Realistischer Ressourcenbedarf", .funding, 0.07),
                ("reichweite", "Reichweite", .impact, 0.20),
                ("zielbeitrag", "Beitrag zum Zielbild", .impact, 0.20),
                ("dringlichkeit", "Dringlichkeit", .impact, 0.10),
                ("klima", "Klimawirkung", .impact, 0.10),
            ].map { Criterion(id: $0.0, label: $0.1, kind: $0.2, scale: .ordinal(labels: labels), weight: $0.3) }
            + [
                Criterion(
                    id: "open-source", label: "Open Source", kind: .funding, scale: .yesNo, weight: 0.05,
                    gate: Criterion.Gate(
                        minimum: 1, appliesToTags: ["software"], reason: "Geförderte Software muss Open Source sein"),
                    missingRating: .neutral)
            ]
        let names = ["Orte verändern sich", "Gut von A nach B", "Menschen vernetzen"]
        let zielbilder = (0..<districts).flatMap { district in
            names.enumerated().map { index, name in
                Zielbild(
                    id: districts == 1 ? "Z\(index + 1)" : "D\(district + 1)Z\(index + 1)",
                    name: districts == 1 ? name : "\(name) (Bezirk \(district + 1))",
                    balance: BalanceRule(minTeamsWorkingPerQuarter: 1))
            }
        }
        let skills = ["software", "hardware", "daten", "beteiligung", "bau", "verwaltung"]
        let start = Quarter("2027-Q1")!
        var measures: [Measure] = [], teams: [Sprintteam] = [], solutions: [Solution] = []
        var pins: [Locks.Pin] = [], forbidden: [Locks.Forbidden] = []
        var capacityCost = Money.zero

        for district in 0..<districts {
            for zielbild in zielbilder[(district * 3)..<(district * 3 + 3)] {
                let prefix = zielbild.id
                let first = measures.count
                let count = random.integer(in: 15...20)
                for i in 0..<count {
                    let software = random.integer(in: 0...2) == 0
                    var ratings: [String: Double] = [:]
                    for criterion in criteria where criterion.id != "open-source" {
                        ratings[criterion.id] = Double(random.integer(in: 1...5))
                    }
                    if software { ratings["open-source"] = random.integer(in: 0...9) == 0 ? 0 : 1 }
                    let needed = Array(
                        skills.shuffledDeterministically(using: &random).prefix(random.integer(in: 0...1)))
                    measures.append(
                        Measure(
                            id: "\(prefix)M\(i + 1)", name: "Maßnahme \(prefix)-\(i + 1)", zielbild: zielbild.id,
                            source: random.integer(in: 0...3) == 0 ? .ideas : .strategy,
                            tags: software ? ["software"] : [], effort: Double(random.integer(in: 1...4)),
                            maxTeams: random.integer(in: 0...4) == 0 ? 2 : 1, requiredSkills: needed,
                            costPerTeamQuarter: Money(euros: Int64(random.integer(in: 35...80)) * 1000),
                            oneOffCost: Money(euros: Int64(random.integer(in: 0...20)) * 10_000),
                            eligibleShare: [1.0, 0.9, 0.8][random.integer(in: 0...2)], ratings: Ratings(ratings)))
                }
                // Prerequisites inside the group, pointing backwards (acyclic).
                for i in (first + 1)..<measures.count where random.integer(in: 0...6) == 0 {
                    measures[i].prerequisites = [measures[random.integer(in: first...(i - 1))].id]
                }
                // Lösungen: 3 bundles of 2–4 consecutive measures.
                var cursor = first
                for b in 0..<3 {
                    let size = random.integer(in: 2...4)
                    guard cursor + size <= measures.count else { break }
                    let members = (cursor..<(cursor + size)).map { measures[$0].id }
                    let id = "\(prefix)L\(b + 1)"
                    for index in cursor..<(cursor + size) { measures[index].solutions = [id] }
                    solutions.append(
                        Solution(
                            id: id, name: "Lösung \(prefix)-\(b + 1)", zielbild: zielbild.id, measures: members,
                            bundleValue: Double(random.integer(in: 20...60))))
                    cursor += size + random.integer(in: 0...2)
                }
                // Teams, half of them on a running measure.
                for t in 0..<4 {
                    var team = Sprintteam(
                        id: "\(prefix)T\(t + 1)", name: "Sprintteam \(prefix)-\(t + 1)", zielbild: zielbild.id,
                        skills: Array(
                            skills.shuffledDeterministically(using: &random).prefix(random.integer(in: 2...4))))
                    if random.integer(in: 0...3) == 0 {
                        team.unavailable = [start.advanced(by: random.integer(in: 0...(quarters - 1)))]
                    }
                    if t % 2 == 0 {
                        let candidates = (first..<measures.count).filter {
                            measures[$0].status == .candidate && measures[$0].prerequisites.isEmpty
                                && measures[$0].effort >= 2
                                && team.hasSkills(measures[$0].requiredSkills) && measures[$0].tags.isEmpty
                        }
                        if let index = candidates.first {
                            measures[index].status = .running
                            measures[index].progress = Double(random.integer(in: 1...Int(measures[index].effort) - 1))
                            team.currentMeasure = measures[index].id
                        }
                    }
                    capacityCost += Money(euros: 60_000) * quarters
                    teams.append(team)
                }
                if let team = teams.last,
                    let measure = measures[first..<measures.count].first(where: {
                        $0.status == .candidate && $0.prerequisites.isEmpty && $0.tags.isEmpty
                            && team.hasSkills($0.requiredSkills)
                    }),
                    district % 2 == 0, zielbild.id.hasSuffix("Z1"), team.isAvailable(in: start)
                {
                    pins.append(Locks.Pin(team: team.id, quarter: start, measure: measure.id))
                }
                if let team = teams.first(where: { $0.zielbild == zielbild.id && $0.id.hasPrefix(prefix) }),
                    let measure = measures.last
                {
                    forbidden.append(Locks.Forbidden(team: team.id, measure: measure.id))
                }
            }
        }
        let perQuarter = Money(cents: capacityCost.cents * 8 / 10 / Int64(quarters))
        return Scenario(
            name: "Generated \(districts == 1 ? "district" : "\(districts) districts"), seed \(seed)",
            description: "Generated by sprintplan generate; illustrative structure, invented data.",
            programme: Programme(name: "Generated programme", endDate: CalendarDate("2029-12-31")!),
            horizon: Horizon(start: start, count: quarters), criteria: criteria, zielbilder: zielbilder,
            solutions: solutions,
            measures: measures, sprintteams: teams,
            budget: Budget(
                total: Money(cents: perQuarter.cents * Int64(quarters) * 95 / 100), perQuarter: perQuarter,
                ownShareCap: Money(cents: perQuarter.cents * Int64(quarters) * 40 / 100)),
            policy: Policy(
                switchingCost: 10, crossZielbild: CrossZielbildRule(allowed: districts == 1, cost: 8),
                discountRate: 0.02,
                partialProgressValue: 0.5, valueScale: 100),
            locks: Locks(pins: pins, forbidden: forbidden))
    }
}
