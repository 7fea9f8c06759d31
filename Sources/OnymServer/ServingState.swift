import Foundation
import OnymGlossary
import OnymKit
import OnymStore
import Synchronization

/// The workspace the server answers with, and a new one when the glossaries change: the
/// files' sizes and times, or the store's revision, are looked at every second; glossaries
/// that changed are read and checked into a new workspace before it takes over, and
/// glossaries that fail are logged while the last good ones keep serving.
final class ServingState: Sendable {
    let configuration: Workspace.Configuration
    private let log: @Sendable (String) -> Void
    private let current: Mutex<(stamp: String?, workspace: Workspace)>
    /// The store whose revision is asked, kept open between looks.
    private let openStore = Mutex<(any GlossaryStore)?>(nil)

    /// Reads and checks the glossaries now: a server does not start on bad ones.
    init(_ configuration: Workspace.Configuration, log: @escaping @Sendable (String) -> Void) throws(GlossaryError) {
        self.configuration = configuration
        self.log = log
        let workspace = Self.make(configuration, log: log)
        try Self.prepare(workspace)
        current = Mutex((nil, workspace))
        current.withLock { $0.stamp = stamp() }
        // The lookups' index is built while the first requests are answered without it.
        Task.detached(priority: .utility) {
            try? workspace.indexLookups()
            workspace.releaseMemory()
        }
    }

    var workspace: Workspace { current.withLock { $0.workspace } }

    /// One reload at a time: a second caller waits for it and then finds nothing changed.
    private let reloading = Mutex<Void>(())

    /// Takes in changed glossaries, if they are good; says what happened.
    func reloadIfChanged() {
        reloading.withLock { _ in reloadNow() }
    }

    private func reloadNow() {
        let stamp = stamp()
        guard stamp != current.withLock({ $0.stamp }) else { return }
        let workspace = Self.make(configuration, log: log)
        do {
            try Self.prepare(workspace)
            try workspace.indexLookups()
            current.withLock { $0 = (stamp, workspace) }
            workspace.releaseMemory()
            log("onym: glossaries changed: reloaded")
        } catch {
            // Not again until they change again.
            current.withLock { $0.stamp = stamp }
            log("onym: glossaries changed but do not load; still serving the last good ones:\n\(error)")
        }
    }

    /// Looks for changes every `interval` until cancelled; the look (and a reload) waits on
    /// the store, so it runs off the request threads. Memory a request asked to be given
    /// back (``releaseMemorySoon()``) is given back then.
    func watch(every interval: Duration) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            _ = try? await Blocking.run { self.reloadIfChanged() }
            if releasePending.exchange(false, ordering: .relaxed) { workspace.releaseMemory() }
        }
    }

    private let releasePending = Atomic<Bool>(false)

    /// After a request that used much memory for a while (an export reads the glossaries whole
    /// and writes them out): its freed pages go back to the system at the next look, when the
    /// response has been sent and its text freed.
    func releaseMemorySoon() {
        releasePending.store(true, ordering: .relaxed)
    }

    /// The store the glossaries are, kept open (opened again after it failed); 404 when the
    /// server serves files, 503 when the store cannot be opened.
    func store() throws -> any GlossaryStore {
        guard case .store(let location) = configuration.glossaries else {
            throw ServerError(.notFound, "this server serves glossary files: concepts, history and edits are a store's (onym serve --store …)")
        }
        do throws(GlossaryError) {
            return try openStore.withLock { kept throws(GlossaryError) -> any GlossaryStore in
                if let kept { return kept }
                let opened = try StoreAccess.glossary(location, create: false)
                kept = opened
                return opened
            }
        } catch {
            throw Failure.of(error)
        }
    }

    /// What changes when the glossaries do; for a store, its revision through a connection kept open.
    private func stamp() -> String? {
        guard case .store(let location) = configuration.glossaries else { return configuration.glossaries.changeStamp() }
        do {
            return "\(location)#\(try store().revision())"
        } catch {
            // Gone: opened again next time.
            openStore.withLock { $0 = nil }
            return nil
        }
    }

    /// Reads what the first requests need (the matcher of the default language, the lookup
    /// index), so that they are answered at once and a bad glossary is known before it serves.
    private static func prepare(_ workspace: Workspace) throws(GlossaryError) {
        try workspace.prepare()
        _ = try workspace.queries()
    }

    private static func make(_ configuration: Workspace.Configuration, log: @escaping @Sendable (String) -> Void) -> Workspace {
        Workspace(configuration) { log("onym: \($0)") }
    }
}
