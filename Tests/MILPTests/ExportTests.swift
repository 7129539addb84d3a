import Foundation
import GLPKSolver
import MILP
import Testing

/// Exported LP and MPS files must mean the same model: `glpsol` (GLPK's stand-alone solver,
/// Debian `glpk-utils`) reads each file back and must find the same optimum.
@Suite("LP and MPS export")
struct ExportTests {
    enum Format: String, CaseIterable, Sendable {
        case lp, mps
    }

    /// Runs glpsol on a written file and returns the objective it reports, or nil if none.
    static func glpsolObjective(
        _ text: String, format: Format, maximize: Bool
    ) throws -> (status: String, objective: Double?) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sprintplan-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("model.\(format.rawValue)")
        let output = folder.appendingPathComponent("solution.txt")
        try text.write(to: input, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        var arguments = ["glpsol", format == .lp ? "--lp" : "--freemps", input.path, "-o", output.path]
        if format == .mps && maximize { arguments.append("--max") }
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard let report = try? String(contentsOf: output, encoding: .utf8) else {
            return ("glpsol could not read the file (exit \(process.terminationStatus))", nil)
        }
        let status =
            report.split(separator: "\n").first { $0.hasPrefix("Status:") }.map {
                String($0.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            } ?? ""
        let objectiveLine = report.split(separator: "\n").first { $0.hasPrefix("Objective:") && $0.contains("=") }
        let objective = objectiveLine.flatMap { line in
            Double(line.split(separator: "=")[1].trimmingCharacters(in: .whitespaces).split(separator: " ")[0])
        }
        return (status, objective)
    }

    @Test("glpsol reads the file back and finds the same optimum", arguments: try ConformanceModels.all())
    func roundTrip(_ testCase: ConformanceModels.Case) throws {
        for format in Format.allCases {
            let text = format == .lp ? LPWriter.write(testCase.model) : MPSWriter.write(testCase.model, dialect: .glpk)
            let read = try Self.glpsolObjective(text, format: format, maximize: testCase.model.sense == .maximize)
            switch testCase.expected {
            case .optimal(let value):
                #expect(read.status.contains("OPTIMAL"), "\(format): \(read.status)\n\(text)")
                #expect(read.objective == value, "\(format): \(String(describing: read.objective))\n\(text)")
            case .infeasible:
                #expect(
                    read.status.contains("EMPTY") || read.status.contains("INFEASIBLE"), "\(format): \(read.status)")
            case .unbounded:
                #expect(
                    read.status.contains("UNBOUNDED") || read.status.contains("UNDEFINED"), "\(format): \(read.status)")
            }
        }
    }

    @Test func aLargerModelRoundTripsWithNamesPreserved() throws {
        let model = try HardInstances.multidimensionalKnapsack(items: 30, dimensions: 3)
        let ours = GLPKSolver().solve(model, options: SolveOptions())
        for format in Format.allCases {
            let text = format == .lp ? LPWriter.write(model) : MPSWriter.write(model, dialect: .glpk)
            #expect(text.contains("take_29") && text.contains("capacity_2"))
            let read = try Self.glpsolObjective(text, format: format, maximize: true)
            #expect(
                abs((read.objective ?? .nan) - (ours.objective ?? .nan)) < 1e-6 * abs(ours.objective ?? 1), "\(format)")
        }
    }

    @Test func standardMPSStatesTheSenseAndGLPKDialectDoesNot() throws {
        let model = try ConformanceModels.knapsack().model
        #expect(MPSWriter.write(model).contains("OBJSENSE\n    MAX"))
        #expect(!MPSWriter.write(model, dialect: .glpk).contains("OBJSENSE"))
    }

    @Test func writingIsDeterministic() throws {
        let model = try ConformanceModels.facilityLocation().model
        #expect(LPWriter.write(model) == LPWriter.write(model))
        #expect(MPSWriter.write(model) == MPSWriter.write(try ConformanceModels.facilityLocation().model))
    }
}
