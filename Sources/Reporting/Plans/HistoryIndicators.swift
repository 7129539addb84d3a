import Planner
import ScenarioIO
import SprintModel

/// A recorded quarter's KPI table in `history`: the record's indicators with the values the
/// quarter's progress file reported (or the record's own), as text, Markdown and JSON. Empty
/// for quarters whose record has no indicators, so other histories keep their bytes.
enum HistoryIndicators {
    static func text(_ entry: DecisionHistory.Entry, _ language: ReportLanguage) -> [String] {
        guard !entry.indicators.isEmpty else { return [] }
        let w = IndicatorWords(language: language, canonicalQuarters: true)
        let columns = w.textColumns
        var table = TextTable(
            columns: [.init(columns[0], maximumWidth: 18), .init(columns[1], maximumWidth: 13)]
                + columns.dropFirst(2).map { .init($0, .right) }, indent: "  ")
        for line in entry.indicators {
            table.add(
                w.textCells(
                    line.indicator, actual: line.actual, actualQuarter: line.actualQuarter,
                    achievement: line.achievement, current: entry.record.quarter))
        }
        return ["  \(w.historyHeading) (\(w.textNote(w.quarter(entry.record.quarter)))):"] + table.render()
    }

    static func markdown(_ entry: DecisionHistory.Entry, _ language: ReportLanguage) -> String {
        guard !entry.indicators.isEmpty else { return "" }
        let w = IndicatorWords(language: language, canonicalQuarters: true)
        let header = w.columns.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        var out = "\n**\(w.historyHeading)**\n\n| " + header.joined(separator: " | ") + " |\n"
        out += "|---|---|---:|---:|---:|---:|\n"
        for line in entry.indicators {
            out += "| " + cells(line, w).map(VisibleText.markdownCell).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// `indicators[]`: `id`, `name`, `unit`, `baseline`, `target`, `targetDate`, `direction`,
    /// `actual`, `actualQuarter`, `reported` (from the quarter's progress file), `achievement`
    /// (0…1); null when unknown. Nothing when the record has no indicators.
    static func json(_ entry: DecisionHistory.Entry) -> [(String, OutputJSON)] {
        guard !entry.indicators.isEmpty else { return [] }
        let lines = entry.indicators.map { line -> OutputJSON in
            let indicator = line.indicator
            let fields: [(String, OutputJSON)] = [
                ("id", .string(indicator.id)), ("name", .string(indicator.name)), ("unit", .string(indicator.unit)),
                ("baseline", .number(indicator.baseline)), ("target", .number(indicator.target)),
                ("targetDate", .string(indicator.targetDate.description)),
                ("direction", .string(indicator.direction.rawValue)),
                ("actual", line.actual.map { .number($0) } ?? .null),
                ("actualQuarter", .optional(line.actualQuarter?.description)), ("reported", .bool(line.reported)),
                ("achievement", line.achievement.map { .number($0) } ?? .null),
            ]
            return .object(fields)
        }
        return [("indicators", .array(lines))]
    }

    /// The row. The actual's quarter is shown rather than where it came from: a value reported
    /// late describes an earlier quarter, and that is what a reader needs (JSON has `reported`).
    static func cells(_ line: DecisionHistory.IndicatorLine, _ w: IndicatorWords) -> [String] {
        w.cells(line.indicator, actual: line.actual, actualQuarter: line.actualQuarter, achievement: line.achievement)
    }
}
