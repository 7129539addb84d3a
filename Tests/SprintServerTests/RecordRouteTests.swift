import Foundation
import HTTPTypes
import HummingbirdTesting
import SprintServer
import Testing

/// Saved what-ifs, recorded decisions (one wins, the other is told), history, the paper.
@Suite(.serialized) struct RecordRouteTests {
    @Test func aWhatIfIsSavedAsAnExtendsFileAndNeverReplaced() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let csrf = try await fixture.csrf(client)
            let body = ServerFixture.body("{\"file\": \"t4-m07.json\", \"changes\": {\"pins\": [\"T4=M07@2027-Q1\"]}}")
            try await client.execute(
                uri: "/api/scenarios/myk10.json/whatifs", method: .post, headers: ServerFixture.change(csrf), body: body
            ) { #expect($0.status == .created) }
            let saved = try String(contentsOf: fixture.folder.appendingPathComponent("t4-m07.json"), encoding: .utf8)
            #expect(saved.contains("\"extends\": \"myk10.json\""))
            #expect(saved.contains("M07"))
            try await client.execute(
                uri: "/api/scenarios/myk10.json/whatifs", method: .post, headers: ServerFixture.change(csrf), body: body
            ) { response in
                #expect(response.status == .conflict)
                #expect((try? ServerFixture.errorCode(response)) == "exists")
            }
            // The saved file is a scenario of the folder now, and compares with its base.
            try await client.execute(uri: "/api/scenarios", method: .get) { response in
                #expect(ServerFixture.text(response).contains("t4-m07.json"))
            }
            try await client.execute(uri: "/api/scenarios/myk10.json/compare?with=t4-m07.json", method: .get) {
                let inputs = try #require(try ServerFixture.object($0)["inputs"] as? [[String: Any]])
                #expect(!inputs.isEmpty)
            }
            try await client.execute(
                uri: "/api/scenarios/myk10.json/whatifs", method: .post, headers: ServerFixture.change(csrf),
                body: ServerFixture.body("{\"file\": \"empty.json\"}")
            ) { #expect((try? ServerFixture.errorCode($0)) == "usage") }
        }
    }

    @Test func twoBrowsersRecordingOneQuarterOneWinsTheOtherIsTold() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let csrf = try await fixture.csrf(client)
            let statuses = try await withThrowingTaskGroup(of: (HTTPResponse.Status, String).self) { group in
                for person in ["Lenkungsgruppe Z1", "Lenkungsgruppe Z2"] {
                    group.addTask {
                        try await client.execute(
                            uri: "/api/scenarios/myk10.json/decisions", method: .post,
                            headers: ServerFixture.change(csrf),
                            body: ServerFixture.body("{\"decidedBy\": \"\(person)\", \"note\": \"Sitzung\"}")
                        ) { ($0.status, ServerFixture.text($0)) }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0.0 == .created }.count == 1)
            let loser = try #require(statuses.first { $0.0 == .conflict })
            #expect(loser.1.contains("recorded-already"))
            #expect(loser.1.contains("by Lenkungsgruppe"))
            let record = fixture.records.appendingPathComponent("decision-2027-Q1.json")
            #expect(FileManager.default.fileExists(atPath: record.path))
            try await client.execute(uri: "/api/history", method: .get) { response in
                let quarters = try #require(try ServerFixture.object(response)["quarters"] as? [[String: Any]])
                #expect(quarters.first?["quarter"] as? String == "2027-Q1")
                #expect(quarters.first?["note"] as? String == "Sitzung")
            }
        }
    }

    @Test func withoutARecordFolderNothingIsRecorded() async throws {
        let fixture = try ServerFixture(recording: false)
        try await fixture.test { client in
            try await client.execute(
                uri: "/api/scenarios/myk10.json/decisions", method: .post,
                headers: ServerFixture.change(try await fixture.csrf(client)), body: ServerFixture.body("{}")
            ) { response in
                #expect(response.status == .conflict)
                #expect((try? ServerFixture.errorCode(response)) == "no-record-folder")
            }
            try await client.execute(uri: "/api/history", method: .get) {
                #expect((try? ServerFixture.object($0)["quarters"] as? [Any]) != nil)
            }
        }
    }

    @Test func theDecisionPaperIsAPrintablePage() async throws {
        try await ServerFixture().test { client in
            try await client.execute(uri: "/api/scenarios/myk10.json/paper", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                let html = ServerFixture.text(response)
                #expect(html.contains("<h1>Beschlussvorlage"))
                #expect(html.contains("<table>"))
            }
            try await client.execute(uri: "/api/scenarios/myk10.json/paper?lang=en", method: .get) { response in
                #expect(ServerFixture.text(response).contains("<h1>Decision paper"))
            }
        }
    }
}
