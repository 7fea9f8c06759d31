import OnymGlossary

/// TBX v3, TBX-Basic dialect, DCA style: valid against LTAC-Global's core
/// structure RNG and TBX-Basic Schematron.
///
/// Mapping: kind → `descrip type="subjectField"` (concept level); note →
/// `note`; sources → `admin type="source"`; since → a `transacGrp` of type
/// modification with that date; `generate: false` → the note `onym:generate=false`;
/// statuses → `termNote type="administrativeStatus"`; allow phrases → admitted
/// terms of `termType` phrase with the note `onym:allow`; generated variants →
/// deprecated terms with the note `onym:generated SCHEME` (skipped on import); a
/// dated form → the note `onym:dated status=… since=… until=… authority=…`, and a
/// former preferred form → `supersededTerm-admn-sts` (once its period has ended)
/// with the note `onym:formerly`; a house's own form → its status with the note
/// `onym:house=NAME`.
public enum TBXWriter {
    public static func write(_ glossary: Glossary, generated: [String: [String: [GeneratedTerm]]] = [:]) -> String {
        let mainLanguage = glossary.concepts.first?.languages.first ?? "en"
        var x = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="\(escape(mainLanguage))" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader>
                <fileDesc>
                  <titleStmt>
                    <title>\(escape(glossary.title ?? glossary.name))</title>
                    <note>onym:glossary=\(escape(glossary.name))</note>
                  </titleStmt>
                  <sourceDesc>
                    <p>Exported by Onym</p>
                  </sourceDesc>
                </fileDesc>
              </tbxHeader>
              <text>
                <body>

            """
        for c in glossary.concepts {
            x += "      <conceptEntry id=\"\(escape(xmlID(c.id)))\">\n"
            x += "        <descrip type=\"subjectField\">\(c.kind.rawValue)</descrip>\n"
            if let note = c.note { x += "        <note>\(escape(note))</note>\n" }
            if !c.generate { x += "        <note>onym:generate=false</note>\n" }
            for source in c.sources { x += "        <admin type=\"source\">\(escape(source))</admin>\n" }
            if let since = c.since {
                x += "        <transacGrp>\n          <transac type=\"transactionType\">modification</transac>\n          <date>\(since)</date>\n        </transacGrp>\n"
            }
            for language in c.languages {
                guard let t = c.terms[language] else { continue }
                x += "        <langSec xml:lang=\"\(escape(language))\">\n"
                if let note = t.note { x += "          <note>\(escape(note))</note>\n" }
                for (form, status) in t.forms { x += termSec(form, status: status.tbxValue, dated: t.period(of: form, status)) }
                // Former preferred forms: superseded once their period has ended.
                for form in t.formerly {
                    let period = t.period(of: form, .preferred)
                    let ended = period?.until.map { $0 < ISODate.today() } ?? true
                    x += termSec(form, status: ended ? "supersededTerm-admn-sts" : TermStatus.preferred.tbxValue, note: "onym:formerly", dated: period)
                }
                for phrase in t.allow { x += termSec(phrase, status: TermStatus.admitted.tbxValue, type: "phrase", note: "onym:allow") }
                for (house, forms) in t.houses.sorted(by: { $0.key < $1.key }) {
                    let note = "onym:house=\(house)"
                    x += termSec(forms.preferred, status: TermStatus.preferred.tbxValue, note: note)
                    for form in forms.admitted { x += termSec(form, status: TermStatus.admitted.tbxValue, note: note) }
                    for form in forms.variants { x += termSec(form, status: TermStatus.deprecated.tbxValue, note: note) }
                }
                for g in generated[c.id]?[language] ?? [] {
                    x += termSec(g.form, status: TermStatus.generated.tbxValue, note: "onym:generated \(g.origin)")
                }
                x += "        </langSec>\n"
            }
            x += "      </conceptEntry>\n"
        }
        x += "    </body>\n  </text>\n</tbx>\n"
        return x
    }

    private static func termSec(_ form: String, status: String, type: String? = nil, note: String? = nil, dated: FormPeriod? = nil) -> String {
        var s = "          <termSec>\n            <term>\(escape(form))</term>\n"
        s += "            <termNote type=\"administrativeStatus\">\(status)</termNote>\n"
        if let type { s += "            <termNote type=\"termType\">\(type)</termNote>\n" }
        if let note { s += "            <note>\(escape(note))</note>\n" }
        if let dated { s += "            <note>\(escape(datedNote(dated)))</note>\n" }
        return s + "          </termSec>\n"
    }

    /// A dated form's period as a note the reader takes back: `onym:dated status=deprecated
    /// since=2019-08-14 until=… authority=AP` (the authority last: it may hold spaces).
    static func datedNote(_ p: FormPeriod) -> String {
        var fields = ["onym:dated", "status=\(p.status.rawValue)"]
        if let since = p.since { fields.append("since=\(since)") }
        if let until = p.until { fields.append("until=\(until)") }
        if let authority = p.authority { fields.append("authority=\(authority)") }
        return fields.joined(separator: " ")
    }

    /// Concept ids are XML IDs in TBX, which cannot start with a digit: such ids get the prefix `c_`.
    static func xmlID(_ id: String) -> String {
        id.first?.isNumber == true ? "c_" + id : id
    }

    static func escape(_ s: String) -> String { XMLEscaping.escape(s) }
}
