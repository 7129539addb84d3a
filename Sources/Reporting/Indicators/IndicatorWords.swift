import SprintModel

/// The words and cells of the KPI tables (`history` per quarter, the report's section
/// "Kennzahlen: Ziel und Ist"), in German and English.
struct IndicatorWords {
    let language: ReportLanguage
    var de: Bool { language == .de }

    var heading: String { de ? "Kennzahlen: Ziel und Ist" : "Indicators: target and actual" }
    var historyHeading: String { de ? "Kennzahlen" : "Indicators" }
    var columns: [String] {
        de
            ? ["Kennzahl", "Einheit", "Ausgangswert", "Ist", "Ziel", "Zielerreichung"]
            : ["indicator", "unit", "baseline", "actual", "target", "achievement"]
    }
    var owner: String { de ? "für" : "for" }
    var intro: String {
        de
            ? "Zielerreichung: Anteil des Wegs vom Ausgangswert zum Ziel, den der jüngste Ist-Wert zurückgelegt hat "
                + "(0–100 %); ≥ mehr ist besser, ≤ weniger ist besser."
            : "Achievement: the share of the way from baseline to target that the latest actual value has come "
                + "(0–100%); ≥ more is better, ≤ less is better."
    }
    /// An indicator without a realised value (paper and chart alike); the decision paper's last column and
    /// what "on track" means.
    var onTrackColumn: String { de ? "Im Plan?" : "On track?" }
    var noActualYet: String { de ? "noch kein Ist-Wert" : "no actual yet" }
    var onTrackDefinition: String {
        de
            ? "Im Plan, wenn der jüngste Ist-Wert mindestens das Soll erreicht: den Wert im Quartal des Ist-Werts "
                + "auf dem geraden Weg vom Ausgangswert (Beginn des Planungszeitraums) zum Ziel."
            : "On track when the latest actual reaches at least the planned value: the value in the actual's "
                + "quarter on the straight path from the baseline (start of the planning horizon) to the target."
    }

    /// "ja (Soll 23,33)" / "no (planned 23.33)": the answer to the column's question.
    func onTrack(_ onTrack: Bool, planned: Double) -> String {
        let figure = value(planned)
        if de { return (onTrack ? "ja" : "nein") + " (Soll \(figure))" }
        return (onTrack ? "yes" : "no") + " (planned \(figure))"
    }

    /// Under `history`'s terminal table: which quarter an actual without its own quarter describes.
    func textNote(_ quarter: String) -> String {
        de ? "Ist ohne Quartal: Stand \(quarter)" : "actual without a quarter: as of \(quarter)"
    }

    /// A value as people write it: whole numbers without decimals, others with up to two.
    func value(_ value: Double) -> String {
        for digits in 0...1 {
            let rounded = Double(FixedDecimal.string(value, digits: digits)) ?? .nan
            if abs(value - rounded) < 1e-9 { return language.number(value, digits: digits) }
        }
        return language.number(value, digits: 2)
    }

    /// English quarters as `history` writes them (`2027-Q1`) rather than as the report does
    /// (`2027 Q1`); German ones are `Q1/2027` in both.
    var canonicalQuarters = false

    func quarter(_ quarter: Quarter) -> String {
        canonicalQuarters && !de ? quarter.description : language.quarter(quarter)
    }

    /// "≥ 80 bis Q4/2028" / "≥ 80 by 2028 Q4"; with `unit`: "≥ 80 % bis Q4/2028".
    func target(_ indicator: Indicator, unit: Bool = false) -> String {
        let sign = indicator.direction == .increase ? "≥" : "≤"
        return "\(sign) \(value(indicator.target)) " + (unit ? indicator.unit + " " : "") + (de ? "bis " : "by ")
            + quarter(indicator.targetDate)
    }

    /// "42 (Q1/2027)" or "–".
    func actual(_ value: Double?, _ quarter: Quarter?) -> String {
        guard let value, let quarter else { return "–" }
        return "\(self.value(value)) (\(self.quarter(quarter)))"
    }

    func achievement(_ share: Double?) -> String { share.map { language.percent($0, digits: 1) } ?? "–" }

    /// The terminal's columns: narrower, so that the table fits 80 columns (the names are in
    /// the Markdown, JSON and the report).
    var textColumns: [String] {
        de
            ? ["Kennzahl", "Einheit", "Ausgang", "Ist", "Ziel", "bis", "erreicht"]
            : ["indicator", "unit", "baseline", "actual", "target", "by", "achieved"]
    }

    /// The terminal's cells: the actual's quarter only when it is not `current`'s.
    func textCells(
        _ indicator: Indicator, actual: Double?, actualQuarter: Quarter?, achievement: Double?, current: Quarter
    ) -> [String] {
        let sign = indicator.direction == .increase ? "≥" : "≤"
        let actualText = actualQuarter == current ? actual.map(value) ?? "–" : self.actual(actual, actualQuarter)
        return [
            indicator.id, indicator.unit, value(indicator.baseline), actualText, "\(sign) \(value(indicator.target))",
            quarter(indicator.targetDate), self.achievement(achievement),
        ]
    }

    /// The six cells of a row, in `columns` order.
    func cells(_ indicator: Indicator, actual: Double?, actualQuarter: Quarter?, achievement: Double?) -> [String] {
        [
            "\(indicator.id) \(indicator.name)", indicator.unit, value(indicator.baseline),
            self.actual(actual, actualQuarter), target(indicator), self.achievement(achievement),
        ]
    }
}
