import SprintModel

/// One varied input of a sweep and the values it takes, parsed from
/// `PARAMETER=START:STOP:STEP` (STOP included) or `PARAMETER=V1,V2,…`:
///
/// | parameter | meaning |
/// |---|---|
/// | `budget.total`, `budget.perQuarter`, `budget.ownShareCap` | euros |
/// | `programme.fundingRate` | 0…1 |
/// | `policy.switchingCost`, `policy.discountRate`, `policy.partialProgressValue`, `policy.valueScale` | as in the scenario |
/// | `weight.CRITERION` | the criterion's global weight |
/// | `weight.ZIELBILD.CRITERION` | the weight inside one Zielbild |
/// | `horizon.quarters` | number of quarters planned |
/// | `teams.ZIELBILD` | how many of the Zielbild's Sprintteams are available (the first N in file order) |
public struct SweepAxis: Sendable, Hashable {
    public enum Parameter: Sendable, Hashable {
        case budgetTotal, budgetPerQuarter, ownShareCap, fundingRate
        case switchingCost, discountRate, partialProgressValue, valueScale
        case weight(criterion: String, zielbild: String?)
        case horizonQuarters
        case teams(zielbild: String)

        var isCount: Bool {
            switch self {
            case .horizonQuarters, .teams: return true
            default: return false
            }
        }
    }

    /// The parameter as the user wrote it, e.g. `budget.total`.
    public var name: String
    public var parameter: Parameter
    public var values: [Double]

    /// The most points one axis may have; a typo in the step should not start a week of solving.
    public static let maximumValues = 1_000

    public init(_ text: String) throws(SweepError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw .syntax("expected PARAMETER=START:STOP:STEP or PARAMETER=V1,V2,…, found \(text)")
        }
        name = String(text[..<equals])
        parameter = try Self.parameter(name)
        let spec = String(text[text.index(after: equals)...])
        values = try Self.values(spec, for: name)
        if parameter.isCount, let bad = values.first(where: { $0 != $0.rounded() || $0 < 0 || $0 > 1_000_000 }) {
            throw .syntax("\(name) takes whole numbers from 0 to 1000000, found \(Self.spell(bad))")
        }
    }

    static func parameter(_ name: String) throws(SweepError) -> Parameter {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch parts.first {
        case "budget" where parts.count == 2:
            switch parts[1] {
            case "total": return .budgetTotal
            case "perQuarter": return .budgetPerQuarter
            case "ownShareCap": return .ownShareCap
            default: break
            }
        case "programme" where parts == ["programme", "fundingRate"]: return .fundingRate
        case "policy" where parts.count == 2:
            switch parts[1] {
            case "switchingCost": return .switchingCost
            case "discountRate": return .discountRate
            case "partialProgressValue": return .partialProgressValue
            case "valueScale": return .valueScale
            default: break
            }
        case "weight" where parts.count == 2 && !parts[1].isEmpty: return .weight(criterion: parts[1], zielbild: nil)
        case "weight" where parts.count == 3 && !parts[1].isEmpty && !parts[2].isEmpty:
            return .weight(criterion: parts[2], zielbild: parts[1])
        case "horizon" where parts == ["horizon", "quarters"]: return .horizonQuarters
        case "teams" where parts.count == 2 && !parts[1].isEmpty: return .teams(zielbild: parts[1])
        default: break
        }
        throw .syntax(
            "unknown parameter \(name); expected budget.total, budget.perQuarter, budget.ownShareCap, programme.fundingRate, "
                + "policy.switchingCost, policy.discountRate, policy.partialProgressValue, policy.valueScale, weight.CRITERION, "
                + "weight.ZIELBILD.CRITERION, horizon.quarters or teams.ZIELBILD")
    }

    static func values(_ spec: String, for name: String) throws(SweepError) -> [Double] {
        func number(_ text: Substring) throws(SweepError) -> Double {
            guard let value = Double(String(text.filter { $0 != " " })), value.isFinite else {
                throw .syntax("\(name): expected a number, found \"\(text)\"")
            }
            return value
        }
        if spec.contains(":") {
            let parts = spec.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 3 else { throw .syntax("\(name): expected START:STOP:STEP, found \(spec)") }
            let start = try number(parts[0]), stop = try number(parts[1]), step = try number(parts[2])
            guard step > 0 else { throw .syntax("\(name): the step must be greater than 0, found \(parts[2])") }
            guard stop >= start else { throw .syntax("\(name): STOP (\(parts[1])) is below START (\(parts[0]))") }
            // Counted in floating point first: (STOP − START) / STEP can exceed any integer
            // (a step of 1e-300) or be infinite, and converting that to Int would trap.
            let steps = ((stop - start) / step + 1e-9).rounded(.down)
            guard steps.isFinite, steps < Double(maximumValues) else {
                throw .syntax(
                    "\(name): more than \(maximumValues) values "
                        + "(step \(parts[2]) from \(parts[0]) to \(parts[1])); "
                        + "at most \(maximumValues) per parameter")
            }
            let count = Int(steps) + 1
            // Computed from the index, not by repeated addition, so 0.1 steps do not drift.
            return (0..<count).map { start + Double($0) * step }
        }
        let values = try spec.split(separator: ",", omittingEmptySubsequences: false).map { (text) throws(SweepError) in
            try number(text)
        }
        guard values.count <= maximumValues else {
            throw .syntax("\(name): \(values.count) values; at most \(maximumValues) per parameter")
        }
        return values
    }

    static func spell(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Sets the parameter to `value` in `scenario`. With `checkingLimits` (a `--set` what-if) a
    /// value beyond the documented limits is refused here; a sweep validates every point as a
    /// scenario afterwards instead, so that each invalid point is named.
    public func apply(_ value: Double, to scenario: inout Scenario, checkingLimits: Bool = true) throws(SweepError) {
        func money() throws(SweepError) -> Money {
            guard value >= 0, value <= Money.maximum.euros else {
                throw .outOfRange("\(name)=\(Self.spell(value)): expected euros from 0 to \(Money.maximum.description)")
            }
            return Money(cents: Int64((value * 100).rounded()))
        }
        // The documented limits of the scenario format (README: Limits): a value beyond them
        // must not reach scoring or the solver, whether it comes from a sweep or from --set.
        func within(_ range: ClosedRange<Double>) throws(SweepError) -> Double {
            guard range.contains(value) || !checkingLimits else {
                let limits = "\(Self.spell(range.lowerBound)) to \(Self.spell(range.upperBound))"
                throw .outOfRange("\(name)=\(Self.spell(value)): expected \(limits)")
            }
            return value
        }
        switch parameter {
        case .budgetTotal: scenario.budget.total = try money()
        case .budgetPerQuarter: scenario.budget.perQuarter = try money()
        case .ownShareCap: scenario.budget.ownShareCap = try money()
        case .fundingRate: scenario.programme.fundingRate = try within(0...1)
        case .switchingCost: scenario.policy.switchingCost = try within(ScenarioLimits.points)
        case .discountRate: scenario.policy.discountRate = try within(0...0.5)
        case .partialProgressValue: scenario.policy.partialProgressValue = try within(0...1)
        case .valueScale: scenario.policy.valueScale = try within(ScenarioLimits.points)
        case .weight(let criterion, let zielbild):
            guard let index = scenario.criteria.firstIndex(where: { $0.id == criterion }) else {
                throw .unknown("\(name): the scenario has no criterion \(criterion)")
            }
            if let zielbild {
                guard let target = scenario.zielbilder.firstIndex(where: { $0.id == zielbild }) else {
                    throw .unknown("\(name): the scenario has no Zielbild \(zielbild)")
                }
                scenario.zielbilder[target].weightOverrides[criterion] = try within(ScenarioLimits.weight)
            } else {
                scenario.criteria[index].weight = try within(ScenarioLimits.weight)
            }
        case .horizonQuarters:
            let quarters = ScenarioLimits.horizonQuarters
            scenario.horizon.count = Int(try within(Double(quarters.lowerBound)...Double(quarters.upperBound)))
        case .teams(let zielbild):
            guard scenario.zielbild(zielbild) != nil else {
                throw .unknown("\(name): the scenario has no Zielbild \(zielbild)")
            }
            let teams = scenario.sprintteams.filter { $0.zielbild == zielbild }
            guard Int(value) <= teams.count else {
                throw .outOfRange("\(name)=\(Int(value)): Zielbild \(zielbild) has only \(teams.count) Sprintteams")
            }
            let removed = Set(teams.dropFirst(Int(value)).map(\.id))
            scenario.sprintteams.removeAll { removed.contains($0.id) }
            scenario.locks.pins.removeAll { removed.contains($0.team) }
            scenario.locks.forbidden.removeAll { removed.contains($0.team) }
        }
    }
}

/// Why a sweep cannot run.
public enum SweepError: Error, Equatable, CustomStringConvertible {
    case syntax(String)
    case unknown(String)
    case outOfRange(String)

    public var description: String {
        switch self {
        case .syntax(let message), .unknown(let message), .outOfRange(let message): return message
        }
    }
}
