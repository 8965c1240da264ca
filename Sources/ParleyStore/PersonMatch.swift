/// A person found by name for a query.
public struct PersonMatch: Sendable, Equatable {
    public let id: Int
    public let name: String
}
