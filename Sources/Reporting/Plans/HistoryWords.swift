import SprintModel

/// The words of `history`'s table and Markdown (`HistoryFormats`), in German and English; the
/// audit sentences are `HistoryAudit`'s.
struct HistoryWords {
    let language: ReportLanguage
    var de: Bool { language == .de }

    func noRecords(_ folder: String) -> String {
        de
            ? "Keine Entscheidungsprotokolle in \(folder) (Dateien decision-QUARTAL.json).\n"
            : "No decision records in \(folder) (files named decision-QUARTER.json).\n"
    }
    func quarters(_ count: Int) -> String {
        de ? "\(count) Quartal\(count == 1 ? "" : "e")" : "\(count) quarter\(count == 1 ? "" : "s")"
    }
    func heading(_ folder: String, count: Int, first: Quarter, last: Quarter) -> String {
        de
            ? "Entscheidungsverlauf in \(folder): \(quarters(count)), \(quarter(first)) … \(quarter(last))"
            : "Decision history in \(folder): \(quarters(count)), \(first) … \(last)"
    }
    func quarter(_ quarter: Quarter) -> String { de ? language.quarter(quarter) : quarter.description }

    /// The record's proof: its machine name in English (as before), in words in German.
    func status(_ proof: PlanProof, gap: Double?) -> String {
        guard de else { return "status \(proof.name)" + (gap.map { ", gap \(ReportNumber.percent($0, 2))" } ?? "") }
        return "Status \(PlanWords(language: language).status(.found(proof)))"
            + (gap.map { ", Lücke \(language.percent($0, digits: 2))" } ?? "")
    }
    func decidedBy(_ who: String) -> String { de ? "beschlossen von \(who)" : "decided by \(who)" }
    func progress(_ reported: Bool) -> String {
        switch (de, reported) {
        case (true, true): return "Fortschritt gemeldet"
        case (true, false): return "keine Fortschrittsdatei: die Entscheidung gilt als umgesetzt"
        case (false, true): return "progress reported"
        case (false, false): return "no progress file: the decision is assumed done"
        }
    }
    var team: String { de ? "Sprintteam" : "team" }
    var recommended: String { de ? "empfohlen" : "recommended" }
    var workedOn: String { de ? "bearbeitet" : "worked on" }
    var noneWorked: String { de ? "– (keine)" : "– (none)" }
    var finished: String { de ? "abgeschlossen: " : "finished: " }
    var none: String { de ? "keine" : "none" }
    func spent(_ spending: String, ownShare: String) -> String {
        de ? "ausgegeben \(spending) (Eigenanteil \(ownShare))" : "spent \(spending) (own share \(ownShare))"
    }
    func ofQuarterCap(_ cap: String) -> String {
        de ? " von der Quartalsgrenze \(cap)" : " of the quarter's cap \(cap)"
    }
    func over(_ amount: String) -> String { de ? ", \(amount) darüber" : ", \(amount) over it" }
    func budgetLeft(_ amount: String) -> String {
        de ? "; Gesamtbudget vor dem Quartal noch \(amount)" : "; total budget left before the quarter \(amount)"
    }
    var note: String { de ? "Notiz" : "note" }
    var summaryColumns: [String] {
        de
            ? ["Quartal", "Abweichungen", "abgeschl.", "ausgegeben", "Eigenanteil", "Quartalsgrenze"]
            : ["quarter", "deviations", "finished", "spent", "own share", "quarter cap"]
    }
    var total: String { de ? "Summe" : "total" }
    var deviationLegend: String {
        de
            ? "≠ das Team hat an etwas anderem gearbeitet als beschlossen (laut Fortschrittsdatei des Quartals)"
            : "≠ the team worked on something else than decided (from the quarter's progress file)"
    }
    var title: String { de ? "Entscheidungsverlauf" : "Decision history" }
    func records(_ folder: String, count: Int) -> String {
        de ? "Protokolle in `\(folder)`: \(quarters(count))." : "Records in `\(folder)`: \(quarters(count))."
    }
}
