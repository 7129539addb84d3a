import Foundation
import HTTPTypes
import HummingbirdTesting
import SprintServer
import Testing

/// The guard in front of every route: token, Host, Origin, CSRF value, body size, paths.
@Suite struct SecurityTests {
    @Test func healthAnswersWithoutAnything() async throws {
        try await ServerFixture().test { client in
            try await client.execute(uri: "/api/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect((try? ServerFixture.object(response)["status"] as? String) == "ok")
            }
        }
    }

    @Test func aChangeWithoutTheCSRFValueIsRefused() async throws {
        try await ServerFixture().test { client in
            try await client.execute(
                uri: "/api/scenarios/myk10.json/plans", method: .post, headers: [.contentType: "application/json"],
                body: ServerFixture.body("{}")
            ) { response in
                #expect(response.status == .forbidden)
                #expect((try? ServerFixture.errorCode(response)) == "csrf")
            }
        }
    }

    @Test func aChangeFromAnotherOriginIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            var headers = ServerFixture.change(try await fixture.csrf(client))
            headers[.origin] = "http://evil.example"
            try await client.execute(
                uri: "/api/scenarios/myk10.json/plans", method: .post, headers: headers, body: ServerFixture.body("{}")
            ) { response in
                #expect(response.status == .forbidden)
                #expect((try? ServerFixture.errorCode(response)) == "origin")
            }
        }
    }

    @Test func withATokenEveryRequestNeedsIt() async throws {
        let token = "a-long-enough-secret-token"
        try await ServerFixture(token: token).test { client in
            try await client.execute(uri: "/api/health", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect((try? ServerFixture.errorCode(response)) == "token")
            }
            try await client.execute(uri: "/", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/health", method: .get, headers: [.authorization: "Bearer wrong"]) {
                #expect($0.status == .unauthorized)
            }
            try await client.execute(uri: "/api/health", method: .get, headers: [.authorization: "Bearer \(token)"]) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/?token=\(token)", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test func anotherHostNeedsALongToken() {
        var configuration = ServeConfiguration(scenarioPath: "x.json", host: "0.0.0.0", toolVersion: "test")
        #expect(configuration.problem?.contains("--token") == true)
        configuration.token = "short"
        #expect(configuration.problem?.contains("16") == true)
        configuration.token = "a-long-enough-secret-token"
        #expect(configuration.problem == nil)
        #expect(ServeConfiguration(scenarioPath: "x.json", toolVersion: "test").problem == nil)
    }

    @Test func aLargeBodyIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let csrf = try await fixture.csrf(client)
            let large = "{\"changes\": {\"pins\": [\"" + String(repeating: "x", count: 70_000) + "\"]}}"
            try await client.execute(
                uri: "/api/scenarios/myk10.json/plans", method: .post, headers: ServerFixture.change(csrf),
                body: ServerFixture.body(large)
            ) { response in
                #expect(response.status == .contentTooLarge)
                #expect((try? ServerFixture.errorCode(response)) == "too-large")
            }
        }
    }

    @Test(arguments: [
        "/api/scenarios/..%2F..%2F..%2Fetc%2Fpasswd/scores", "/api/scenarios/%2Fetc%2Fpasswd/validate",
        "/api/scenarios/..%2Fmyk10%2Fmyk10.json/scores", "/api/scenarios/.hidden.json/scores",
        "/api/scenarios/schema/validate",
    ])
    func noPathOutsideTheFolderCanBeRead(_ uri: String) async throws {
        try await ServerFixture().test { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .notFound)
                #expect(!ServerFixture.text(response).contains("root:"))
            }
        }
    }

    @Test(arguments: ["../evil.json", "sub/evil.json", ".evil.json", "evil.txt", "/tmp/evil.json", "..json"])
    func noPathOutsideTheFolderCanBeWritten(_ file: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let csrf = try await fixture.csrf(client)
            let body = "{\"file\": \"\(file)\", \"changes\": {\"pins\": [\"T4=M07\"]}}"
            try await client.execute(
                uri: "/api/scenarios/myk10.json/whatifs", method: .post, headers: ServerFixture.change(csrf),
                body: ServerFixture.body(body)
            ) { response in
                #expect(response.status == .badRequest)
                #expect((try? ServerFixture.errorCode(response)) == "invalid-file-name")
            }
        }
        let parent = fixture.folder.deletingLastPathComponent()
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("evil.json").path))
    }

    @Test func anUnknownRouteIsAJSONNotFound() async throws {
        try await ServerFixture().test { client in
            try await client.execute(uri: "/api/nothing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect((try? ServerFixture.errorCode(response)) == "not-found")
            }
        }
    }
}
