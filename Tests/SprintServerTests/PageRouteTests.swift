import Foundation
import HTTPTypes
import HummingbirdTesting
import Reporting
import SprintServer
import Testing

/// The page, its words, the scenario list, scores and inputs.
@Suite struct PageRouteTests {
    @Test func thePageIsServedWithItsAssetsAndNoCDN() async throws {
        try await ServerFixture().test { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                let html = ServerFixture.text(response)
                #expect(html.contains("<html lang=\"de\">"))
                #expect(html.contains("name=\"sprintplan-csrf\""))
                #expect(!html.contains("{{"))
                #expect(!html.contains("https://"))
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            }
            try await client.execute(uri: "/?lang=en", method: .get) {
                #expect(ServerFixture.text($0).contains("<html lang=\"en\">"))
            }
            try await client.execute(uri: "/?lang=fr", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect((try? ServerFixture.errorCode(response)) == "invalid-value")
            }
            for asset in ["/page.js", "/page.css"] {
                try await client.execute(uri: asset, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(!ServerFixture.text(response).contains("https://"))
                }
            }
        }
    }

    @Test func everyWordOfThePageExistsInBothLanguages() async throws {
        try await ServerFixture().test { client in
            let german = try await client.execute(uri: "/api/words?lang=de", method: .get) {
                try ServerFixture.object($0)
            }
            let english = try await client.execute(uri: "/api/words?lang=en", method: .get) {
                try ServerFixture.object($0)
            }
            #expect(Set(german.keys) == Set(english.keys))
            #expect(german.count == PageText.allCases.count)
            #expect(german["decide"] as? String == "Beschließen")
            #expect(english["decide"] as? String == "Decide")
        }
        // Every word the page asks for is in the catalogue.
        let script = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Sources/SprintServer/Page/index.html"),
            encoding: .utf8)
        let keys = Set(PageText.allCases.map(\.rawValue))
        for match in script.matches(of: /data-word="([A-Za-z]+)"/) { #expect(keys.contains(String(match.1))) }
    }

    @Test func theScenarioListNamesTheFoldersFiles() async throws {
        try await ServerFixture().test { client in
            try await client.execute(uri: "/api/scenarios", method: .get) { response in
                let list = try #require(try ServerFixture.object(response)["scenarios"] as? [[String: Any]])
                #expect(list.first?["name"] as? String == "myk10.json")
                #expect(list.contains { $0["name"] as? String == "budget-cut-25.json" })
            }
        }
    }

    @Test func scoresSensitivityAndValidationAreTheCLIsJSON() async throws {
        try await ServerFixture().test { client in
            try await client.execute(uri: "/api/scenarios/myk10.json/scores", method: .get) { response in
                let scores = try ServerFixture.object(response)
                #expect(scores["method"] as? String == "weighted-sum")
                #expect((scores["zielbilder"] as? [Any])?.count == 3)
            }
            try await client.execute(uri: "/api/scenarios/myk10.json/scores?method=best", method: .get) {
                #expect($0.status == .badRequest)
            }
            try await client.execute(uri: "/api/scenarios/myk10.json/sensitivity", method: .get) { response in
                #expect((try? ServerFixture.object(response)["samples"] as? Int) == 10_000)
            }
            try await client.execute(uri: "/api/scenarios/myk10.json/validate", method: .get) { response in
                let files = try #require(try ServerFixture.object(response)["files"] as? [[String: Any]])
                #expect(files.first?["valid"] as? Bool == true)
            }
        }
    }

    @Test func anInvalidScenarioGetsTheLoadersLocatedErrors() async throws {
        let fixture = try ServerFixture()
        try "{\"format\": \"sprintplan/1\", \"name\": 3}".write(
            to: fixture.folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        try await fixture.test { client in
            try await client.execute(uri: "/api/scenarios/broken.json/scores", method: .get) { response in
                #expect(response.status == .unprocessableContent)
                let errors = try #require(try ServerFixture.object(response)["errors"] as? [[String: Any]])
                #expect(!errors.isEmpty)
                #expect(errors.allSatisfy { $0["path"] != nil && ($0["text"] as? String)?.hasPrefix("error[") == true })
            }
        }
    }
}
