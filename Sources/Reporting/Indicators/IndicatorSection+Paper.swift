import SprintModel

/// The decision paper's short KPI section: per indicator its Lösung (or measure), baseline,
/// target, latest actual and whether that is on track against the planned path the chart
/// draws (`IndicatorPath`). No charts: the table states every figure, the report draws them,
/// and the paper stays on two printed pages (with the six MYK10-shared charts it took three).
/// Absent when the scenario declares no indicators, so such papers keep their bytes.
extension IndicatorSection {
    static func paper(into doc: inout Document, scenario: Scenario, language: ReportLanguage) {
        let rows = rows(scenario)
        guard !rows.isEmpty else { return }
        let w = IndicatorWords(language: language)
        doc.heading(2, w.heading)
        doc.paragraph(.plain(w.onTrackDefinition))
        let header = header(w)
        doc.table(
            header: [header[1], "\(header[0]) (\(header[2]))", header[3], header[5], header[4], w.onTrackColumn],
            rows: rows.map { row in
                paperCells(row, IndicatorPath(row.indicator, horizonStart: scenario.horizon.start), w).map {
                    [.plain($0)]
                }
            })
    }

    /// The report's cells (`cells`) in the paper's order, the owner by id, the unit beside the
    /// name, with the on-track verdict in place of the achievement.
    static func paperCells(_ row: Row, _ path: IndicatorPath, _ w: IndicatorWords) -> [String] {
        var cells = cells(row, w)
        // The owner by its id alone: the paper names the Lösungen elsewhere, and the narrow
        // column keeps the section short.
        cells[1] = String(cells[1].prefix { $0 != " " })
        // The unit beside the name: one column fewer.
        let name = "\(cells[0]) (\(cells[2]))"
        guard let latest = path.latest() else {
            return [cells[1], name, cells[3], cells[5], w.noActualYet, "–"]
        }
        return [cells[1], name, cells[3], cells[5], cells[4], w.onTrack(latest.onTrack, planned: latest.planned)]
    }
}
