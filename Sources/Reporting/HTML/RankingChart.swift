import Scoring
import SprintModel

/// A Zielbild's best measures as horizontal bars of their score, split into each criterion's
/// contribution. Segments carry the criterion's number (see the legend), so the chart does not
/// depend on colour.
enum RankingChart {
    static let shown = 12

    static func render(_ ranking: ZielbildRanking, criteria: [Criterion], language: ReportLanguage) -> Markup {
        let entries = Array(ranking.ranked.prefix(shown))
        let labelWidth = 260.0, barSpace = 420.0, rowHeight = 20.0, top = 8.0
        let legendRows = (criteria.count + 2) / 3
        let width = labelWidth + barSpace + 60,
            height = top + Double(entries.count) * rowHeight + 14 + Double(legendRows) * 16
        let largest = max(entries.map(\.score).max() ?? 0, 1e-9)
        let number = Dictionary(criteria.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var svg = Markup()
        ChartStyle.svgOpen(
            &svg, width: width, height: height, label: "\(ranking.zielbild.id): \(language.text(.topMeasures))")
        var y = top
        for entry in entries {
            ChartStyle.text(
                &svg, "\(entry.rank). \(entry.measure.id) \(RoadmapChart.cut(entry.measure.name, 34))", x: 0, y: y + 14)
            let parts = entry.contributions.filter { $0.value > 0 }
            let sum = parts.reduce(0) { $0 + $1.value }
            let length = entry.score / largest * barSpace
            var x = labelWidth
            for part in parts {
                let index = number[part.criterion.id] ?? 0
                let segment = sum > 0 ? part.value / sum * length : 0
                ChartStyle.rect(
                    &svg, x: x, y: y + 3, width: segment, height: rowHeight - 6,
                    fill: "url(#\(ChartStyle.pattern(index)))",
                    stroke: ChartStyle.colour(index),
                    title: "\(part.criterion.label): \(language.number(part.value, digits: 3))")
                if segment >= 14 {
                    ChartStyle.text(&svg, "\(index + 1)", x: x + segment / 2, y: y + 14, anchor: "middle", size: 9)
                }
                x += segment
            }
            ChartStyle.text(&svg, language.number(entry.score, digits: 3), x: labelWidth + length + 4, y: y + 14)
            y += rowHeight
        }
        y += 10
        for (index, criterion) in criteria.enumerated() {
            let x = Double(index % 3) * 240, rowY = y + Double(index / 3) * 16
            ChartStyle.rect(
                &svg, x: x, y: rowY, width: 14, height: 11, fill: "url(#\(ChartStyle.pattern(index)))",
                stroke: ChartStyle.colour(index))
            ChartStyle.text(&svg, "\(index + 1) \(RoadmapChart.cut(criterion.label, 32))", x: x + 18, y: rowY + 10)
        }
        svg.close("svg")
        return svg
    }
}
