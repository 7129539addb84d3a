/// The words of `select`'s table (`SelectionFormats.text`), in German and English.
struct SelectionWords {
    let language: ReportLanguage
    var de: Bool { language == .de }

    func head(status: String, gap: String, value: String, bound: String) -> String {
        de
            ? "Auswahl: \(status), Lücke \(gap), Wert \(value), Schranke \(bound)"
            : "Selection: \(status), gap \(gap), value \(value), bound \(bound)"
    }
    var cost: String { de ? "Kosten" : "cost" }
    var of: String { de ? "von" : "of" }
    var ownShare: String { de ? "Eigenanteil" : "own share" }
    var leastCost: String { de ? " (geringste Kosten für diesen Wert)" : " (least cost for this value)" }
    var leastCostNotProven: String {
        de ? " (geringste Kosten nicht nachgewiesen)" : " (least cost not proven)"
    }
    var nothingToCheck: String { de ? "Prüfung: keine Auswahl zu prüfen" : "Check: no selection to check" }
    var invalid: String { de ? "Prüfung: UNGÜLTIG: " : "Check: INVALID: " }
    func valid(value: String, measures: String, bundles: String) -> String {
        de
            ? "Prüfung: gültig; Wert \(value) = Maßnahmen \(measures) + Lösungen \(bundles)"
            : "Check: valid; value \(value) = measures \(measures) + Lösungen \(bundles)"
    }
    func measures(_ count: Int) -> String {
        de ? "\(count) Maßnahme\(count == 1 ? "" : "n")" : "\(count) measure\(count == 1 ? "" : "s")"
    }
    var bundlesCompleted: String { de ? "Vollständige Lösungen: " : "Lösungen completed: " }
    var none: String { de ? "keine" : "none" }
}
