import Planner
import ScenarioIO
import SprintModel

/// The index of a written what-if family (`generate --what-ifs`): per variant its file, what it
/// asks in words, and the command-line options that ask the same of the base scenario
/// (`--pin`, `--forbid`, `--unavailable`, `--set`), as JSON and CSV.
public enum WhatIfFamilyIndex {
    public static let format = "sprintplan-what-if-family/1"

    /// The variant's file in the family's folder.
    public static func file(_ variant: WhatIfFamily.Variant) -> String { variant.name + ".json" }

    /// What the variant asks, in words.
    public static func description(_ variant: WhatIfFamily.Variant, _ language: ReportLanguage = .en) -> String {
        let de = language == .de
        func q(_ quarter: Quarter) -> String { de ? language.quarter(quarter) : quarter.description }
        func percent(_ factor: Double) -> String { language.number(factor * 100) + " %" }
        switch variant.question {
        case .forbidInFirstQuarter(let team, let measure, let quarter):
            return de
                ? "\(team) darf \(q(quarter)) nicht an \(measure) arbeiten (der empfohlenen Maßnahme)"
                : "\(team) may not work on \(measure), its recommended measure, in \(q(quarter))"
        case .forbidForHorizon(let team, let measure):
            return de
                ? "\(team) arbeitet nie an \(measure) (der empfohlenen Maßnahme des ersten Quartals)"
                : "\(team) never works on \(measure), its recommended measure of the first quarter"
        case .pinBestRanked(let team, let measure, let quarter, let rank):
            return de
                ? "\(team) arbeitet \(q(quarter)) an \(measure) (Rang \(rank), die bestplatzierte andere Maßnahme, die das Team übernehmen kann)"
                : "\(team) works on \(measure) in \(q(quarter)) (rank \(rank), the best-ranked other measure the team can take on)"
        case .budgetTotal(let factor, let amount):
            return de
                ? "Gesamtbudget \(percent(factor)): \(language.money(amount))"
                : "total budget at \(percent(factor)): \(language.money(amount))"
        case .perQuarterCap(let factor, let amount):
            return de
                ? "Quartalsbudget \(percent(factor)): \(language.money(amount))"
                : "per-quarter cap at \(percent(factor)): \(language.money(amount))"
        case .loseTeam(let team, let zielbild, let quarters):
            let range = quarters.first.map { "\(q($0)) … \(q(quarters.last!))" } ?? ""
            return de
                ? "\(team) (\(zielbild)) fällt für den ganzen Horizont aus (\(range))"
                : "\(team) (\(zielbild)) is unavailable for the whole horizon (\(range))"
        case .switchingCost(let cost):
            return de
                ? "Wechselkosten \(language.number(cost, digits: 2)) Punkte"
                : "switching cost \(language.number(cost, digits: 2)) points"
        }
    }

    /// The options that ask the same of the base scenario, one word per element.
    public static func flags(_ variant: WhatIfFamily.Variant) -> [String] {
        func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
        }
        return variant.whatIf.changes.flatMap { change -> [String] in
            switch change {
            case .pin(let team, let measure, let quarter):
                return ["--pin", "\(team)=\(measure)" + (quarter.map { "@\($0)" } ?? "")]
            case .forbid(let team, let measure, let quarter):
                return ["--forbid", "\(team)=\(measure)" + (quarter.map { "@\($0)" } ?? "")]
            case .unavailable(let team, let quarter): return ["--unavailable", "\(team)@\(quarter)"]
            case .set(let parameter, let value): return ["--set", "\(parameter)=\(number(value))"]
            }
        }
    }

    /// `base`: the base scenario as the variant files name it; `plan`: the base plan's status
    /// and objective, which the family was derived from.
    public static func json(_ family: WhatIfFamily, base: String, plan: Plan) -> OutputJSON {
        .object([
            ("format", .string(format)),
            ("base", .string(base)),
            (
                "basePlan",
                .object([
                    ("status", .string(plan.proof.name)), ("objective", .number(plan.objective)),
                    ("firstQuarter", plan.quarters.first.map { .string($0.description) } ?? .null),
                ])
            ),
            (
                "variants",
                .array(
                    family.variants.map { variant in
                        .object([
                            ("name", .string(variant.name)), ("file", .string(file(variant))),
                            ("description", .string(description(variant))),
                            ("flags", .array(flags(variant).map(OutputJSON.string))),
                        ])
                    })
            ),
            (
                "skipped",
                .array(
                    family.skipped.map { item in
                        .object([
                            ("name", .string(item.variant.name)),
                            ("description", .string(description(item.variant))),
                            (
                                "reasons",
                                .array(
                                    item.problems.problems.map {
                                        .string(WhatIfText.text($0, first: plan.quarters.first))
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }

    /// Columns `variant`, `file`, `description`, `flags` (the options joined by spaces).
    public static func csv(_ family: WhatIfFamily, options: CSVOptions = .init()) -> String {
        options.render(
            [["variant", "file", "description", "flags"]]
                + family.variants.map { variant in
                    [variant.name, file(variant), description(variant), flags(variant).joined(separator: " ")]
                })
    }
}
