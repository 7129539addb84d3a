import SprintModel

/// The decision paper's short KPI section: per indicator its Lösung (or measure), baseline,
/// target, latest actual and whether that is on track against the planned path the chart
/// draws (`IndicatorPath`); in HTML the report's charts below the table. Absent when the
/// scenario declares no indicators, so such papers keep their bytes.
extension IndicatorSection {
    static func paper(into doc: inout Document, scenario: Scenario, language: ReportLanguage) {
        let rows = rows(scenario)
        guard !rows.isEmpty else { return }
        let w = IndicatorWords(language: language)
        doc.heading(2, w.heading)
        doc.paragraph(.plain(w.onTrackDefinition))
        let header = header(w)
        doc.table(
            header: [header[1], header[0], header[2], header[3], header[5], header[4], w.onTrackColumn],
            rows: rows.map { row in
                paperCells(row, IndicatorPath(row.indicator, horizonStart: scenario.horizon.start), w).map {
                    [.plain($0)]
                }
            })
        doc.figures(
            rows.map { IndicatorChart.render($0.indicator, start: scenario.horizon.start, language: language) })
    }

    /// The report's cells (`cells`) in the paper's order, with the on-track verdict in place of
    /// the achievement.
    static func paperCells(_ row: Row, _ path: IndicatorPath, _ w: IndicatorWords) -> [String] {
        let cells = cells(row, w)
        guard let latest = path.latest() else {
            return [cells[1], cells[0], cells[2], cells[3], cells[5], w.noActualYet, "–"]
        }
        return [
            cells[1], cells[0], cells[2], cells[3], cells[5], cells[4],
            w.onTrack(latest.onTrack, planned: latest.planned),
        ]
    }
}
