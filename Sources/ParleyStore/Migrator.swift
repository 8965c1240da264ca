import Foundation
import ParleyResources

/// Applies the numbered SQL files of `Migrations/`, in order, each in its own
/// transaction, and records each one in `parley_migrations`.
///
/// The schema version is kept in `PRAGMA user_version`
/// (<https://www.sqlite.org/pragma.html#pragma_user_version>) and the file is
/// marked as Parley's by `PRAGMA application_id`.
public struct Migrator: Sendable {
    /// One migration file.
    public struct Migration: Sendable {
        public let version: Int
        public let name: String
        public let sql: String
    }

    /// `PRAGMA application_id` of every Parley database: "PRLY".
    public static let applicationID = 0x5052_4C59

    public let migrations: [Migration]

    /// The migrations embedded in this binary.
    public static let embedded = try! Migrator(files: EmbeddedFile.migrations)

    /// Parses migration files named `NNNN_description.sql`; versions must run 1, 2, 3… with no gap.
    public init(files: [EmbeddedFile]) throws {
        var migrations: [Migration] = []
        for file in files.sorted(by: { $0.name < $1.name }) {
            let digits = file.name.prefix { $0.isNumber }
            guard let version = Int(digits), file.name.dropFirst(digits.count).hasPrefix("_") else {
                throw StoreError.invalidMigration(name: file.name, reason: "name must start with a number and '_' (e.g. 0001_initial.sql)")
            }
            guard version == migrations.count + 1 else {
                throw StoreError.invalidMigration(name: file.name, reason: "expected version \(migrations.count + 1), found \(version)")
            }
            migrations.append(Migration(version: version, name: file.name, sql: file.text))
        }
        self.migrations = migrations
    }

    /// The newest schema version this binary knows.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Brings `database` up to the latest version; refuses files that are not
    /// Parley's or were written by a newer Parley. Returns the migrations applied.
    @discardableResult
    public func migrate(_ database: Database) throws -> [Migration] {
        let version = try database.scalarInt("PRAGMA user_version") ?? 0
        let applicationID = try database.scalarInt("PRAGMA application_id") ?? 0
        if applicationID != Self.applicationID {
            let tables = try database.scalarInt("SELECT count(*) FROM sqlite_schema") ?? 0
            if applicationID != 0 || tables > 0 {
                throw StoreError.notParleyDatabase(path: database.path)
            }
        }
        if version > latestVersion {
            throw StoreError.newerSchema(path: database.path, found: version, supported: latestVersion)
        }
        var applied: [Migration] = []
        for migration in migrations where migration.version > version {
            try database.inTransaction(.immediate) {
                // Another process may have migrated while we waited for the lock.
                let current = try database.scalarInt("PRAGMA user_version") ?? 0
                guard current < migration.version else { return }
                if migration.version == 1 {
                    try database.execute("""
                        CREATE TABLE parley_migrations (
                            version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
                        """)
                    try database.execute("PRAGMA application_id = \(Self.applicationID)")
                }
                do {
                    try database.execute(migration.sql)
                } catch let error as DatabaseError {
                    throw StoreError.migrationFailed(name: migration.name, underlying: error)
                }
                try database.execute(
                    "INSERT INTO parley_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                    [migration.version, migration.name, Date.now.ISO8601Format()])
                try database.execute("PRAGMA user_version = \(migration.version)")
                applied.append(migration)
            }
        }
        return applied
    }
}
