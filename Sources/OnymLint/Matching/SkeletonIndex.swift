import OnymText
import Synchronization

/// Good one-word forms by UTS #39 skeleton, for look-alikes. Skeletons cost an
/// ICU call each, and most texts have no mixed-script word at all, so the index
/// is built the first time a look-alike is checked.
final class SkeletonIndex: Sendable {
    let forms: [(concept: Int, form: String)]
    private let index = Mutex<[String: (concept: Int, form: String)]?>(nil)

    init(_ forms: [(concept: Int, form: String)]) { self.forms = forms }

    func target(skeleton: String) -> (concept: Int, form: String)? {
        index.withLock { built in
            if built == nil {
                var map: [String: (concept: Int, form: String)] = [:]
                for f in forms { map[Confusables.skeleton(f.form)] = f }
                built = map
            }
            return built![skeleton]
        }
    }
}
