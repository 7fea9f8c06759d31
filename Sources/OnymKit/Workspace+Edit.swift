import Foundation
import OnymGlossary
import OnymInterchange
import OnymStore

extension Workspace {
    /// Changes one concept where the workspace's glossaries are kept — editors use it to add a
    /// flagged form as a variant or an allowed phrase: in a store, one commit with the author
    /// and message in its history (the concept's revision checked, as `onym set` does); in
    /// glossary files, the YAML file that defines the concept, written again (in Onym's
    /// layout: comments are not kept) only once every glossary still loads with the change.
    /// Says where the change went. The workspace itself does not change: make a new one.
    public func edit(concept id: String, _ change: ConceptChange, author: String, message: String?) throws(WorkspaceError) -> String {
        switch configuration.glossaries {
        case .store(let location):
            do {
                let store = try StoreAccess.glossary(location, create: false)
                let stored = try store.existing(id: id)
                let concept = try change.applied(to: stored.concept, source: location)
                try store.commit([.put(concept, glossary: stored.glossary, expected: stored.revision)], author: author, message: message)
            } catch {
                throw .glossary(error)
            }
            return location
        case .files(let files), .config(_, let files):
            return try edit(concept: id, change, inFiles: files)
        case .bundled:
            throw .request("the bundled glossaries cannot be changed: name glossary files or a store in .onym.yaml")
        }
    }

    private func edit(concept id: String, _ change: ConceptChange, inFiles files: [String]) throws(WorkspaceError) -> String {
        for file in files where InterchangeFormat(path: file) == .yaml {
            let loaded: GlossaryReader.Loaded
            do { loaded = try GlossaryReader.read(bytes: try GlossarySet.readFile(file), file: file) } catch { throw .glossary(error) }
            guard let index = loaded.glossary.concepts.firstIndex(where: { $0.id == id }) else { continue }
            var concepts = loaded.glossary.concepts
            do { concepts[index] = try change.applied(to: concepts[index], source: file) } catch { throw .glossary(error) }
            let glossary = Glossary(name: loaded.glossary.name, title: loaded.glossary.title, concepts: concepts, origin: file)
            // Written beside the file, checked with the others, then put in its place.
            let url = URL(fileURLWithPath: file)
            let trial = url.deletingLastPathComponent().appendingPathComponent(".onym-edit-\(UUID().uuidString).yaml")
            do {
                try Data(YAMLWriter.write(glossary).utf8).write(to: trial)
            } catch {
                throw .input(file: file, line: nil, message: "cannot write beside it: \(error.localizedDescription)")
            }
            do throws(GlossaryError) {
                _ = try GlossarySet.load(files: files.map { $0 == file ? trial.path : $0 })
            } catch {
                try? FileManager.default.removeItem(at: trial)
                throw .glossary(error)
            }
            guard rename(trial.path, file) == 0 else {
                try? FileManager.default.removeItem(at: trial)
                throw .input(file: file, line: nil, message: "cannot replace it: \(String(cString: strerror(errno)))")
            }
            return file
        }
        throw .request("no YAML glossary file defines '\(id)': the concept comes from a file Onym does not write, or from none")
    }
}
