import Foundation
import SprintModel

/// The acceptance file (`sprintplan-acceptance/1`) that `advance --accept-other-scenario`
/// writes into the decision record's folder: `acceptance-QUARTER.json`, and for a second
/// acceptance of the same quarter `acceptance-QUARTER-2.json`, … (never overwritten). Both
/// directions live here, like `DecisionRecordFile` for records.
public enum AcceptanceFile {
    public static let format = "sprintplan-acceptance/1"

    static let keys = [
        "format", "quarter", "record", "recordScenarioFile", "recordScenarioHash", "scenarioFile", "scenarioHash",
        "reason", "next", "toolVersion", "recordedAt",
    ]

    /// The file name of the `number`th acceptance of `quarter` (1: `acceptance-2027-Q1.json`).
    public static func fileName(for quarter: Quarter, number: Int) -> String {
        number == 1 ? "acceptance-\(quarter).json" : "acceptance-\(quarter)-\(number).json"
    }

    /// The quarter of an acceptance file name; nil for any other name.
    public static func quarter(ofFileName name: String) -> Quarter? {
        guard name.hasPrefix("acceptance-"), name.hasSuffix(".json") else { return nil }
        let body = String(name.dropFirst("acceptance-".count).dropLast(".json".count))
        guard body.count > 7 else { return Quarter(canonical: body) }
        let number = body.dropFirst(7)
        guard number.first == "-", let count = Int(number.dropFirst()), count >= 2 else { return nil }
        return Quarter(canonical: String(body.prefix(7)))
    }

    public static func encode(_ item: ScenarioAcceptance) -> OutputJSON {
        .object([
            ("format", .string(format)), ("quarter", .string(item.quarter.description)),
            ("record", .string(item.record)), ("recordScenarioFile", .string(item.recordScenarioFile)),
            ("recordScenarioHash", .string(item.recordScenarioHash)), ("scenarioFile", .string(item.scenarioFile)),
            ("scenarioHash", .string(item.scenarioHash)), ("reason", .string(item.reason)),
            ("next", .string(item.next)), ("toolVersion", .string(item.toolVersion)),
            ("recordedAt", .string(item.recordedAt)),
        ])
    }

    /// Writes `item` into `folder` under the first free acceptance name of its quarter (placed
    /// by `link(2)`, so concurrent writers never replace each other); returns the path.
    public static func write(_ item: ScenarioAcceptance, into folder: String) throws -> String {
        let bytes = Data(encode(item).rendered().utf8)
        let first = (folder as NSString).appendingPathComponent(fileName(for: item.quarter, number: 1))
        let temporary = try AtomicFile.temporaryCopy(of: bytes, beside: first)
        defer { unlink(temporary) }
        var number = 1
        while true {
            let path = (folder as NSString).appendingPathComponent(fileName(for: item.quarter, number: number))
            if link(temporary, path) == 0 {
                AtomicFile.syncFolder(of: path)
                return path
            }
            guard errno == EEXIST else { throw AtomicFile.error(errno) }
            number += 1
        }
    }

    public static func load(_ path: String) -> (acceptance: ScenarioAcceptance?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let root = RecordFiles.parse(path, into: &diagnostics) else { return (nil, diagnostics) }
        let context = DecodingContext()
        var acceptance: ScenarioAcceptance?
        if let reader = ObjectReader(root, path: "", keys: keys, context: context) {
            RecordFiles.checkFormat(reader, format)
            let quarter = reader.quarter("quarter", required: true)
            let texts = keys.dropFirst(2).map { reader.string($0, required: true) }
            if let quarter, texts.allSatisfy({ $0 != nil }) {
                let t = texts.map { $0! }
                acceptance = ScenarioAcceptance(
                    quarter: quarter, record: t[0], recordScenarioFile: t[1], recordScenarioHash: t[2],
                    scenarioFile: t[3], scenarioHash: t[4], reason: t[5], next: t[6], toolVersion: t[7],
                    recordedAt: t[8])
            }
        }
        diagnostics += context.diagnostics
        diagnostics.sort(by: Diagnostic.ordered)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (acceptance, diagnostics)
    }
}
