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

    /// The status: the machine name in English (as before), in words in German.
    static func statusCell(_ entry: ScenarioComparison.Entry, _ language: ReportLanguage = .en) -> String {
        guard language == .de else {
            switch entry.outcome {
            case .plan(let plan): return plan.proof.name
            case .infeasible: return "infeasible"
            case .noPlanFound(let reason, _): return SearchOutcome.notFound(reason).name
            }
        }
        let words = PlanWords(language: language)
        switch entry.outcome {
        case .plan(let plan): return words.status(.found(plan.proof))
        case .infeasible: return words.status(.notFound(.infeasible))
        case .noPlanFound(let reason, _): return words.status(.notFound(reason))
        }
    }

    static func facts(_ comparison: ScenarioComparison, stable: Bool, language: ReportLanguage = .en) -> [FactRow] {
        let entries = comparison.entries, l = language, w = ComparisonWords(language: language)
        func row(_ label: String, _ cell: (Plan, Scenario) -> String) -> FactRow {
            FactRow(label: label, cells: entries.map { entry in entry.plan.map { cell($0, entry.scenario) } ?? "–" })
        }
        func points(_ value: Double) -> String { l.number(value, digits: 1) }
        var rows = [
            FactRow(label: w.status, cells: entries.map { statusCell($0, l) }),
            row(w.gap) { plan, _ in plan.gap.map { l.percent($0, digits: 2) } ?? "–" },
        ]
        if !stable {
            rows.append(
                FactRow(
                    label: w.solveTime,
                    cells: entries.map { entry in
                        switch entry.outcome {
                        case .plan(let plan): return l.number(plan.solveSeconds, digits: 2) + " s"
                        case .infeasible(let infeasibility):
                            return l.number(infeasibility.solveSeconds, digits: 2) + " s"
                        case .noPlanFound(_, let seconds): return l.number(seconds, digits: 2) + " s"
                        }
                    }))
        }
        rows += [
            row(w.objective) { plan, _ in l.number(plan.objective, digits: 2) },
            row(w.completions) { plan, _ in points(plan.report.value.completions) },
            row(w.partialProgress) { plan, _ in points(plan.report.value.partialProgress) },
            row(w.bundles) { plan, _ in points(plan.report.value.bundles) },
            row(w.switching) { plan, _ in points(plan.report.value.switching) },
            row(w.crossZielbild) { plan, _ in points(plan.report.value.crossZielbild) },
            row(w.measuresCompleted) { plan, _ in String(plan.report.completions.count) },
            row(w.bundlesComplete) { plan, _ in String(plan.report.completedBundles.count) },
            row(w.spending) { plan, _ in l.money(plan.report.totalSpending) },
            FactRow(label: w.totalBudget, cells: entries.map { $0.scenario.budget.total.map(l.money) ?? w.noCap }),
            row(w.ownShare) { plan, _ in l.money(plan.report.totalOwnShare) },
            FactRow(
                label: w.ownShareCap, cells: entries.map { $0.scenario.budget.ownShareCap.map(l.money) ?? w.noCap }),
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

    public static func text(
        _ comparison: ScenarioComparison, stable: Bool = false, language: ReportLanguage = .en
    ) -> String {
        let titles = titles(comparison), l = language, w = ComparisonWords(language: language)
        var lines = [w.heading(comparison.entries.count, baseline: titles.first ?? ""), ""]
        var table = TextTable(columns: [.init("")] + titles.map { .init($0, .right, maximumWidth: 28) }, indent: "")
        for row in facts(comparison, stable: stable, language: l) { table.add([row.label] + row.cells) }
        lines += table.render()
        lines.append("")

        lines.append(w.completedPerQuarter)
        var completed = TextTable(
            columns: [.init("Zielbild"), .init(w.quarter)] + titles.map { .init($0, maximumWidth: 28) })
        for row in comparison.completions {
            completed.add(
                [row.zielbild, quarter(row.quarter, l)]
                    + row.measures.map { $0.isEmpty ? "–" : $0.joined(separator: " ") })
        }
        lines += comparison.completions.isEmpty ? ["  " + w.none] : completed.render()
        lines.append("")

        lines.append(w.differing(comparison.differingAssignments.count))
        if !comparison.differingAssignments.isEmpty {
            var differing = TextTable(
                columns: [.init(w.team), .init(w.quarter)] + titles.map { .init($0, maximumWidth: 28) })
            for row in comparison.differingAssignments {
                differing.add(
                    [row.team, quarter(row.quarter, l)]
                        + zip(comparison.entries, row.measures).map { entry, measure in
                            entry.plan == nil ? w.noPlan : (measure ?? "–")
                        })
            }
            lines += differing.render()
        }
        lines.append("")
        for (index, changes) in changes(comparison).enumerated() {
            lines.append(w.inputs(of: titles[index + 1], against: titles[0]) + ": " + w.differences(changes.count))
            for change in changes {
                lines += TextWrap.wrap(
                    "– " + ScenarioChangeText.line(change, l), width: 100, indent: "    ", continuation: "      ")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// Quarters as the language writes them; English keeps the file's spelling `2027-Q1`.
    static func quarter(_ quarter: Quarter, _ language: ReportLanguage) -> String {
        language == .de ? language.quarter(quarter) : quarter.description
    }

    public static func markdown(
        _ comparison: ScenarioComparison, stable: Bool = false, language: ReportLanguage = .en
    ) -> String {
        let titles = titles(comparison), l = language, w = ComparisonWords(language: language)
        func escape(_ text: String) -> String { VisibleText.markdownCell(text) }
        func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
        var out = "# \(w.title)\n\n\(w.baseline(titles.first ?? ""))\n\n"
        out +=
            "| | " + titles.map(escape).joined(separator: " | ") + " |\n|---|" + titles.map { _ in "---:|" }.joined()
            + "\n"
        for row in facts(comparison, stable: stable, language: l) {
            // Markdown drops leading spaces; the parts of a total stay indented with non-breaking ones.
            let label = row.label.hasPrefix("  ") ? "&nbsp;&nbsp;" + row.label.dropFirst(2) : row.label
            out += "| \(label) | " + row.cells.joined(separator: " | ") + " |\n"
        }
        out += "\n## \(w.completedPerQuarter)\n\n"
        out +=
            "| Zielbild | \(capitalised(w.quarter)) | " + titles.map(escape).joined(separator: " | ") + " |\n|---|---|"
            + titles.map { _ in "---|" }.joined() + "\n"
        for row in comparison.completions {
            out +=
                "| \(row.zielbild) | \(quarter(row.quarter, l)) | "
                + row.measures.map { $0.isEmpty ? "–" : $0.joined(separator: ", ") }.joined(separator: " | ") + " |\n"
        }
        out += "\n## \(w.differingHeading(comparison.differingAssignments.count))\n\n"
        if !comparison.differingAssignments.isEmpty {
            out +=
                "| Sprintteam | \(capitalised(w.quarter)) | " + titles.map(escape).joined(separator: " | ")
                + " |\n|---|---|" + titles.map { _ in "---|" }.joined() + "\n"
            for row in comparison.differingAssignments {
                out +=
                    "| \(row.team) | \(quarter(row.quarter, l)) | "
                    + zip(comparison.entries, row.measures).map { entry, measure in
                        entry.plan == nil ? w.noPlan : (measure ?? "–")
                    }.joined(separator: " | ") + " |\n"
            }
        }
        for (index, changes) in changes(comparison).enumerated() {
            out += "\n## \(w.inputs(of: "`\(titles[index + 1])`", against: "`\(titles[0])`"))\n\n"
            out +=
                changes.isEmpty
                ? w.noDifference + "\n"
                : changes.map { "- `\($0.path)`: " + escape(ScenarioChangeText.words($0, l)) + "\n" }.joined()
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
