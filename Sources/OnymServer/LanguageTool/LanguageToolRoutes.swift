import Foundation
import Hummingbird
import Synchronization
import OnymKit
import OnymLint
import OnymText

/// LanguageTool's HTTP API (`/v2/check`, `/v2/languages`), so that its clients can use
/// Onym as their server by changing one URL. Each finding is a match whose rule is
/// `ONYM_` and the finding kind; offsets and lengths count UTF-16 code units.
struct LanguageToolRoutes: Sendable {
    let state: ServingState
    let settings: ServerSettings

    static let category = LanguageToolResponse.Category(id: "ONYM_NAMES", name: "Names")

    func add(to router: Router<OnymRequestContext>) {
        router.get("/v2/languages") { _, _ in try self.languages() }
        router.post("/v2/check") { request, _ in
            let bytes = try await RequestBody.bytes(request, limit: settings.bodyLimit,
                                                    types: ["application/x-www-form-urlencoded"])
            guard let text = String(validating: bytes, as: UTF8.self) else { throw ServerError(.badRequest, "the form is not UTF-8") }
            return try self.check(RequestBody.form(Substring(text)))
        }
        router.get("/v2/check") { request, _ in
            try self.check(RequestBody.form(Substring(request.uri.query ?? "")))
        }
    }

    /// The languages the glossaries have terms in, with the regional codes LanguageTool's
    /// clients send for them (`en-US` is checked as `en`).
    func languages() throws -> Response {
        let known: [String]
        do { known = try state.workspace.languagesWithTerms() } catch { throw Failure.of(error) }
        var out: [LanguageToolLanguage] = []
        for code in known {
            out.append(LanguageToolLanguage(name: Self.name(code), code: code, longCode: code))
            for region in Self.regions[code] ?? [] {
                out.append(LanguageToolLanguage(name: Self.name("\(code)-\(region)"), code: code, longCode: "\(code)-\(region)"))
            }
        }
        return .json(try JSONOutput.string(out) + "\n")
    }

    /// Regional variants that LanguageTool lists and its clients send.
    static let regions: [String: [String]] = [
        "en": ["US", "GB", "AU", "CA", "NZ", "ZA"], "de": ["DE", "AT", "CH"], "pt": ["PT", "BR", "AO", "MZ"],
        "nl": ["BE"], "ca": ["ES"], "sr": ["Latn"],
    ]

    /// `text` or `data` (LanguageTool's annotated text: markup is not checked, and offsets
    /// count it), `language` (`auto` is the server's default language), and the rule
    /// filters `enabledRules` + `enabledOnly`, `disabledRules`, `disabledCategories`.
    func check(_ form: [String: String]) throws -> Response {
        let text: String
        if let plain = form["text"] {
            text = plain
        } else if let data = form["data"] {
            text = try Self.maskingMarkup(data)
        } else {
            throw ServerError(.badRequest, "give the text to check as 'text' or 'data'")
        }
        guard let requested = form["language"], !requested.isEmpty else { throw ServerError(.badRequest, "give 'language' (a code such as en-US, or auto)") }
        let workspace = state.workspace
        let language: String
        if requested == "auto" {
            language = workspace.documentLanguage
        } else {
            guard let tag = try APIRoutes.language(requested, "language") else { throw ServerError(.badRequest, "give 'language'") }
            language = try Self.glossaryLanguage(tag, workspace)
        }
        let bytes = Array(text.utf8)
        let linted: LintedDocument
        do { linted = try workspace.lint(document: Document(name: "<text>", bytes: bytes, format: .plain, language: language)) } catch {
            throw Failure.of(error)
        }
        let list = { (key: String) in Set((form[key] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
        let enabled = list("enabledRules"), disabled = list("disabledRules")
        let onlyEnabled = form["enabledOnly"] == "true"
        let categoryOff = list("disabledCategories").contains(Self.category.id)
        var offsets = UTF16Offsets(bytes)
        var matches: [LanguageToolResponse.Match] = []
        for f in linted.findings {
            let rule = "ONYM_" + f.kind.rawValue.uppercased()
            if categoryOff || disabled.contains(rule) || (onlyEnabled && !enabled.contains(rule)) { continue }
            let start = offsets.offset(ofByte: f.byteOffset)
            let length = f.found.utf16.count
            let (context, sentence) = Self.context(bytes, at: f.byteOffset, length: f.found.utf8.count)
            matches.append(.init(
                message: f.message, shortMessage: f.suggestion.map { "\(f.kind.rawValue): \($0)" } ?? f.kind.rawValue,
                replacements: f.suggestion.map { [.init(value: $0)] } ?? [], offset: start, length: length,
                context: context, sentence: sentence, type: .init(typeName: f.kind == .misspelling ? "UnknownWord" : "Other"),
                rule: .init(id: rule, description: f.kind.summary, issueType: Self.issueType(f.kind), category: Self.category),
                ignoreForIncompleteSentence: false, contextForSureMatch: 0))
        }
        let name = Self.name(requested == "auto" ? language : requested)
        let response = LanguageToolResponse(
            software: .init(name: "Onym", version: settings.version, buildDate: "", apiVersion: 1, status: "", premium: false),
            warnings: .init(incompleteResults: false),
            language: .init(name: name, code: requested == "auto" ? language : requested,
                            detectedLanguage: .init(name: Self.name(language), code: language, confidence: 1)),
            matches: matches)
        return .json(try JSONOutput.string(response) + "\n")
    }

    /// The glossaries' language for a client's code: `en-US` is `en` when the glossaries have
    /// terms in `en` and none in `en-US` (one compiled matcher for every regional code).
    static func glossaryLanguage(_ tag: String, _ workspace: Workspace) throws -> String {
        let known: [String]
        do { known = try workspace.languagesWithTerms() } catch { throw Failure.of(error) }
        if known.contains(tag) { return tag }
        let primary = String(tag.prefix { $0 != "-" })
        return known.contains(primary) ? primary : tag
    }

    /// LanguageTool's kinds of issue (which its clients colour by).
    static func issueType(_ kind: FindingKind) -> String {
        switch kind {
        case .typography, .invisible, .confusable: "typographical"
        case .firstMention: "style"
        case .case: "inconsistency"
        default: "misspelling"
        }
    }

    /// The finding's line around it, cut to about 40 characters a side ("…" where cut), with
    /// the finding's place in it; and the line as the sentence.
    static func context(_ bytes: [UInt8], at offset: Int, length: Int) -> (LanguageToolResponse.Context, String) {
        var start = offset, end = offset + length
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let before = String(decoding: bytes[start..<offset], as: UTF8.self)
        let found = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
        let after = String(decoding: bytes[(offset + length)..<end], as: UTF8.self)
        let shownBefore = before.count > 40 ? "..." + before.suffix(40) : before
        let shownAfter = after.count > 40 ? after.prefix(40) + "..." : after
        let sentence = (before + found + after).trimmingCharacters(in: .whitespaces)
        return (.init(text: shownBefore + found + shownAfter, offset: shownBefore.utf16.count, length: found.utf16.count), sentence)
    }

    /// `data`: `{"annotation":[{"text":"…"},{"markup":"<b>"}]}`. Markup becomes spaces of the
    /// same UTF-16 length, so offsets count it as LanguageTool's do and it is never a name.
    static func maskingMarkup(_ data: String) throws -> String {
        struct Annotated: Decodable {
            struct Part: Decodable {
                let text: String?
                let markup: String?
            }
            let annotation: [Part]
        }
        let parsed: Annotated
        do { parsed = try JSONDecoder().decode(Annotated.self, from: Data(data.utf8)) } catch {
            throw ServerError(.badRequest, "'data' is not LanguageTool's annotated text: \(RequestBody.reason(error))")
        }
        return parsed.annotation.map { part in
            part.text ?? String(repeating: " ", count: part.markup?.utf16.count ?? 0)
        }.joined()
    }

    /// A language's English name: "English (United States)"; each code's worked out once.
    static func name(_ code: String) -> String {
        if let known = names.withLock({ $0[code] }) { return known }
        let name = Locale(identifier: "en").localizedString(forIdentifier: code) ?? code
        names.withLock { if $0.count < 1000 { $0[code] = name } }
        return name
    }

    private static let names = Mutex<[String: String]>([:])
}
