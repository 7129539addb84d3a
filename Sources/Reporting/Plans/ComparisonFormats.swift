import Planner
import ScenarioIO
import SprintModel

/// Scenarios side by side as a terminal report, Markdown and JSON: the plans' facts, the
/// completions per Zielbild and quarter, the assignments that differ, and what differs in the
/// inputs compared with the first scenario (the baseline).
public enum ComparisonFormats {
    /// One row of the side-by-side facts: a label and one cell per scenario.
    struct FactRow {
        var label: String
        var cells: [String]
    }

    static func statusCell(_ entry: ScenarioComparison.Entry) -> String {
        switch entry.outcome {
        case .plan(let plan): return plan.proof.name
        case .infeasible: return "infeasible"
        case .noPlanFound(let reason, _): return SearchOutcome.notFound(reason).name
        }
    }

    static func facts(_ comparison: ScenarioComparison, stable: Bool) -> [FactRow] {
        let entries = comparison.entries
        func row(_ label: String, _ cell: (Plan, Scenario) -> String) -> FactRow {
            FactRow(label: label, cells: entries.map { entry in entry.plan.map { cell($0, entry.scenario) } ?? "–" })
        }
        func points(_ value: Double) -> String { ReportNumber.fixed(value, 1) }
        var rows = [
            FactRow(label: "status", cells: entries.map(statusCell)),
            row("gap") { plan, _ in plan.gap.map { ReportNumber.percent($0, 2) } ?? "–" },
        ]
        if !stable {
            rows.append(
                FactRow(
                    label: "solve time",
                    cells: entries.map { entry in
                        switch entry.outcome {
                        case .plan(let plan): return ReportNumber.fixed(plan.solveSeconds, 2) + " s"
                        case .infeasible(let infeasibility):
                            return ReportNumber.fixed(infeasibility.solveSeconds, 2) + " s"
                        case .noPlanFound(_, let seconds): return ReportNumber.fixed(seconds, 2) + " s"
                        }
                    }))
        }
        rows += [
            row("objective") { plan, _ in ReportNumber.fixed(plan.objective, 2) },
            row("  completions") { plan, _ in points(plan.report.value.completions) },
            row("  partial progress") { plan, _ in points(plan.report.value.partialProgress) },
            row("  Lösungen") { plan, _ in points(plan.report.value.bundles) },
            row("  − switching") { plan, _ in points(plan.report.value.switching) },
            row("  − cross-Zielbild") { plan, _ in points(plan.report.value.crossZielbild) },
            row("measures completed") { plan, _ in String(plan.report.completions.count) },
            row("Lösungen complete") { plan, _ in String(plan.report.completedBundles.count) },
            row("spending") { plan, _ in PlanText.short(plan.report.totalSpending) },
            FactRow(
                label: "  total budget", cells: entries.map { $0.scenario.budget.total.map(PlanText.short) ?? "no cap" }
            ),
            row("own share") { plan, _ in PlanText.short(plan.report.totalOwnShare) },
            FactRow(
                label: "  own-share cap",
                cells: entries.map { $0.scenario.budget.ownShareCap.map(PlanText.short) ?? "no cap" }),
        ]
        return rows
    }

    /// Column titles: the file names, made unique.
    static func titles(_ comparison: ScenarioComparison) -> [String] {
        let names = comparison.entries.map { $0.name.lastComponent }
        return names.enumerated().map { index, name in
            names.filter { $0 == name }.count > 1 ? comparison.entries[index].name : name
        }
    }

    static func changes(_ comparison: ScenarioComparison) -> [[ScenarioDiff.Change]] {
        guard let base = comparison.entries.first else { return [] }
        return comparison.entries.dropFirst().map { ScenarioDiff.changes(from: base.scenario, to: $0.scenario) }
    }

    public static func text(_ comparison: ScenarioComparison, stable: Bool = false) -> String {
        let titles = titles(comparison)
        var lines = [
            "Comparing \(comparison.entries.count) scenarios; the first, \(titles.first ?? ""), is the baseline", "",
        ]
        var table = TextTable(columns: [.init("")] + titles.map { .init($0, .right, maximumWidth: 28) }, indent: "")
        for row in facts(comparison, stable: stable) { table.add([row.label] + row.cells) }
        lines += table.render()
        lines.append("")

        lines.append("Measures completed per Zielbild and quarter")
        var completed = TextTable(
            columns: [.init("Zielbild"), .init("quarter")] + titles.map { .init($0, maximumWidth: 28) })
        for row in comparison.completions {
            completed.add(
                [row.zielbild, row.quarter.description]
                    + row.measures.map { $0.isEmpty ? "–" : $0.joined(separator: " ") })
        }
        lines += comparison.completions.isEmpty ? ["  none"] : completed.render()
        lines.append("")

        lines.append("Assignments that differ: \(comparison.differingAssignments.count)")
        if !comparison.differingAssignments.isEmpty {
            var differing = TextTable(
                columns: [.init("team"), .init("quarter")] + titles.map { .init($0, maximumWidth: 28) })
            for row in comparison.differingAssignments {
                differing.add(
                    [row.team, row.quarter.description]
                        + zip(comparison.entries, row.measures).map { entry, measure in
                            entry.plan == nil ? "no plan" : (measure ?? "–")
                        })
            }
            lines += differing.render()
        }
        lines.append("")
        for (index, changes) in changes(comparison).enumerated() {
            lines.append(
                "Inputs of \(titles[index + 1]) compared with \(titles[0]): "
                    + (changes.isEmpty
                        ? "no difference" : "\(changes.count) difference\(changes.count == 1 ? "" : "s")"))
            for change in changes {
                lines += TextWrap.wrap("– \(change)", width: 100, indent: "    ", continuation: "      ")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    public static func markdown(_ comparison: ScenarioComparison, stable: Bool = false) -> String {
        let titles = titles(comparison)
        func escape(_ text: String) -> String { VisibleText.markdownCell(text) }
        var out = "# Scenario comparison\n\nBaseline: `\(titles.first ?? "")`.\n\n"
        out +=
            "| | " + titles.map(escape).joined(separator: " | ") + " |\n|---|" + titles.map { _ in "---:|" }.joined()
            + "\n"
        for row in facts(comparison, stable: stable) {
            // Markdown drops leading spaces; the parts of a total stay indented with non-breaking ones.
            let label = row.label.hasPrefix("  ") ? "&nbsp;&nbsp;" + row.label.dropFirst(2) : row.label
            out += "| \(label) | " + row.cells.joined(separator: " | ") + " |\n"
        }
        out += "\n## Measures completed per Zielbild and quarter\n\n"
        out +=
            "| Zielbild | Quarter | " + titles.map(escape).joined(separator: " | ") + " |\n|---|---|"
            + titles.map { _ in "---|" }.joined() + "\n"
        for row in comparison.completions {
            out +=
                "| \(row.zielbild) | \(row.quarter) | "
                + row.measures.map { $0.isEmpty ? "–" : $0.joined(separator: ", ") }.joined(separator: " | ") + " |\n"
        }
        out += "\n## Assignments that differ (\(comparison.differingAssignments.count))\n\n"
        if !comparison.differingAssignments.isEmpty {
            out +=
                "| Sprintteam | Quarter | " + titles.map(escape).joined(separator: " | ") + " |\n|---|---|"
                + titles.map { _ in "---|" }.joined() + "\n"
            for row in comparison.differingAssignments {
                out +=
                    "| \(row.team) | \(row.quarter) | "
                    + zip(comparison.entries, row.measures).map { entry, measure in
                        entry.plan == nil ? "no plan" : (measure ?? "–")
                    }.joined(separator: " | ") + " |\n"
            }
        }
        for (index, changes) in changes(comparison).enumerated() {
            out += "\n## Inputs of `\(titles[index + 1])` compared with `\(titles[0])`\n\n"
            out +=
                changes.isEmpty
                ? "No difference.\n"
                : changes.map {
                    "- `\($0.path)`: " + escape(String($0.description.dropFirst($0.path.count + 2))) + "\n"
                }.joined()
        }
        return out
    }

    /// Keys: `scenarios[]` (`name`, `status`, `objective`, `bestBound`, `gap`, `solveSeconds`,
    /// `value` parts, `totalSpending`, `totalOwnShare`, `budget` (`total`, `ownShareCap`),
    /// `completed` (measure ids), `completedBundles`, `inputChanges[]` against the first
    /// scenario (`path`, `before`, `after` as compact JSON, null when absent)),
    /// `completions[]` (`zielbild`, `quarter`, `measures` per scenario), `differingAssignments[]`
    /// (`team`, `quarter`, `measures` per scenario, null for idle or no plan).
    public static func json(_ comparison: ScenarioComparison, stable: Bool = false) -> OutputJSON {
        let allChanges = [[]] + changes(comparison)
        func money(_ value: Money?) -> OutputJSON { value.map { .string($0.description) } ?? .null }
        return .object([
            (
                "scenarios",
                .array(
                    zip(comparison.entries, allChanges).map { entry, changes in
                        let plan = entry.plan
                        let seconds: Double = {
                            switch entry.outcome {
                            case .plan(let plan): return plan.solveSeconds
                            case .infeasible(let infeasibility): return infeasibility.solveSeconds
                            case .noPlanFound(_, let seconds): return seconds
                            }
                        }()
                        return .object([
                            ("name", .string(entry.name)), ("status", .string(statusCell(entry))),
                            ("objective", plan.map { .number($0.objective) } ?? .null),
                            ("bestBound", plan?.bestBound.map { .number($0) } ?? .null),
                            ("gap", plan?.gap.map { .number($0) } ?? .null),
                            ("solveSeconds", stable ? .null : .number(seconds, digits: 3)),
                            (
                                "value",
                                plan.map { plan in
                                    .object([
                                        ("total", .number(plan.report.value.total)),
                                        ("completions", .number(plan.report.value.completions)),
                                        ("partialProgress", .number(plan.report.value.partialProgress)),
                                        ("bundles", .number(plan.report.value.bundles)),
                                        ("switching", .number(plan.report.value.switching)),
                                        ("crossZielbild", .number(plan.report.value.crossZielbild)),
                                    ])
                                } ?? .null
                            ),
                            ("totalSpending", money(plan?.report.totalSpending)),
                            ("totalOwnShare", money(plan?.report.totalOwnShare)),
                            (
                                "budget",
                                .object([
                                    ("total", money(entry.scenario.budget.total)),
                                    ("ownShareCap", money(entry.scenario.budget.ownShareCap)),
                                ])
                            ),
                            (
                                "completed",
                                .array((plan?.report.completions.keys.sorted() ?? []).map(OutputJSON.string))
                            ),
                            ("completedBundles", .array((plan?.report.completedBundles ?? []).map(OutputJSON.string))),
                            (
                                "inputChanges",
                                .array(
                                    changes.map { change in
                                        .object([
                                            ("path", .string(change.path)), ("before", .optional(change.before)),
                                            ("after", .optional(change.after)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            (
                "completions",
                .array(
                    comparison.completions.map { row in
                        .object([
                            ("zielbild", .string(row.zielbild)), ("quarter", .string(row.quarter.description)),
                            ("measures", .array(row.measures.map { .array($0.map(OutputJSON.string)) })),
                        ])
                    })
            ),
            (
                "differingAssignments",
                .array(
                    comparison.differingAssignments.map { row in
                        .object([
                            ("team", .string(row.team)), ("quarter", .string(row.quarter.description)),
                            ("measures", .array(row.measures.map(OutputJSON.optional))),
                        ])
                    })
            ),
        ])
    }
}

private extension String {
    /// The file name of a path.
    var lastComponent: String { split(separator: "/").last.map(String.init) ?? self }
}
