import Planner
import ScenarioIO
import SprintModel

/// A what-if as an `extends` file next to its scenario (`--save`), so that a meeting's
/// question stays in the folder of scenarios — in git — and runs again without the options.
/// It holds only what the what-if changes: entity lists merge by id, other objects member by
/// member; the locks are written whole (lists replace their base's), the base's own pins and
/// forbidden assignments included.
public enum WhatIfFile {
    /// Why a what-if cannot be saved as an extends file.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        /// `teams.ZIELBILD` removes Sprintteams, which an extends file cannot do.
        case removesTeams(String)

        public var description: String {
            switch self {
            case .removesTeams(let parameter):
                return "--set \(parameter) removes Sprintteams, which an extends file cannot express; "
                    + "use --unavailable TEAM@QUARTER for each quarter instead"
            }
        }
    }

    /// The file's JSON: `extends` names `basePath` (as the file should refer to it), then the
    /// changed members of `applied` (the scenario with the what-if applied).
    public static func json(_ whatIf: WhatIf, applied: Scenario, basePath: String) throws(Problem) -> OutputJSON {
        var members: [(String, OutputJSON)] = [("format", .string("sprintplan/1")), ("extends", .string(basePath))]
        var budget: [(String, OutputJSON)] = [], policy: [(String, OutputJSON)] = []
        var criteria: [OutputJSON] = [], zielbilder: [String: [(String, OutputJSON)]] = [:]
        var programme: [(String, OutputJSON)] = [], horizon: [(String, OutputJSON)] = []
        func money(_ value: Money?) -> OutputJSON { value.map { .number($0.euros, digits: 2) } ?? .null }
        for case .set(let parameter, let value) in whatIf.changes {
            let parts = parameter.split(separator: ".").map(String.init)
            switch (parts.first, parts.count) {
            case ("budget", 2):
                let field = parts[1]
                let amount =
                    field == "total"
                    ? applied.budget.total
                    : field == "perQuarter" ? applied.budget.perQuarter : applied.budget.ownShareCap
                budget.append((field, money(amount)))
            case ("programme", 2): programme.append((parts[1], .number(value)))
            case ("policy", 2): policy.append((parts[1], .number(value)))
            case ("horizon", 2): horizon.append(("quarters", .int(Int64(value))))
            case ("weight", 2): criteria.append(.object([("id", .string(parts[1])), ("weight", .number(value))]))
            case ("weight", 3): zielbilder[parts[1], default: []].append((parts[2], .number(value)))
            default: throw .removesTeams(parameter)
            }
        }
        if !programme.isEmpty { members.append(("programme", .object(programme))) }
        if !horizon.isEmpty { members.append(("horizon", .object(horizon))) }
        if !criteria.isEmpty { members.append(("criteria", .array(criteria))) }
        if !zielbilder.isEmpty {
            members.append(
                (
                    "zielbilder",
                    .array(
                        zielbilder.keys.sorted().map { id in
                            .object([("id", .string(id)), ("weights", .object(zielbilder[id]!))])
                        })
                ))
        }
        let unavailable = Set(
            whatIf.changes.compactMap { change -> String? in
                if case .unavailable(let team, _) = change { return team }
                return nil
            })
        if !unavailable.isEmpty {
            members.append(
                (
                    "sprintteams",
                    .array(
                        applied.sprintteams.filter { unavailable.contains($0.id) }.map { team in
                            .object([
                                ("id", .string(team.id)),
                                ("unavailable", .array(team.unavailable.map { .string($0.description) })),
                            ])
                        })
                ))
        }
        if !budget.isEmpty { members.append(("budget", .object(budget))) }
        if !policy.isEmpty { members.append(("policy", .object(policy))) }
        let locks = applied.locks
        members.append(
            (
                "locks",
                .object([
                    (
                        "pins",
                        .array(
                            locks.pins.map { pin in
                                .object([
                                    ("team", .string(pin.team)), ("quarter", .string(pin.quarter.description)),
                                    ("measure", .string(pin.measure)),
                                ])
                            })
                    ),
                    (
                        "forbidden",
                        .array(
                            locks.forbidden.map { item in
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
}
