import SprintModel

/// Where the group decided otherwise than recommended (`decide --override`), worded in German
/// and English from the record: the overridden teams with reason and who decided, then the
/// teams that move as a consequence, and what the overrides cost in value points.
public enum OverrideText {
    /// The measure with its name as the record knows it: `M07 Telemedizin-Station`.
    static func measure(_ id: String?, in record: DecisionRecord, _ language: ReportLanguage) -> String {
        guard let id else { return language == .de ? "keine Maßnahme" : "no measure" }
        return record.measure(id).map { "\(id) \($0.name)" } ?? id
    }

    static func quote(_ text: String, _ language: ReportLanguage) -> String {
        let flat = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        return language == .de ? "„\(flat)“" : "“\(flat)”"
    }

    /// One sentence per team whose decided measure is not the recommended one, in team order.
    static func sentences(_ record: DecisionRecord, _ language: ReportLanguage) -> [String] {
        let de = language == .de, recommended = record.recommended, decided = record.decided
        return record.decisions.compactMap { item -> String? in
            guard recommended[item.team] != decided[item.team] else { return nil }
            let now = measure(decided[item.team], in: record, language)
            let before = measure(recommended[item.team], in: record, language)
            guard let reason = record.overrides.last(where: { $0.team == item.team })?.reason else {
                return de
                    ? "\(item.team) folgt daraus: \(now) statt der empfohlenen \(before)"
                    : "\(item.team) follows from it: \(now) instead of the recommended \(before)"
            }
            let by = record.decidedBy.map { de ? ", beschlossen von \($0)" : ", decided by \($0)" } ?? ""
            return de
                ? "Abweichung \(item.team): \(now) statt der empfohlenen \(before)\(by); "
                    + "Grund: \(quote(reason, language))"
                : "override \(item.team): \(now) instead of the recommended \(before)\(by); "
                    + "reason: \(quote(reason, language))"
        }
    }

    /// The value the overrides give up: the recommended plan's objective less the decided one's.
    static func cost(_ points: Double?, _ language: ReportLanguage) -> String? {
        guard let points else { return nil }
        let figure = language == .de ? language.number(points, digits: 2) : FixedDecimal.string(points, digits: 2)
        return language == .de
            ? "Der beschlossene Plan ist \(figure) Punkte weniger wert als der empfohlene "
                + "(Zielfunktionswert über den Planungszeitraum)."
            : "The decided plan is worth \(figure) points less than the recommended one (objective over the horizon)."
    }

    /// The block `decide` prints after the recommendation when the group overrode it.
    public static func text(_ record: DecisionRecord, valueGivenUp: Double?, language: ReportLanguage) -> String {
        let title = language == .de ? "Beschluss abweichend von der Empfehlung" : "Decided otherwise than recommended"
        let lines =
            sentences(record, language).map { "  " + $0 } + (cost(valueGivenUp, language).map { ["  " + $0] } ?? [])
        return "\n" + title + ":\n" + lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ record: DecisionRecord, valueGivenUp: Double?, language: ReportLanguage) -> String {
        let title = language == .de ? "Beschluss abweichend von der Empfehlung" : "Decided otherwise than recommended"
        let items = sentences(record, language) + (cost(valueGivenUp, language).map { [$0] } ?? [])
        return "\n## \(title)\n\n" + items.map { "- " + VisibleText.markdownCell($0) + "\n" }.joined()
    }
}
