import Foundation

/// A country's name in one language as CLDR (Foundation's `Locale`) gives it.
///
/// Read once per process for every two-letter ISO region, in the extractor's languages and Russian;
/// the gazetteer matches them in text and the store keeps them for queries.
public struct CLDRCountryName: Sendable {
    public let code: String
    public let lang: String
    public let text: String

    /// The languages country names are read in.
    public static let languages = Lexicon.languages + ["ru"]

    /// Every region's names, in region order, then language order.
    public static let all: [CLDRCountryName] = {
        let locales = languages.map { ($0, Locale(identifier: $0)) }
        var names: [CLDRCountryName] = []
        for code in regionCodes {
            for (lang, locale) in locales {
                if let text = locale.localizedString(forRegionCode: code), text != code {
                    names.append(CLDRCountryName(code: code, lang: lang, text: text))
                }
            }
        }
        return names
    }()

    /// Each region's English name ("China mainland" for CN: the seeds may set a better one).
    public static let english: [String: String] = {
        let locale = Locale(identifier: "en")
        var names: [String: String] = [:]
        for code in regionCodes {
            if let text = locale.localizedString(forRegionCode: code) { names[code] = text }
        }
        return names
    }()

    /// The two-letter ISO 3166-1 region codes.
    static let regionCodes: [String] = Locale.Region.isoRegions.map(\.identifier)
        .filter { $0.count == 2 && $0.allSatisfy(\.isLetter) }
}
