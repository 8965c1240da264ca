/// A person named in an article: a known person of the gazetteer, a person
/// the article introduces with a role, or a role alone ("Presiden Rusia")
/// that is resolved to its holder once the event's date is known.
struct PersonMention: Sendable {
    enum Reference: Hashable, Sendable {
        case known(Int)
        /// Folded name of a person the gazetteer does not know.
        case new(String)
        /// An office of a country, resolved on the event's date.
        case role(office: String, country: String)
    }

    enum Form: Sendable { case name, surname, role }

    let reference: Reference
    let range: Range<Int>
    let form: Form
}

/// A person the article introduced with a role: "Perdana Menteri Papua Nugini James Marape".
struct NewPerson: Sendable, Hashable {
    let name: String
    let office: String
    let country: String
}
