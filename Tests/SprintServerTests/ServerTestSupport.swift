import Foundation
import GLPKSolver
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Reporting
import SprintServer
import Testing

/// A meeting server over a copy of the MYK10 folder in a temporary folder (so saved what-ifs
/// and records stay there), planning two quarters to keep the tests quick, driven through
/// Hummingbird's router test client.
struct ServerFixture {
    let folder: URL
    let records: URL
    let server: MeetingServer

    init(token: String? = nil, recording: Bool = true, host: String = "127.0.0.1") throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        folder = root.appendingPathComponent("scenarios")
        records = root.appendingPathComponent("records")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scenarios/myk10")
        try FileManager.default.copyItem(at: source, to: folder)
        let configuration = ServeConfiguration(
            scenarioPath: folder.appendingPathComponent("myk10.json").path,
            recordFolder: recording ? records.path : nil, host: host, port: 8080, token: token,
            language: .de, timeLimit: 60, quarters: 2, toolVersion: "test")
        server = MeetingServer(configuration: configuration, solver: GLPKSolver())
    }

    /// Runs `test` against the server's router.
    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: server.router())
        try await app.test(.router) { client in try await body(client) }
    }

    /// The CSRF value the page carries.
    func csrf(_ client: some TestClientProtocol) async throws -> String {
        try await client.execute(uri: "/api/session", method: .get) { response in
            try #require(ServerFixture.object(response)["csrf"] as? String)
        }
    }

    static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    static func text(_ response: TestResponse) -> String {
        String(decoding: response.body.readableBytesView, as: UTF8.self)
    }

    /// The first problem's code of an error answer.
    static func errorCode(_ response: TestResponse) throws -> String? {
        let errors = try #require(object(response)["errors"] as? [[String: Any]])
        return errors.first?["code"] as? String
    }

    static func body(_ json: String) -> ByteBuffer { ByteBuffer(string: json) }

    /// Headers of a state-changing request from the page.
    static func change(_ csrf: String) -> HTTPFields {
        [.contentType: "application/json", HTTPField.Name("X-Sprintplan-CSRF")!: csrf]
    }

    /// Submits a plan and polls its job until it has ended.
    static func plan(
        _ client: some TestClientProtocol, csrf: String, changes: String = "{}"
    ) async throws
        -> [String: Any]
    {
        let id = try await client.execute(
            uri: "/api/scenarios/myk10.json/plans", method: .post, headers: change(csrf),
            body: body("{\"changes\": \(changes)}")
        ) { response in
            #expect(response.status == .accepted)
            return try #require(object(response)["id"] as? String)
        }
        return try await finished(client, job: id)
    }

    static func finished(_ client: some TestClientProtocol, job id: String) async throws -> [String: Any] {
        while true {
            let job = try await client.execute(uri: "/api/jobs/\(id)", method: .get) { try object($0) }
            let state = job["state"] as? String
            if state != "queued" && state != "running" { return job }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}
