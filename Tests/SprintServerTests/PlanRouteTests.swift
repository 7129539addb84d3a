import Foundation
import GLPKSolver
import HTTPTypes
import HummingbirdTesting
import Planner
import Reporting
import ScenarioIO
import Scoring
import SprintServer
import Testing

/// Plans, what-ifs, jobs and explanations through the API, against the CLI's own renderers.
@Suite(.serialized) struct PlanRouteTests {
    @Test func theBasePlanHasTheOverviewTheRoadmapAndTheCLIJSON() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let job = try await ServerFixture.plan(client, csrf: try await fixture.csrf(client))
            #expect(job["state"] as? String == "done")
            let result = try #require(job["result"] as? [String: Any])
            let overview = try #require(result["overview"] as? [String: Any])
            #expect(overview["quarter"] as? String == "2027-Q1")
            #expect((overview["proofText"] as? String)?.contains("optimal") == true)
            let caps = try #require(overview["caps"] as? [[String: Any]])
            #expect(caps.filter { $0["tightest"] as? Bool == true }.count == 1)
            #expect(caps.count == 4)
            let roadmap = try #require(result["roadmap"] as? [String: Any])
            #expect((roadmap["teams"] as? [Any])?.count == 12)
            #expect(result["difference"] == nil)
            // The plan part is the CLI's `plan --format json` (solve time aside).
            let plan = try #require(result["plan"] as? [String: Any])
            #expect(plan["status"] as? String == "optimal")
            #expect(plan["quarters"] as? [String] == ["2027-Q1", "2027-Q2"])
        }
    }

    @Test func thePlanEndpointAnswersWithTheCLIsJSON() async throws {
        let fixture = try ServerFixture()
        let loaded = ScenarioLoader.load(file: fixture.folder.appendingPathComponent("myk10.json").path)
        let scenario = try #require(loaded.scenario)
        let planner = Planner(
            scenario: scenario, scores: Scorer(scenario: scenario, method: .weightedSum).scoreSheet(),
            solver: GLPKSolver())
        guard case .plan(let plan) = planner.plan(PlanningOptions(quarters: 2)) else {
            Issue.record("MYK10 has a plan")
            return
        }
        let expected = PlanJSON.render(plan, excluded: planner.excludedMeasures(), stable: true).rendered()
        try await fixture.test { client in
            try await client.execute(uri: "/api/scenarios/myk10.json/plan", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                // The same renderer, so the same members; timing and search statistics vary by run.
                let served = try ServerFixture.object(response)
                let cli = try #require(
                    try JSONSerialization.jsonObject(with: Data(expected.utf8)) as? [String: Any])
                #expect(served.keys.sorted() == cli.keys.sorted())
                for key in ["status", "objective", "quarters", "assignments", "completions", "money", "excluded"] {
                    #expect(
                        (served[key] as? NSObject) == (cli[key] as? NSObject), "\(key)")
                }
            }
        }
    }

    @Test func aPinIsShownAsADifferenceFromTheBasePlan() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let csrf = try await fixture.csrf(client)
            _ = try await ServerFixture.plan(client, csrf: csrf)
            let job = try await ServerFixture.plan(client, csrf: csrf, changes: "{\"pins\": [\"T4=M07@2027-Q1\"]}")
            let result = try #require(job["result"] as? [String: Any])
            let difference = try #require(result["difference"] as? [String: Any])
            let changed = try #require(difference["changed"] as? [[String: Any]])
            #expect(changed.contains { $0["team"] as? String == "T4" && $0["after"] as? String == "M07" })
            #expect(difference["valueDelta"] as? Double ?? 0 <= 0)
            let overview = try #require(result["overview"] as? [String: Any])
            #expect((overview["whatIf"] as? String)?.contains("T4 → M07") == true)
        }
    }

    @Test func aWrongWhatIfGetsTheCLIsLocatedErrors() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let csrf = try await fixture.csrf(client)
            let cases: [(String, HTTPResponse.Status, String)] = [
                ("{\"changes\": {\"pins\": [\"T99=M07\"]}}", .unprocessableContent, "unknown-id"),
                ("{\"changes\": {\"pins\": [\"T4\"]}}", .unprocessableContent, "what-if-syntax"),
                (
                    "{\"changes\": {\"pins\": [\"T4=M07\"], \"forbids\": [\"T4=M07\"]}}", .unprocessableContent,
                    "contradictory-locks"
                ),
                ("{\"changes\": {\"pin\": []}}", .badRequest, "unknown-key"),
                ("{\"changes\": {\"pins\": [4]}}", .badRequest, "type-mismatch"),
                ("{\"changes\": [}", .badRequest, "syntax"),
                ("[]", .badRequest, "type-mismatch"),
            ]
            for (body, status, code) in cases {
                try await client.execute(
                    uri: "/api/scenarios/myk10.json/plans", method: .post, headers: ServerFixture.change(csrf),
                    body: ServerFixture.body(body)
                ) { response in
                    #expect(response.status == status, "\(body)")
                    #expect((try? ServerFixture.errorCode(response)) == code, "\(body)")
                    #expect(!ServerFixture.text(response).contains("Swift"), "no stack trace")
                }
            }
            try await client.execute(
                uri: "/api/scenarios/myk10.json/plans", method: .post, headers: ServerFixture.change(csrf),
                body: ServerFixture.body("{\"changes\": [}")
            ) { response in
                let errors = try #require(try ServerFixture.object(response)["errors"] as? [[String: Any]])
                #expect(errors.first?["line"] as? Int == 1)
                #expect((errors.first?["text"] as? String)?.hasPrefix("error[syntax]") == true)
            }
        }
    }

    @Test func aWaitingJobCanBeCancelled() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let csrf = try await fixture.csrf(client)
            var ids: [String] = []
            for changes in ["{\"pins\": [\"T4=M07\"]}", "{\"forbids\": [\"T4=M42\"]}"] {
                try await client.execute(
                    uri: "/api/scenarios/myk10.json/plans", method: .post, headers: ServerFixture.change(csrf),
                    body: ServerFixture.body("{\"changes\": \(changes)}")
                ) { ids.append(try #require(try ServerFixture.object($0)["id"] as? String)) }
            }
            try await client.execute(uri: "/api/jobs/\(ids[1])", method: .delete, headers: ServerFixture.change(csrf)) {
                #expect((try? ServerFixture.object($0)["state"] as? String) == "cancelled")
            }
            try await client.execute(uri: "/api/health", method: .get) { #expect($0.status == .ok) }
            let first = try await ServerFixture.finished(client, job: ids[0])
            #expect(first["state"] as? String == "done")
            try await client.execute(uri: "/api/jobs/nope", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func whyNotAMeasureIsExplainedInTheCLIsJSON() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/api/scenarios/myk10.json/explain?measure=M07", method: .get) { response in
                #expect(response.status == .ok)
                #expect((try? ServerFixture.object(response)["measure"] as? String) == "M07")
            }
            try await client.execute(uri: "/api/scenarios/myk10.json/explain?measure=M99", method: .get) {
                #expect($0.status == .badRequest)
                #expect((try? ServerFixture.errorCode($0)) == "unknown-id")
            }
            try await client.execute(uri: "/api/scenarios/myk10.json/explain?team=T4", method: .get) {
                #expect((try? ServerFixture.errorCode($0)) == "usage")
            }
        }
    }

    @Test func theDecisionEndpointAnswersWithTheCLIsJSON() async throws {
        try await ServerFixture().test { client in
            try await client.execute(uri: "/api/scenarios/myk10.json/decision", method: .get) { response in
                #expect(response.status == .ok)
                let decision = try ServerFixture.object(response)
                #expect(decision["quarter"] as? String == "2027-Q1")
                #expect((decision["decisions"] as? [Any])?.count == 12)
            }
            try await client.execute(uri: "/api/scenarios/myk10.json/decision?quarter=2031-Q9", method: .get) {
                #expect($0.status == .badRequest)
                #expect((try? ServerFixture.errorCode($0)) == "invalid-quarter")
            }
        }
    }
}
