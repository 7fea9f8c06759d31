import Hummingbird

/// The lookup page (`/`) and the API's OpenAPI document (`/openapi.json`), both from the binary.
struct PageRoutes: Sendable {
    let settings: ServerSettings

    func add(to router: Router<OnymRequestContext>) {
        router.get("/") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: LookupPage.html)))
        }
        router.get("/openapi.json") { _, _ in Response.json(OpenAPIDocument.json(version: settings.version)) }
    }
}
