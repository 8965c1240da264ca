/// Errors of the store that are not SQLite's own.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case notParleyDatabase(path: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case invalidMigration(name: String, reason: String)
    case migrationFailed(name: String, underlying: DatabaseError)
    case notADatabase(path: String)
    case readOnlyFile(path: String)

    public var description: String {
        switch self {
        case .notParleyDatabase(let path):
            "\(path) is an SQLite database but not a Parley one; refusing to touch it"
        case .newerSchema(let path, let found, let supported):
            "\(path) was written by a newer Parley (schema version \(found); this parley knows up to \(supported)); upgrade parley to use it"
        case .invalidMigration(let name, let reason):
            "migration \(name) is invalid: \(reason)"
        case .migrationFailed(let name, let underlying):
            "migration \(name) failed: \(underlying)"
        case .notADatabase(let path):
            "\(path) is not an SQLite database"
        case .readOnlyFile(let path):
            "\(path) is read-only for this user (check the permissions of the file and of its folder); nothing was changed"
        }
    }
}
