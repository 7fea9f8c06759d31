import Foundation
import OnymGlossary
import OnymKit
import OnymLint
import OnymStore

/// `onym lsp`: the Language Server Protocol over one channel (stdio), on a ``Workspace``.
/// Documents are checked as the editor changes them (debounced; a run for an older
/// version is dropped), findings become diagnostics (pushed, or pulled by clients that
/// ask), with quick fixes, a fix-all action, "allow here", commands that add a form to
/// the glossary, and hover cards for any glossary name. The configuration and glossaries
/// are looked at every second and reloaded when they change.
///
/// Every piece of state is touched on one serial queue; checks run on another and hand
/// their results back.
public final class LanguageServer: @unchecked Sendable {
    /// What the front end resolves for a workspace folder (its flags, `.onym.yaml`, the
    /// environment): the workspace's configuration, the config file to watch, the author
    /// of glossary edits.
    public struct Setup: Sendable {
        public var configuration: Workspace.Configuration
        public var configFile: String?
        public var author: String

        public init(configuration: Workspace.Configuration, configFile: String?, author: String) {
            self.configuration = configuration
            self.configFile = configFile
            self.author = author
        }
    }

    public typealias Configure = @Sendable (_ root: String?) throws -> Setup

    let channel: MessageChannel
    private let configure: Configure
    let log: @Sendable (String) -> Void
    let version: String
    let queue = DispatchQueue(label: "onym.lsp")
    private let checking = DispatchQueue(label: "onym.lsp.check")
    private let debounce: DispatchTimeInterval

    // State, on `queue` only.
    var encoding = PositionEncoding.utf16
    private var root: String?
    var setup: Setup?
    var workspace: Workspace?
    private var stamp: String?
    var documents: [String: OpenDocument] = [:]
    /// The latest findings of each document, for the version they are of.
    var results: [String: Checked] = [:]
    private var scheduled: [String: Int] = [:]
    private var runs = 0
    private var pulls = false
    private var refreshes = false
    private var initialized = false
    private var shuttingDown = false
    private var nextID = 1
    private var watch: DispatchSourceTimer?

    struct Checked {
        let version: Int
        let language: String
        let findings: [Finding]
    }

    public init(channel: MessageChannel, version: String, debounce: DispatchTimeInterval = .milliseconds(150),
                configure: @escaping Configure, log: @escaping @Sendable (String) -> Void) {
        self.channel = channel
        self.version = version
        self.debounce = debounce
        self.configure = configure
        self.log = log
    }

    /// Answers messages until `exit` (0 after `shutdown`, else 1) or the end of the input (the same).
    public func run() -> Int32 {
        let reader = MessageChannel.Reader()
        while true {
            switch channel.read(reader) {
            case .end:
                return queue.sync { shuttingDown ? 0 : 1 }
            case .unreadable(let why):
                channel.send(Self.error(id: .null, code: -32700, message: why))
            case .message(let message):
                if let code = queue.sync(execute: { handle(message) }) { return code }
            }
        }
    }

    // MARK: Dispatch

    /// One message; an exit code when it was `exit`.
    private func handle(_ message: JSONValue) -> Int32? {
        guard let method = message["method"]?.string else { return nil }  // a client's answer to our request
        let params = message["params"] ?? .null
        guard let id = message["id"] else {
            return notification(method, params)
        }
        guard initialized || method == "initialize" else {
            channel.send(Self.error(id: id, code: -32002, message: "the server is not initialized"))
            return nil
        }
        do {
            let result: JSONValue
            switch method {
            case "initialize": result = initialize(params)
            case "shutdown":
                shuttingDown = true
                result = .null
            case "textDocument/diagnostic": result = try pull(params)
            case "textDocument/codeAction": result = try codeActions(params)
            case "textDocument/hover": result = try hover(params)
            case "workspace/executeCommand": result = try execute(params)
            default: throw LSPError(code: -32601, "unknown method \(method)")
            }
            channel.send(["jsonrpc": "2.0", "id": id, "result": result])
        } catch let error as LSPError {
            channel.send(Self.error(id: id, code: error.code, message: error.message))
        } catch {
            channel.send(Self.error(id: id, code: -32603, message: "\(error)"))
        }
        return nil
    }

    private func notification(_ method: String, _ params: JSONValue) -> Int32? {
        switch method {
        case "exit": return shuttingDown ? 0 : 1
        case "initialized": startWatching()
        case "textDocument/didOpen":
            let item = params["textDocument"] ?? .null
            guard let uri = item["uri"]?.string else { return nil }
            documents[uri] = OpenDocument(uri: uri, languageID: item["languageId"]?.string ?? "", version: item["version"]?.int ?? 0,
                                          text: item["text"]?.string ?? "")
            schedule(uri, after: .never)
        case "textDocument/didChange":
            guard let uri = params["textDocument"]?["uri"]?.string, var document = documents[uri] else { return nil }
            for change in params["contentChanges"]?.array ?? [] { document.apply(change, encoding) }
            document.setVersion(params["textDocument"]?["version"]?.int ?? document.version + 1)
            documents[uri] = document
            schedule(uri, after: debounce)
        case "textDocument/didClose":
            guard let uri = params["textDocument"]?["uri"]?.string else { return nil }
            documents[uri] = nil
            results[uri] = nil
            scheduled[uri] = nil
            if !pulls { publish(uri, version: nil, []) }
        case "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration":
            reloadIfChanged(force: true)
        default: break  // $/cancelRequest, didSave, $/setTrace: nothing to do
        }
        return nil
    }

    static func error(id: JSONValue, code: Int, message: String) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "error": ["code": .int(code), "message": .string(message)]]
    }

    /// A request to the client (its answer is not waited for).
    func request(_ method: String, _ params: JSONValue) {
        channel.send(["jsonrpc": "2.0", "id": .string("onym-\(nextID)"), "method": .string(method), "params": params])
        nextID += 1
    }

    func showMessage(_ text: String, type: Int = 1) {
        channel.send(["jsonrpc": "2.0", "method": "window/showMessage", "params": ["type": .int(type), "message": .string(text)]])
    }

    // MARK: Initialize and configuration

    static let commands = ["onym.addVariant", "onym.allowPhrase", "onym.allowHere"]
    static let fixAllKind = "source.fixAll.onym"

    private func initialize(_ params: JSONValue) -> JSONValue {
        let capabilities = params["capabilities"] ?? .null
        encoding = PositionEncoding.negotiate(capabilities["general"]?["positionEncodings"]?.array?.compactMap(\.string))
        pulls = capabilities["textDocument"]?["diagnostic"] != nil
        refreshes = capabilities["workspace"]?["diagnostics"]?["refreshSupport"]?.bool ?? false
        let folder = params["workspaceFolders"]?[0]?["uri"]?.string ?? params["rootUri"]?.string
        root = folder.flatMap { URL(string: $0)?.path } ?? params["rootPath"]?.string
        initialized = true
        load()
        return [
            "capabilities": [
                "positionEncoding": .string(encoding.rawValue),
                "textDocumentSync": ["openClose": true, "change": 2],
                "diagnosticProvider": ["identifier": "onym", "interFileDependencies": false, "workspaceDiagnostics": false],
                "codeActionProvider": ["codeActionKinds": ["quickfix", .string(Self.fixAllKind)]],
                "hoverProvider": true,
                "executeCommandProvider": ["commands": .array(Self.commands.map { .string($0) })],
            ],
            "serverInfo": ["name": "onym", "version": .string(version)],
        ]
    }

    /// Resolves the configuration for the workspace folder and makes a workspace; a
    /// configuration that does not load is shown to the user and checks nothing.
    private func load() {
        do {
            let made = try configure(root)
            setup = made
            var configuration = made.configuration
            configuration.lookupInMemory = true
            let workspace = Workspace(configuration) { [weak self] warning in self?.log("onym: \(warning)") }
            self.workspace = workspace
            // The glossaries are read (or their matcher mapped) and the lookups indexed off the
            // message queue: the first check or hover waits for what it needs, nothing more.
            checking.async {
                try? workspace.prepare()
                // Hover's index is built beside the checks, not ahead of them; then what
                // compiling and indexing read whole is let go.
                DispatchQueue.global(qos: .utility).async {
                    try? workspace.indexLookups()
                    workspace.releaseMemory()
                }
            }
        } catch {
            setup = nil
            workspace = nil
            showMessage("onym: \(error)")
        }
        stamp = changeStamp()
    }

    /// What changes when the configuration or the glossaries do: the config file's size and
    /// time (the folder's `.onym.yaml` while there is none that loads) and the glossaries' stamp.
    private func changeStamp() -> String {
        let config = setup?.configFile ?? root.map { URL(fileURLWithPath: $0).appendingPathComponent(OnymConfig.fileName).path }
        let attributes = config.flatMap { try? FileManager.default.attributesOfItem(atPath: $0) }
        let file = attributes.map { "\(($0[.size] as? NSNumber)?.intValue ?? 0) \(($0[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)" } ?? "-"
        return file + "|" + (setup?.configuration.glossaries.changeStamp() ?? "-")
    }

    /// Looks at the config file and glossaries once a second (clients that send
    /// didChangeWatchedFiles get the same sooner).
    private func startWatching() {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [weak self] in self?.reloadIfChanged(force: false) }
        timer.resume()
        watch = timer
    }

    /// Takes in a changed configuration or glossaries and checks every open document again.
    func reloadIfChanged(force: Bool) {
        guard force || changeStamp() != stamp else { return }
        load()
        recheckAll()
    }

    func recheckAll() {
        results = [:]
        if pulls {
            if refreshes { request("workspace/diagnostic/refresh", .null) }
        }
        for uri in documents.keys.sorted() { schedule(uri, after: .never) }
    }

    // MARK: Checking

    /// Checks a document after `delay` (`.never`: now), unless it changes again first.
    private func schedule(_ uri: String, after delay: DispatchTimeInterval) {
        runs += 1
        let run = runs
        scheduled[uri] = run
        let start: @Sendable () -> Void = { [self] in
            guard scheduled[uri] == run, let document = documents[uri], let workspace else { return }
            checking.async { [self] in
                let outcome = Result { () throws(WorkspaceError) -> LintedDocument in try workspace.lint(document: document.document) }
                queue.async { [self] in
                    // A run for a version the editor has moved on from is dropped.
                    guard scheduled[uri] == run, documents[uri]?.version == document.version else { return }
                    scheduled[uri] = nil
                    switch outcome {
                    case .success(let linted):
                        results[uri] = Checked(version: document.version, language: linted.language, findings: linted.findings)
                        if !pulls { publish(uri, version: document.version, linted.findings) }
                        else if refreshes { request("workspace/diagnostic/refresh", .null) }
                    case .failure(let error):
                        showMessage("onym: \(error)")
                    }
                }
            }
        }
        if case .never = delay { queue.async(execute: start) } else { queue.asyncAfter(deadline: .now() + delay, execute: start) }
    }

    /// The findings of a document's current version, checked now when there are none yet.
    func checked(_ uri: String) throws -> (OpenDocument, Checked) {
        guard let document = documents[uri] else { throw LSPError(code: -32602, "\(uri) is not open") }
        if let known = results[uri], known.version == document.version { return (document, known) }
        guard let workspace else { return (document, Checked(version: document.version, language: "", findings: [])) }
        let linted: LintedDocument
        do { linted = try workspace.lint(document: document.document) } catch { throw LSPError(code: -32603, "\(error)") }
        let made = Checked(version: document.version, language: linted.language, findings: linted.findings)
        results[uri] = made
        return (document, made)
    }

    private func publish(_ uri: String, version: Int?, _ findings: [Finding]) {
        var params: [String: JSONValue] = ["uri": .string(uri), "diagnostics": []]
        if let document = documents[uri] { params["diagnostics"] = .array(findings.map { diagnostic($0, in: document) }) }
        if let version { params["version"] = .int(version) }
        channel.send(["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": .object(params)])
    }

    /// `textDocument/diagnostic`: the document's findings, or "unchanged" for the version the client has.
    private func pull(_ params: JSONValue) throws -> JSONValue {
        guard let uri = params["textDocument"]?["uri"]?.string else { throw LSPError(code: -32602, "textDocument.uri is missing") }
        let (document, checked) = try self.checked(uri)
        let resultID = "\(document.version)-\(stamp ?? "")".utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
        let id = JSONValue.string(String(resultID, radix: 36))
        if params["previousResultId"] == id { return ["kind": "unchanged", "resultId": id] }
        return ["kind": "full", "resultId": id, "items": .array(checked.findings.map { diagnostic($0, in: document) })]
    }

    /// A finding as an LSP diagnostic.
    func diagnostic(_ finding: Finding, in document: OpenDocument) -> JSONValue {
        let severity = switch finding.severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
        return [
            "range": document.range(OpenDocument.bytes(of: finding), encoding),
            "severity": .int(severity),
            "code": .string(finding.kind.rawValue),
            "source": "onym",
            "message": .string(finding.message),
            "data": ["concept": .string(finding.concept), "found": .string(finding.found),
                     "suggestion": finding.suggestion.map { .string($0) } ?? .null],
        ]
    }
}

