/// What every reporter of the command line is: made for one command's output in one format,
/// with what that format needs (colour, languages, the tool's version), it writes a report to
/// the console. `onym lint` is the one that streams: its reporters are fed file by file
/// (``LintReporter``) so that a run's memory does not grow with its findings.
protocol Reporter<Report> {
    associatedtype Report
    func write(_ report: Report, to out: ConsoleOutput) throws
}

extension Reporter {
    /// Writes `report` to stdout at once.
    func print(_ report: Report) throws {
        let out = ConsoleOutput(toStderr: false)
        try write(report, to: out)
        out.flush()
    }
}
