import Planner
import ScenarioIO
import SprintModel

/// The decision history of a record folder as a terminal report, Markdown and JSON.
public enum HistoryFormats {
    static func cell(_ line: DecisionHistory.TeamLine, _ w: HistoryWords) -> (recommended: String, worked: String) {
        (line.recommended ?? "–", line.deviates ? (line.worked ?? w.noneWorked) + "  ≠" : (line.worked ?? "–"))
    }

    /// Money in whole euros in the history's language (`€1,047,930` / `1.047.930 €`).
    static func euros(_ money: Money?, _ language: ReportLanguage) -> String {
        money.map(language.money) ?? (language == .de ? "unbekannt" : "unknown")
    }

    static func facts(_ entry: DecisionHistory.Entry, _ w: HistoryWords) -> [String] {
        let record = entry.record
        var facts = [w.status(record.status, gap: record.gap)]
        if let decidedBy = record.decidedBy { facts.append(w.decidedBy(decidedBy)) }
        facts.append(w.progress(entry.progressReported))
        return facts
    }

    public static func text(_ history: DecisionHistory, folder: String, language: ReportLanguage = .en) -> String {
        let w = HistoryWords(language: language)
        guard let first = history.entries.first, let last = history.entries.last else { return w.noRecords(folder) }
        var lines = [
            w.heading(folder, count: history.entries.count, first: first.record.quarter, last: last.record.quarter), "",
        ]
        for entry in history.entries {
            lines.append("\(w.quarter(entry.record.quarter))  " + facts(entry, w).joined(separator: "; "))
            let decided = entry.overrides > 0
            var table = TextTable(
                columns: [.init("Zielbild"), .init(w.team), .init(w.recommended)]
                    + (decided ? [.init(HistoryAudit.decidedHeader(language))] : []) + [.init(w.workedOn)],
                indent: "  ")
            for line in entry.teams {
                let (recommended, worked) = cell(line, w)
                table.add(
                    [line.zielbild, line.team, recommended] + (decided ? [HistoryAudit.decidedCell(line)] : [])
                        + [worked])
            }
            lines += table.render()
            for sentence in HistoryAudit.sentences(entry, language) {
                lines += TextWrap.wrap(VisibleText.terminal(sentence))
            }
            lines += TextWrap.wrap(
                w.finished
                    + (entry.finished.isEmpty
                        ? w.none
                        : entry.finished.map { id in
                            entry.record.measure(id).map { "\(id) \($0.name)" } ?? id
                        }.joined(separator: "; ")))
            var money = w.spent(euros(entry.spending, language), ownShare: euros(entry.ownShare, language))
            if let cap = entry.record.quarterCap {
                money += w.ofQuarterCap(euros(cap, language))
                if let spending = entry.spending, spending > cap { money += w.over(euros(spending - cap, language)) }
            }
            if let total = entry.record.totalBudget {
                money += w.budgetLeft(euros(total, language))
            }
            lines += TextWrap.wrap(money)
            lines += HistoryIndicators.text(entry, language)
            if let note = entry.record.note { lines += TextWrap.wrap("\(w.note): \(note)") }
            lines.append("")
        }
        let columns = w.summaryColumns
        var summary = TextTable(
            columns: [.init(columns[0])] + columns.dropFirst().map { .init($0, .right) }, indent: "")
        for entry in history.entries {
            summary.add([
                w.quarter(entry.record.quarter), String(entry.deviations), String(entry.finished.count),
                euros(entry.spending, language),
                euros(entry.ownShare, language), entry.record.quarterCap.map { euros($0, language) } ?? "–",
            ])
        }
        summary.add([
            w.total, String(history.entries.reduce(0) { $0 + $1.deviations }),
            String(history.entries.reduce(0) { $0 + $1.finished.count }),
            euros(history.totalSpending, language), euros(history.totalOwnShare, language), "",
        ])
        lines += summary.render()
        lines.append("")
        lines.append(w.deviationLegend)
        if history.entries.contains(where: { $0.overrides > 0 }) { lines.append(HistoryAudit.legend(language)) }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ history: DecisionHistory, folder: String, language: ReportLanguage = .en) -> String {
        let w = HistoryWords(language: language)
        func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
        var out = "# \(w.title)\n\n\(w.records(folder, count: history.entries.count))\n\n"
        for entry in history.entries {
            out += "## \(w.quarter(entry.record.quarter))\n\n" + facts(entry, w).joined(separator: "; ") + ".\n\n"
            let decided = entry.overrides > 0
            out +=
                "| Zielbild | Sprintteam | \(capitalised(w.recommended)) |"
                + (decided ? " \(capitalised(HistoryAudit.decidedHeader(language))) |" : "")
            out += " \(capitalised(w.workedOn)) |\n|---|---|---|" + (decided ? "---|" : "") + "---|\n"
            for line in entry.teams {
                let (recommended, worked) = cell(line, w)
                out += "| \(line.zielbild) | \(line.team) | \(recommended) |"
                out += (decided ? " \(HistoryAudit.decidedCell(line)) |" : "") + " \(worked) |\n"
            }
            let audit = HistoryAudit.sentences(entry, language)
            if !audit.isEmpty { out += "\n" + audit.map { "- " + VisibleText.markdownCell($0) + "\n" }.joined() }
            out +=
                "\n" + capitalised(w.finished)
                + (entry.finished.isEmpty ? w.none : entry.finished.joined(separator: ", ")) + ". "
            out += capitalised(w.spent(euros(entry.spending, language), ownShare: euros(entry.ownShare, language)))
            out += (entry.record.quarterCap.map { w.ofQuarterCap(euros($0, language)) } ?? "") + ".\n"
            out += HistoryIndicators.markdown(entry, language)
            if let note = entry.record.note {
                out += "\n\(capitalised(w.note)): \(note.replacingOccurrences(of: "\n", with: " "))\n"
            }
            out += "\n"
        }
        let columns = w.summaryColumns.prefix(5).map(capitalised)
        out += "| " + columns.joined(separator: " | ") + " |\n|---|---:|---:|---:|---:|\n"
        for entry in history.entries {
            let cells = [
                w.quarter(entry.record.quarter), String(entry.deviations), String(entry.finished.count),
                euros(entry.spending, language), euros(entry.ownShare, language),
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        let totals = [
            w.total, String(history.entries.reduce(0) { $0 + $1.deviations }),
            String(history.entries.reduce(0) { $0 + $1.finished.count }), euros(history.totalSpending, language),
            euros(history.totalOwnShare, language),
        ]
        out += "| " + totals.joined(separator: " | ") + " |\n"
        return out
    }

    /// Keys: `quarters[]` (`quarter`, `status`, `gap`, `decidedBy`, `note`, `progressReported`,
    /// `teams[]` (`team`, `zielbild`, `recommended`, `worked`, `deviates`), `finished`,
    /// `spending`, `ownShare`, `quarterCap`, `totalBudgetBefore`; euros as numbers, null when
    /// unknown; `indicators[]` when the record has any, see `HistoryIndicators.json`),
    /// `totalSpending`, `totalOwnShare`.
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
                            ] + HistoryAudit.json(entry) + HistoryIndicators.json(entry))
                    })
            ),
            ("totalSpending", money(history.totalSpending)), ("totalOwnShare", money(history.totalOwnShare)),
        ])
    }
}
