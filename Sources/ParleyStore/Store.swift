import Foundation
import Logging
import ParleyExtract

/// Parley's knowledge base: one SQLite database holding articles, people,
/// roles, places and the events found in the articles.
///
/// Opening a store migrates the schema and loads the built-in reference data
/// when this binary's seeds differ from those already loaded.
public final class Store {
    public let database: Database
    let logger: Logger
    /// Whether every stored event date reads back as a ``PartialDate`` (a year of four digits),
    /// so that merging may bound its candidates by date in SQL; nil until the first merge looks.
    var eventDatesAreCanonical: Bool?
    /// Ids of reference people (from the seeds or `parley seed`) by key, as ingest looks them up; people first met
    /// in an article are never cached, so that a rolled-back batch leaves nothing stale behind.
    var referencePersonIDs: [String: Int] = [:]
    /// Stored events by merge key, for merging reports without a query each (see ``MergeCandidateCache``).
    let mergeCache = MergeCandidateCache()
    /// The statements of ``insert(_:ingestedAt:)``, prepared at its first call.
    var preparedIngestStatements: IngestStatements?
    /// The last ``now()`` text and the second it stands for, so that the events stored within one second
    /// format the time once.
    private var lastStamp: (second: Double, text: String)?

    /// Opens the store at `path`, creating it when missing.
    public init(path: String, readOnly: Bool = false, logger: Logger = Logger(label: "parley.store")) throws {
        self.logger = logger
        if path != ":memory:" {
            try Self.checkFile(path)
        }
        do {
            database = try Database(path: path, mode: readOnly ? .readOnly : .readWriteCreate, logger: logger)
            try prepare(path: path, readOnly: readOnly)
        } catch let error as DatabaseError where error.isReadOnly {
            // E.g. a WAL file in a folder where SQLite cannot create its -shm file.
            throw StoreError.readOnlyFile(path: path)
        }
    }

    /// Checks (read-only) or migrates and seeds (read-write) the opened database.
    private func prepare(path: String, readOnly: Bool) throws {
        // A file this process may not write is opened for reading when it needs no migration.
        if readOnly || database.isReadOnly {
            let version = try database.scalarInt("PRAGMA user_version") ?? 0
            let latest = Migrator.embedded.latestVersion
            if version > latest { throw StoreError.newerSchema(path: path, found: version, supported: latest) }
            if try database.scalarInt("PRAGMA application_id") != Migrator.applicationID { throw StoreError.notParleyDatabase(path: path) }
            if !readOnly && version < latest { throw StoreError.readOnlyFile(path: path) }
        } else {
            try Migrator.embedded.migrate(database)
            try loadBuiltinSeedsIfNeeded()
        }
    }

    /// Whether this store cannot be written (opened read-only, or the file or
    /// its folder is read-only for this process).
    public var isReadOnly: Bool { database.isReadOnly }

    /// Refuses a file that exists but is not an SQLite database (SQLite would
    /// only say "file is not a database" at the first query).
    static func checkFile(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }
        if header != Data("SQLite format 3\u{0}".utf8) { throw StoreError.notADatabase(path: path) }
    }

    /// The current time as ISO 8601, for `ingested_at` and `created_at`.
    static func now() -> String { Date.now.ISO8601Format() }

    /// ``now()``, formatted once per second (the format shows whole seconds).
    func currentStamp() -> String {
        let now = Date.now
        let second = now.timeIntervalSince1970.rounded(.down)
        if let lastStamp, lastStamp.second == second { return lastStamp.text }
        let text = now.ISO8601Format()
        lastStamp = (second, text)
        return text
    }

    /// The statements of ``insert(_:ingestedAt:)``, prepared once.
    func ingestStatements() throws -> IngestStatements {
        if let preparedIngestStatements { return preparedIngestStatements }
        let statements = try IngestStatements(database)
        preparedIngestStatements = statements
        return statements
    }
}
