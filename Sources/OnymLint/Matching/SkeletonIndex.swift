import OnymText
import Synchronization

/// Good one-word forms by UTS #39 skeleton, for look-alikes. Skeletons cost an
/// ICU call each, and most texts have no mixed-script word at all, so the index
/// is built the first time a look-alike is checked.
final class SkeletonIndex: Sendable {
    let concepts: Column<Int32>
    let forms: StringColumn
    private let index = Mutex<[String: (concept: Int, form: String)]?>(nil)

    init(concepts: Column<Int32>, forms: StringColumn) {
        self.concepts = concepts
        self.forms = forms
    }

    func target(skeleton: String) -> (concept: Int, form: String)? {
        index.withLock { built in
            if built == nil {
                var map: [String: (concept: Int, form: String)] = [:]
                for i in 0..<forms.count {
                    let form = forms[i]
                    map[Confusables.skeleton(form)] = (Int(concepts[i]), form)
                }
                built = map
            }
            return built![skeleton]
        }
    }
}
