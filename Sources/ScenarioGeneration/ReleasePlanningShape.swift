import SprintModel

/// Portfolios shaped like the published Next-Release-Problem instances: requirements are
/// measures (cost in units of 10,000 €, no value of their own), customers are Lösungen (a
/// profit of 10–50 points when every requested measure is funded), dependencies are
/// prerequisites. A measure requested by several customers is a shared measure.
///
/// Classic shapes (after Bagnall et al., 2001): levels of requirements with cost ranges, each
/// requirement of a level the prerequisite of up to `children` of the next level; customers
/// request 1–5 requirements. Realistic shapes (after Xuan et al., 2012, from bug repositories):
/// no dependencies, every requirement requested by one customer and some by more. The sizes
/// follow the published tables; the draws are this generator's own, so optima differ.
public struct ReleasePlanningShape: Sendable, Hashable {
    public struct Level: Sendable, Hashable {
        public var count: Int
        public var cost: ClosedRange<Int>
        /// Up to this many requirements of the next level need one of this level.
        public var children: Int
    }

    public var name: String
    public var levels: [Level]
    public var customers: Int
    /// Requirements each customer requests (classic), or extra requests per customer beyond
    /// the requirements assigned to it (realistic).
    public var requests: ClosedRange<Int>
    /// Realistic: every requirement is assigned to one customer first.
    public var assignsEveryRequirement: Bool

    public static let all: [ReleasePlanningShape] = [
        .init(
            name: "classic-1", levels: [.init(20, 1...5, 8), .init(40, 2...8, 2), .init(80, 5...10, 0)], customers: 100,
            requests: 1...5),
        .init(
            name: "classic-2",
            levels: [
                .init(20, 1...5, 8), .init(40, 2...7, 6), .init(80, 3...9, 4), .init(160, 4...10, 2),
                .init(320, 5...15, 0),
            ], customers: 500, requests: 1...5),
        .init(
            name: "classic-3", levels: [.init(250, 1...5, 8), .init(500, 2...8, 2), .init(700, 5...10, 0)],
            customers: 500, requests: 1...5),
        .init(
            name: "classic-4",
            levels: [
                .init(250, 1...5, 8), .init(500, 2...7, 6), .init(750, 3...9, 4), .init(1000, 4...10, 2),
                .init(750, 5...15, 0),
            ], customers: 750, requests: 1...5),
        .init(
            name: "classic-5", levels: [.init(500, 1...3, 4), .init(500, 2...2, 4), .init(500, 3...5, 0)],
            customers: 1000, requests: 1...1),
        .init(
            name: "realistic-e", levels: [.init(3_500, 1...7, 0)], customers: 536, requests: 0...4,
            assignsEveryRequirement: true),
        .init(
            name: "realistic-g", levels: [.init(2_690, 1...7, 0)], customers: 445, requests: 0...4,
            assignsEveryRequirement: true),
        .init(
            name: "realistic-m", levels: [.init(4_060, 1...7, 0)], customers: 768, requests: 0...4,
            assignsEveryRequirement: true),
    ]

    public static func named(_ name: String) -> ReleasePlanningShape? { all.first { $0.name == name } }

    init(
        name: String, levels: [Level], customers: Int, requests: ClosedRange<Int>, assignsEveryRequirement: Bool = false
    ) {
        self.name = name
        self.levels = levels
        self.customers = customers
        self.requests = requests
        self.assignsEveryRequirement = assignsEveryRequirement
    }

    /// The scenario for this shape with a total budget of `budgetShare` of the total cost.
    public func scenario(seed: UInt64, budgetShare: Double) -> Scenario {
        var random = SeededRandom(seed: seed)
        let zielbild = Zielbild(id: "Z1", name: "Release")
        var measures: [Measure] = []
        var levelOf: [Int] = []
        for (l, level) in levels.enumerated() {
            for _ in 0..<level.count {
                let units = Int64(random.integer(in: level.cost))
                measures.append(
                    Measure(
                        id: "R\(measures.count + 1)", name: "Requirement \(measures.count + 1)", zielbild: zielbild.id,
                        effort: 1, costPerTeamQuarter: .zero, oneOffCost: Money(euros: units * 10_000)))
                levelOf.append(l)
            }
        }
        // Dependencies: each requirement of a level needs none or one of the level above,
        // whose children stay within its limit.
        var start = 0
        for (l, level) in levels.enumerated().dropLast() {
            let next = start + level.count
            var capacity = (start..<next).map { _ in random.integer(in: 0...level.children) }
            for child in next..<(next + levels[l + 1].count) {
                let open = capacity.indices.filter { capacity[$0] > 0 }
                guard !open.isEmpty else { break }
                let parent = open[random.integer(in: 0...(open.count - 1))]
                capacity[parent] -= 1
                measures[child].prerequisites = [measures[start + parent].id]
            }
            start = next
        }
        var requested: [[Int]] = Array(repeating: [], count: customers)
        if assignsEveryRequirement {
            for r in measures.indices { requested[random.integer(in: 0...(customers - 1))].append(r) }
        }
        for c in 0..<customers {
            let target = requested[c].count + random.integer(in: requests)
            var tries = 0
            while requested[c].count < target && tries < 4 * target + 4 {
                tries += 1
                let r = random.integer(in: 0...(measures.count - 1))
                if !requested[c].contains(r) { requested[c].append(r) }
            }
            if requested[c].isEmpty { requested[c] = [random.integer(in: 0...(measures.count - 1))] }
        }
        var solutions: [Solution] = []
        for (c, members) in requested.enumerated() {
            let id = "C\(c + 1)"
            let sorted = members.sorted()
            solutions.append(
                Solution(
                    id: id, name: "Customer \(c + 1)", zielbild: zielbild.id, measures: sorted.map { measures[$0].id },
                    bundleValue: Double(random.integer(in: 10...50))))
            for r in sorted { measures[r].solutions.append(id) }
        }
        let total = measures.reduce(Money.zero) { $0 + $1.oneOffCost }
        let percent = Int64((budgetShare * 100).rounded())
        return Scenario(
            name: "\(name) budget \(percent) % seed \(seed)",
            description: "Generated portfolio shaped like the Next-Release-Problem instance \(name).",
            programme: Programme(name: "Generated programme", endDate: CalendarDate("2029-12-31")!),
            horizon: Horizon(start: Quarter("2027-Q1")!, count: 4), zielbilder: [zielbild], solutions: solutions,
            measures: measures, budget: Budget(total: Money(cents: total.cents * percent / 100)))
    }
}

extension ReleasePlanningShape.Level {
    init(_ count: Int, _ cost: ClosedRange<Int>, _ children: Int) {
        self.init(count: count, cost: cost, children: children)
    }
}
