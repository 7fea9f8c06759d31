/// LanguageTool's `/v2/check` answer, the shape its clients read (the browser add-on,
/// the LibreOffice extension, `language_tool_python`): offsets and lengths in UTF-16 code
/// units, as Java counts them.
struct LanguageToolResponse: Encodable {
    struct Software: Encodable {
        let name: String
        let version: String
        let buildDate: String
        let apiVersion: Int
        let status: String
        let premium: Bool
    }

    struct Warnings: Encodable {
        let incompleteResults: Bool
    }

    struct DetectedLanguage: Encodable {
        let name: String
        let code: String
        let confidence: Double
    }

    struct Language: Encodable {
        let name: String
        let code: String
        let detectedLanguage: DetectedLanguage
    }

    struct Replacement: Encodable {
        let value: String
    }

    struct Context: Encodable {
        let text: String
        let offset: Int
        let length: Int
    }

    struct Category: Encodable {
        let id: String
        let name: String
    }

    struct Rule: Encodable {
        let id: String
        let description: String
        let issueType: String
        let category: Category
    }

    struct MatchType: Encodable {
        let typeName: String
    }

    struct Match: Encodable {
        let message: String
        let shortMessage: String
        let replacements: [Replacement]
        let offset: Int
        let length: Int
        let context: Context
        let sentence: String
        let type: MatchType
        let rule: Rule
        let ignoreForIncompleteSentence: Bool
        let contextForSureMatch: Int
    }

    let software: Software
    let warnings: Warnings
    let language: Language
    let matches: [Match]
}

/// One entry of `/v2/languages`.
struct LanguageToolLanguage: Encodable {
    let name: String
    let code: String
    let longCode: String
}
