import Planner
import ScenarioIO
import SprintModel

/// A sweep's grid as a terminal summary, CSV, Markdown and JSON: one row per point with its
/// values, status, objective, completions per Zielbild, Lösungen complete and spending, and
/// the first-quarter decisions per point.
public enum SweepFormats {
    /// A parameter value as the user would write it.
    static func spell(_ value: Double) -> String { OutputJSON.spell(value, digits: 6) }

    /// The parameters that are amounts of euros.
    static func isMoney(_ axis: SweepAxis) -> Bool {
        ["budget.total", "budget.perQuarter", "budget.ownShareCap"].contains(axis.name)
    }

    /// A parameter value for people: money as money, other values as the user would write them
    /// (German with a decimal comma).
    static func value(_ value: Double, of axis: SweepAxis, _ language: ReportLanguage) -> String {
        if isMoney(axis) { return language.money(Money(cents: Int64((value * 100).rounded()))) }
        let plain = spell(value)
        return language == .de ? plain.replacingOccurrences(of: ".", with: ",") : plain
    }

    static func title(_ sweep: ScenarioSweep, _ language: ReportLanguage) -> String {
        let w = SweepWords(language: language)
        let axes = sweep.axes.map { axis in
            let spelt = axis.values.map { value($0, of: axis, language) }
            return "\(axis.name) = "
                + (spelt.count <= 1 ? spelt.joined() : "\(spelt.first!) … \(spelt.last!) (\(w.values(spelt.count)))")
        }.joined(separator: " × ")
        let optimal = sweep.results.filter { $0.status == .found(.optimal) }.count
        return w.title(axes: axes, points: sweep.results.count, optimal: optimal)
    }

    static func summaryRows(
        _ sweep: ScenarioSweep, _ language: ReportLanguage
    ) -> (header: [String], rows: [[String]]) {
        let w = SweepWords(language: language), l = language
        let header =
            ["#"] + sweep.axes.map(\.name) + [w.status, w.objective] + sweep.zielbilder.map(w.done) + [
                "Lösungen", w.spending, w.ownShare,
            ]
        let rows = sweep.results.enumerated().map { index, result -> [String] in
            let status = w.status(result.status) + (result.verified ? "" : " VERIFIER")
            let objective = result.objective.map { l.number($0, digits: 2) } ?? "–"
            let completions: [String] =
                result.completions.isEmpty ? sweep.zielbilder.map { _ in "–" } : result.completions.map { String($0) }
            let bundles = result.bundles.isEmpty ? "–" : result.bundles.joined(separator: " ")
            let money = [result.spending.map(l.money) ?? "–", result.ownShare.map(l.money) ?? "–"]
            let values = zip(sweep.axes, result.values).map { axis, figure in value(figure, of: axis, l) }
            return ["\(index + 1)"] + values + [status, objective] + completions + [bundles] + money
        }
        return (header, rows)
    }

    public static func text(_ sweep: ScenarioSweep, language: ReportLanguage = .en) -> String {
        let w = SweepWords(language: language)
        var lines = [title(sweep, language), ""]
        let (header, rows) = summaryRows(sweep, language)
        let textColumns = [sweep.axes.count + 1, header.count - 3]  // status, Lösungen
        var table = TextTable(
            columns: header.enumerated().map { index, name in .init(name, textColumns.contains(index) ? .left : .right)
            },
            indent: "")
        for row in rows { table.add(row) }
        lines += table.render()
        lines.append("")
        lines.append(w.decisions)
        var decisions = TextTable(columns: [.init(w.team)] + sweep.results.indices.map { .init("#\($0 + 1)") })
        for (index, team) in sweep.teams.enumerated() {
            decisions.add([team] + sweep.results.map { $0.firstQuarter[index] ?? "–" })
        }
        lines += decisions.render()
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ sweep: ScenarioSweep, language: ReportLanguage = .en) -> String {
        let w = SweepWords(language: language)
        let (header, rows) = summaryRows(sweep, language)
        var out =
            "# \(title(sweep, language))\n\n| " + header.joined(separator: " | ") + " |\n|"
            + header.map { _ in "---|" }.joined() + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        out +=
            "\n## \(w.decisionsHeading)\n\n| Sprintteam | "
            + sweep.results.indices.map { "#\($0 + 1)" }.joined(separator: " | ") + " |\n|---|"
            + sweep.results.map { _ in "---|" }.joined() + "\n"
        for (index, team) in sweep.teams.enumerated() {
            out +=
                "| \(team) | " + sweep.results.map { $0.firstQuarter[index] ?? "–" }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// One row per point: the axes' values, `status`, `objective`, `gap`, `completed_ZIELBILD`…,
    /// `bundles` (space-separated ids), `spending_eur`, `own_share_eur`, `verified`,
    /// `first_quarter_TEAM`….
    public static func csv(_ sweep: ScenarioSweep, options: CSVOptions = .init()) -> String {
        var rows = [
            sweep.axes.map(\.name) + ["status", "objective", "gap"] + sweep.zielbilder.map { "completed_\($0)" }
                + ["bundles", "spending_eur", "own_share_eur", "verified"] + sweep.teams.map { "first_quarter_\($0)" }
        ]
        for result in sweep.results {
            rows.append(
                result.values.map { options.number($0, 6) }
                    + [
                        result.status.name, result.objective.map { options.number($0, 6) } ?? "",
                        result.gap.map { options.number($0, 6) } ?? "",
                    ]
                    + (result.completions.isEmpty
                        ? sweep.zielbilder.map { _ in "" } : result.completions.map(String.init))
                    + [
                        result.bundles.joined(separator: " "), result.spending.map(options.money) ?? "",
                        result.ownShare.map(options.money) ?? "",
                        result.verified ? "yes" : "no",
                    ]
                    + result.firstQuarter.map { $0 ?? "" })
        }
        return options.render(rows)
    }

    /// Keys: `axes[]` (`parameter`, `values`), `zielbilder`, `teams`, `points[]` (`values`,
    /// `status`, `objective`, `gap`, `completions` per Zielbild, `bundles`, `spending`,
    /// `ownShare` (euros as decimal strings), `firstQuarter` per team, `verified`,
    /// `solveSeconds` (null with `stable`)).
    public static func json(_ sweep: ScenarioSweep, stable: Bool = false) -> OutputJSON {
        .object([
            (
                "axes",
                .array(
                    sweep.axes.map {
                        .object([("parameter", .string($0.name)), ("values", .array($0.values.map { .number($0) }))])
                    })
            ),
            ("zielbilder", .array(sweep.zielbilder.map(OutputJSON.string))),
            ("teams", .array(sweep.teams.map(OutputJSON.string))),
            (
                "points",
                .array(
                    sweep.results.map { result in
                        .object([
                            ("values", .array(result.values.map { .number($0) })),
                            ("status", .string(result.status.name)),
                            ("objective", result.objective.map { .number($0) } ?? .null),
                            ("gap", result.gap.map { .number($0) } ?? .null),
                            ("completions", .array(result.completions.map { .int(Int64($0)) })),
                            ("bundles", .array(result.bundles.map(OutputJSON.string))),
                            ("spending", result.spending.map { .string($0.description) } ?? .null),
                            ("ownShare", result.ownShare.map { .string($0.description) } ?? .null),
                            ("firstQuarter", .array(result.firstQuarter.map(OutputJSON.optional))),
                            ("verified", .bool(result.verified)),
                            ("solveSeconds", stable ? .null : .number(result.solveSeconds, digits: 3)),
                        ])
                    })
            ),
        ])
    }
}
