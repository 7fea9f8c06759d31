import OnymGlossary

/// Glossaries as one house reads them (``GlossarySet/forHouse(_:)``), cached apart from
/// the same glossaries read without a house.
struct HouseGlossaries: GlossaryProvider {
    let base: GlossarySource
    let house: String

    func cacheKey() -> String? { base.cacheKey().map { "\($0)-house-\(house)" } }

    func load(cache: GlossaryCache?) throws(GlossaryError) -> GlossarySet {
        try base.load(cache: cache).forHouse(house)
    }
}
