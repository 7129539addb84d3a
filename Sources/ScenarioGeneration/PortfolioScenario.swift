import SprintModel

/// Generated portfolio-selection scenarios: many measures with one-off costs and explicit
/// values, Lösungen of 2–10 measures, prerequisite pairs, and a total budget that funds
/// `budgetShare` of the cost (40 % unless told). No criteria and no Sprintteams, as an
/// analyst's "what to fund at all" question has. Same seed, same scenario.
///
/// With `shared` above 0 each member of a Lösung is, with that probability, a measure another
/// Lösung already bundles (as customers of a Next-Release-Problem instance request overlapping
/// requirements); at 0 the Lösungen are disjoint and the scenario is the one earlier versions
/// generated for the same seed.
public enum PortfolioScenario {
    public static func make(
        measures count: Int, bundles bundleCount: Int, prerequisites pairCount: Int, seed: UInt64,
        shared: Double = 0, budgetShare: Double = 0.4
    ) -> Scenario {
        var random = SeededRandom(seed: seed)
        let zielbilder = (1...3).map { Zielbild(id: "Z\($0)", name: "Zielbild \($0)") }
        var measures = (0..<count).map { i in
            Measure(
                id: "M\(i + 1)", name: "Measure \(i + 1)", zielbild: zielbilder[i % 3].id, effort: 1,
                costPerTeamQuarter: .zero, oneOffCost: Money(euros: Int64(random.integer(in: 20...400)) * 1000),
                eligibleShare: [1.0, 0.9, 0.8][random.integer(in: 0...2)])
        }
        // Lösungen over disjoint groups of measures of one Zielbild.
        var free = Array(0..<count).shuffledDeterministically(using: &random)
        var solutions: [Solution] = []
        var bundled: [[Int]] = [[], [], []]  // measures some Lösung bundles, per Zielbild
        for b in 0..<bundleCount {
            let size = random.integer(in: 2...10)
            var members: [Int] = []
            let zielbild = b % 3
            var cursor = 0
            while members.count < size && cursor < free.count {
                if shared > 0, let taken = bundled[zielbild].randomElement(using: &random, ifBelow: shared),
                    !members.contains(taken)
                {
                    members.append(taken)
                    continue
                }
                if free[cursor] % 3 == zielbild { members.append(free.remove(at: cursor)) } else { cursor += 1 }
            }
            if shared > 0 {
                // Free measures of this Zielbild ran out: the rest come from other Lösungen.
                var tries = 0
                while members.count < size && bundled[zielbild].count > members.count && tries < 4 * size {
                    tries += 1
                    let taken = bundled[zielbild][random.integer(in: 0...(bundled[zielbild].count - 1))]
                    if !members.contains(taken) { members.append(taken) }
                }
            }
            guard members.count >= 2 else { break }
            let cost = members.reduce(0.0) { $0 + measures[$1].oneOffCost.euros }
            let solution = Solution(
                id: "L\(b + 1)", name: "Lösung \(b + 1)", zielbild: zielbilder[zielbild].id,
                measures: members.sorted().map { measures[$0].id },
                bundleValue: (cost / 1000 * Double(random.integer(in: 5...30)) / 10).rounded())
            for member in members {
                if measures[member].solutions.isEmpty { bundled[zielbild].append(member) }
                measures[member].solutions.append(solution.id)
            }
            solutions.append(solution)
        }
        // Prerequisites from lower to higher index: acyclic by construction. No more pairs than
        // exist, or the loop would never end.
        var pairs = Set<[Int]>()
        let possible = count > 1 ? count * (count - 1) / 2 : 0
        while pairs.count < min(pairCount, possible) {
            let a = random.integer(in: 0...(count - 2)), b = random.integer(in: (a + 1)...(count - 1))
            if pairs.insert([a, b]).inserted { measures[b].prerequisites.append(measures[a].id) }
        }
        let total = measures.reduce(Money.zero) { $0 + $1.oneOffCost }
        // Whole percent in integer cents: 40 % gives exactly the budget earlier versions did.
        let percent = Int64((budgetShare * 100).rounded())
        return Scenario(
            name: "portfolio \(count)/\(bundleCount)/\(pairCount) seed \(seed)",
            description: "Generated portfolio-selection scenario.",
            programme: Programme(name: "Generated programme", endDate: CalendarDate("2029-12-31")!),
            horizon: Horizon(start: Quarter("2027-Q1")!, count: 4), zielbilder: zielbilder, solutions: solutions,
            measures: measures,
            budget: Budget(
                total: Money(cents: total.cents * percent / 100), ownShareCap: Money(cents: total.cents * percent / 240)
            ))
    }
}

extension Array {
    /// With probability `chance`, an element drawn with `random`; nil otherwise or when empty.
    /// Draws nothing when the array is empty, so a scenario without sharing keeps its stream.
    func randomElement(using random: inout SeededRandom, ifBelow chance: Double) -> Element? {
        guard !isEmpty, Double(random.integer(in: 0...9_999)) < chance * 10_000 else { return nil }
        return self[random.integer(in: 0...(count - 1))]
    }

    /// Fisher–Yates with a seeded generator: the same order on every machine.
    func shuffledDeterministically(using random: inout SeededRandom) -> [Element] {
        var copy = self
        guard count > 1 else { return copy }
        for i in stride(from: count - 1, to: 0, by: -1) {
            copy.swapAt(i, random.integer(in: 0...i))
        }
        return copy
    }
}
