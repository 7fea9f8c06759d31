import ArgumentParser
import Foundation
import OnymGlossary
import OnymKit
import OnymText
import OnymTM

/// The entry point: checks that the arguments are UTF-8, runs the command,
/// and turns every failure into one line on stderr and exit code 2.
@main
enum OnymMain {
    static func main() {
        if let problem = RawArguments.firstInvalid() {
            Console.error("argument \(problem.index) is not valid UTF-8: invalid UTF-8 at byte offset \(problem.offset)")
            exit(2)
        }
        do {
            var command = try Onym.parseAsRoot()
            try command.run()
        } catch let error as TextError {
            Console.error(error.description)
            exit(2)
        } catch let error as GlossaryError {
            for problem in error.problems { Console.error(problem.description) }
            exit(2)
        } catch let error as TMError {
            Console.error(error.description)
            exit(2)
        } catch let error as WorkspaceError {
            if case .glossary(let error) = error {
                for problem in error.problems { Console.error(problem.description) }
            } else {
                Console.error(error.description)
            }
            exit(2)
        } catch let error as CLIError {
            Console.error(error.description)
            exit(2)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            // Help and --version are "errors" that exit 0; usage errors are bad input: exit 2.
            if Onym.exitCode(for: error) == .success { Onym.exit(withError: error) }
            // ArgumentParser says "Error:"; every other message of onym says "error:".
            var message = Onym.fullMessage(for: error)
            if message.hasPrefix("Error: ") { message = "error: " + message.dropFirst(7) }
            Console.errorRaw(message)
            exit(2)
        }
    }
}
