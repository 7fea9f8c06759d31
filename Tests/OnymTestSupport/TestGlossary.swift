/// The small glossary the front-end tests (OnymKit, the server) check texts with: Kyiv in
/// English and Ukrainian, Türkiye in English (no generated variants, so that answers list
/// only what is written here).
public enum TestGlossary {
    public static let yaml = """
        glossary: g
        concepts:
          - id: kyiv
            kind: place
            terms:
              en: { preferred: Kyiv, variants: [Kiev] }
              uk: { preferred: Київ, variants: [Киев] }
          - id: turkiye
            kind: country
            generate: false
            terms:
              en: { preferred: Türkiye, variants: [Turkey] }

        """
}
