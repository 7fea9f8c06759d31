import Foundation
import OnymGlossary

/// The CLI's cache folder, from the environment (the libraries never choose one):
/// `$ONYM_CACHE_DIR`, else `$XDG_CACHE_HOME/onym`, else `~/.cache/onym`.
enum CacheChoice {
    static var cache: GlossaryCache {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["ONYM_CACHE_DIR"], !dir.isEmpty { return GlossaryCache(folder: URL(fileURLWithPath: dir)) }
        if let xdg = env["XDG_CACHE_HOME"], !xdg.isEmpty {
            return GlossaryCache(folder: URL(fileURLWithPath: xdg).appendingPathComponent("onym"))
        }
        return GlossaryCache(folder: FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/onym"))
    }
}
