import Foundation
import OnymKit

/// Which store a command uses: the CLI reads the environment, the libraries never do.
enum StoreChoice {
    /// `--store`, else `$ONYM_STORE`; nil when neither names one (`.onym.yaml` may still).
    static func named(_ explicit: String?) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = ProcessInfo.processInfo.environment["ONYM_STORE"], !env.isEmpty { return env }
        return nil
    }

    /// The store named by `--store`, else `$ONYM_STORE`, else `store:` in `.onym.yaml`; nil when none is.
    static func chosen(explicit: String?, config: OnymConfig?) -> String? {
        named(explicit) ?? config?.store
    }

    /// The store a command that writes (or that needs one) uses: the one named, else the default path.
    static func inUse(explicit: String?, config: OnymConfig?) -> String {
        chosen(explicit: explicit, config: config) ?? defaultPath
    }

    /// Where commands that write keep the store when none is named:
    /// `$XDG_DATA_HOME/onym/onym.sqlite`, else `~/.local/share/onym/onym.sqlite`.
    static var defaultPath: String {
        if let xdg = ProcessInfo.processInfo.environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("onym/onym.sqlite").path
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/onym/onym.sqlite").path
    }
}
