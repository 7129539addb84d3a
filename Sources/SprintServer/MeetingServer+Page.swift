import Foundation
import Hummingbird
import Reporting
import ScenarioIO

/// The page itself (HTML, CSS, JavaScript embedded in the binary: no CDN, works offline), the
/// health check, the word catalogue and the list of scenarios.
extension MeetingServer {
    func addPageRoutes(_ router: Router<BasicRequestContext>) {
        router.get("/") { request, _ -> Response in
            let language = try self.language(request)
            let html = String(decoding: PackageResources.index_html, as: UTF8.self)
                .replacingOccurrences(of: "{{LANG}}", with: language.rawValue)
                .replacingOccurrences(of: "{{CSRF}}", with: self.csrf)
                .replacingOccurrences(of: "{{TITLE}}", with: PageText.title.text(language))
            var response = Response.text(html, type: "text/html; charset=utf-8")
            response.headers[.contentSecurityPolicy] =
                "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
            return response
        }
        router.get("/page.css") { _, _ in
            Response.text(String(decoding: PackageResources.page_css, as: UTF8.self), type: "text/css; charset=utf-8")
        }
        router.get("/page.js") { _, _ in
            Response.text(
                String(decoding: PackageResources.page_js, as: UTF8.self), type: "text/javascript; charset=utf-8")
        }
        router.get("/api/health") { _, _ -> Response in
            let load = await self.jobs.load
            return .json(
                .object([
                    ("status", .string("ok")), ("solving", .int(Int64(load.running))),
                    ("queued", .int(Int64(load.queued))),
                ]))
        }
        router.get("/api/session") { request, _ -> Response in
            .json(
                .object([
                    ("csrf", .string(self.csrf)), ("language", .string(try self.language(request).rawValue)),
                    ("recording", .bool(self.configuration.recordFolder != nil)),
                ]))
        }
        router.get("/api/words") { request, _ -> Response in
            .json(.object(PageText.catalogue(try self.language(request)).map { ($0.0, OutputJSON.string($0.1)) }))
        }
        router.get("/api/scenarios") { _, _ -> Response in
            let names = self.folder.names()
            let entries: [OutputJSON] = names.map { name in
                let result = self.folder.cache.load((self.folder.folder as NSString).appendingPathComponent(name))
                return .object([
                    ("name", .string(name)),
                    ("title", .optional(result.scenario?.name)),
                    ("valid", .bool(result.scenario != nil)),
                    ("errors", .int(Int64(result.errors.count))),
                ])
            }
            return .json(.object([("scenarios", .array(entries))]))
        }
    }
}
