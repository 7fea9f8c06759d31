import ArgumentParser
import OnymGlossary
import OnymStore

/// `--since`, `--until` and `--authority`: the period of the forms an edit sets or adds.
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The forms given hold from this day (a new preferred form: the one it replaces becomes a former one until the day before).", valueName: "YYYY-MM-DD"))
    var since: String?
    @Option(name: .long, help: ArgumentHelp("The forms given hold until this day.", valueName: "YYYY-MM-DD"))
    var until: String?
    @Option(name: .long, help: "Who decided (AP, UN, house): recorded with the dates.")
    var authority: String?

    /// The period of a form given with these options; nil when none was given.
    func period(_ form: String, _ status: TermStatus) -> FormPeriod? {
        guard since != nil || until != nil || authority != nil else { return nil }
        return FormPeriod(form: form, status: status, since: since, until: until, authority: authority)
    }

    func apply(to change: inout ConceptChange) {
        change.since = since
        change.until = until
        change.authority = authority
    }
}
