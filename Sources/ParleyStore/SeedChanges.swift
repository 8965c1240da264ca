/// What loading a user's people, aliases and roles changed, item by item.
public struct SeedChanges: Sendable, Equatable {
    public struct Rename: Sendable, Equatable {
        public let key: String
        public let from: String
        public let to: String
    }

    public struct Alias: Sendable, Equatable {
        /// The person's canonical name.
        public let person: String
        public let alias: String
        public let lang: String
    }

    public struct Role: Sendable, Equatable {
        public let person: String
        public let office: String
        public let country: String
        public let start: String?
        public let end: String?
        /// The end date the role had before, when this load changed only its end.
        public let previousEnd: String??
    }

    /// Names of people added.
    public var peopleAdded: [String] = []
    public var peopleRenamed: [Rename] = []
    public var aliasesAdded: [Alias] = []
    /// Roles added, and roles whose end date changed (`previousEnd` set).
    public var rolesAdded: [Role] = []
    public var rolesChanged: [Role] = []
    /// Lines that were already on record as given.
    public var unchanged = 0

    public init() {}

    public var isEmpty: Bool {
        peopleAdded.isEmpty && peopleRenamed.isEmpty && aliasesAdded.isEmpty && rolesAdded.isEmpty && rolesChanged.isEmpty
    }
}
