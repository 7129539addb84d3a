import Planner
import ScenarioIO
import SprintModel

/// The decision history of a record folder as a terminal report, Markdown and JSON.
public enum HistoryFormats {
    static func cell(_ line: DecisionHistory.TeamLine) -> (recommended: String, worked: String) {
        (line.recommended ?? "–", line.deviates ? (line.worked ?? "– (none)") + "  ≠" : (line.worked ?? "–"))
    }

    /// Money in whole euros in the history's language (`€1,047,930` / `1.047.930 €`).
    static func euros(_ money: Money?, _ language: ReportLanguage) -> String {
        money.map(language.money) ?? (language == .de ? "unbekannt" : "unknown")
    }

    static func facts(_ entry: DecisionHistory.Entry) -> [String] {
        let record = entry.record
        var facts = ["status \(record.status.name)" + (record.gap.map { ", gap \(ReportNumber.percent($0, 2))" } ?? "")]
        if let decidedBy = record.decidedBy { facts.append("decided by \(decidedBy)") }
        facts.append(
            entry.progressReported ? "progress reported" : "no progress file: the decision is assumed done")
        return facts
    }

    /// `language`: of the overrides, replaced records and acceptances (the rest is English).
    public static func text(_ history: DecisionHistory, folder: String, language: ReportLanguage = .en) -> String {
        guard let first = history.entries.first, let last = history.entries.last else {
            return "No decision records in \(folder) (files named decision-QUARTER.json).\n"
        }
        var lines = [
            "Decision history in \(folder): \(history.entries.count) quarter\(history.entries.count == 1 ? "" : "s"), \(first.record.quarter) … \(last.record.quarter)",
            "",
        ]
        for entry in history.entries {
            lines.append("\(entry.record.quarter)  " + facts(entry).joined(separator: "; "))
            let decided = entry.overrides > 0
            var table = TextTable(
                columns: [.init("Zielbild"), .init("team"), .init("recommended")]
                    + (decided ? [.init(HistoryAudit.decidedHeader(language))] : []) + [.init("worked on")],
                indent: "  ")
            for line in entry.teams {
                let (recommended, worked) = cell(line)
                table.add(
                    [line.zielbild, line.team, recommended] + (decided ? [HistoryAudit.decidedCell(line)] : [])
                        + [worked])
            }
            lines += table.render()
            for sentence in HistoryAudit.sentences(entry, language) {
                lines += TextWrap.wrap(VisibleText.terminal(sentence))
            }
            lines += TextWrap.wrap(
                "finished: "
                    + (entry.finished.isEmpty
                        ? "none"
                        : entry.finished.map { id in
                            entry.record.measure(id).map { "\(id) \($0.name)" } ?? id
                        }.joined(separator: "; ")))
            var money = "spent \(euros(entry.spending, language)) (own share \(euros(entry.ownShare, language)))"
            if let cap = entry.record.quarterCap {
                money += " of the quarter's cap \(euros(cap, language))"
                if let spending = entry.spending, spending > cap {
                    money += ", \(euros(spending - cap, language)) over it"
                }
            }
            if let total = entry.record.totalBudget {
                money += "; total budget left before the quarter \(euros(total, language))"
            }
            lines += TextWrap.wrap(money)
            if let note = entry.record.note { lines += TextWrap.wrap("note: \(note)") }
            lines.append("")
        }
        var summary = TextTable(
            columns: [
                .init("quarter"), .init("deviations", .right), .init("finished", .right), .init("spent", .right),
                .init("own share", .right), .init("quarter cap", .right),
            ], indent: "")
        for entry in history.entries {
            summary.add([
                entry.record.quarter.description, String(entry.deviations), String(entry.finished.count),
                euros(entry.spending, language),
                euros(entry.ownShare, language), entry.record.quarterCap.map { euros($0, language) } ?? "–",
            ])
        }
        summary.add([
            "total", String(history.entries.reduce(0) { $0 + $1.deviations }),
            String(history.entries.reduce(0) { $0 + $1.finished.count }),
            euros(history.totalSpending, language), euros(history.totalOwnShare, language), "",
        ])
        lines += summary.render()
        lines.append("")
        lines.append("≠ the team worked on something else than decided (from the quarter's progress file)")
        if history.entries.contains(where: { $0.overrides > 0 }) { lines.append(HistoryAudit.legend(language)) }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ history: DecisionHistory, folder: String, language: ReportLanguage = .en) -> String {
        var out =
            "# Decision history\n\nRecords in `\(folder)`: \(history.entries.count) quarter\(history.entries.count == 1 ? "" : "s").\n\n"
        for entry in history.entries {
            out += "## \(entry.record.quarter)\n\n" + facts(entry).joined(separator: "; ") + ".\n\n"
            let decided = entry.overrides > 0
            out +=
                "| Zielbild | Sprintteam | Recommended |"
                + (decided ? " \(HistoryAudit.decidedHeader(language)) |" : "")
            out += " Worked on |\n|---|---|---|" + (decided ? "---|" : "") + "---|\n"
            for line in entry.teams {
                let (recommended, worked) = cell(line)
                out += "| \(line.zielbild) | \(line.team) | \(recommended) |"
                out += (decided ? " \(HistoryAudit.decidedCell(line)) |" : "") + " \(worked) |\n"
            }
            let audit = HistoryAudit.sentences(entry, language)
            if !audit.isEmpty { out += "\n" + audit.map { "- " + VisibleText.markdownCell($0) + "\n" }.joined() }
            out += "\nFinished: \(entry.finished.isEmpty ? "none" : entry.finished.joined(separator: ", ")). "
            out += "Spent \(euros(entry.spending, language)) (own share \(euros(entry.ownShare, language)))"
            out += (entry.record.quarterCap.map { " of the quarter's cap \(euros($0, language))" } ?? "") + ".\n"
            if let note = entry.record.note { out += "\nNote: \(note.replacingOccurrences(of: "\n", with: " "))\n" }
            out += "\n"
        }
        out += "| Quarter | Deviations | Finished | Spent | Own share |\n|---|---:|---:|---:|---:|\n"
        for entry in history.entries {
            out +=
                "| \(entry.record.quarter) | \(entry.deviations) | \(entry.finished.count) | \(euros(entry.spending, language)) | \(euros(entry.ownShare, language)) |\n"
        }
        out +=
            "| total | \(history.entries.reduce(0) { $0 + $1.deviations }) | \(history.entries.reduce(0) { $0 + $1.finished.count }) | \(euros(history.totalSpending, language)) | \(euros(history.totalOwnShare, language)) |\n"
        return out
    }

    /// Keys: `quarters[]` (`quarter`, `status`, `gap`, `decidedBy`, `note`, `progressReported`,
    /// `teams[]` (`team`, `zielbild`, `recommended`, `worked`, `deviates`), `finished`,
    /// `spending`, `ownShare`, `quarterCap`, `totalBudgetBefore`; euros as numbers, null when
    /// unknown), `totalSpending`, `totalOwnShare`.
    public static func json(_ history: DecisionHistory) -> OutputJSON {
        func money(_ value: Money?) -> OutputJSON { value.map { .number($0.euros, digits: 2) } ?? .null }
        return .object([
            (
                "quarters",
                .array(
                    history.entries.map { entry in
                        .object(
                            [
                                ("quarter", .string(entry.record.quarter.description)),
                                ("status", .string(entry.record.status.name)),
                                ("gap", entry.record.gap.map { .number($0) } ?? .null),
                                ("decidedBy", .optional(entry.record.decidedBy)),
                                ("note", .optional(entry.record.note)),
                                ("progressReported", .bool(entry.progressReported)),
                                (
                                    "teams",
                                    .array(
                                        entry.teams.map { line in
                                            .object([
                                                ("team", .string(line.team)), ("zielbild", .string(line.zielbild)),
                                                ("recommended", .optional(line.recommended)),
                                                ("decided", .optional(line.decided)),
                                                ("worked", .optional(line.worked)), ("deviates", .bool(line.deviates)),
                                            ])
                                        })
                                ),
                                ("finished", .array(entry.finished.map(OutputJSON.string))),
                                ("spending", money(entry.spending)), ("ownShare", money(entry.ownShare)),
                                ("quarterCap", money(entry.record.quarterCap)),
                                ("totalBudgetBefore", money(entry.record.totalBudget)),
                            ] + HistoryAudit.json(entry))
                    })
            ),
            ("totalSpending", money(history.totalSpending)), ("totalOwnShare", money(history.totalOwnShare)),
        ])
    }
}
