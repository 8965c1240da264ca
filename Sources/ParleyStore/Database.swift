import CSQLite
import Foundation
import Logging

/// One connection to an SQLite database file, closed when released.
///
/// Opened in WAL mode with foreign keys on and a busy timeout, so that a
/// second process writing the same file waits instead of failing.
/// Wraps `sqlite3`: <https://www.sqlite.org/c3ref/sqlite3.html>.
public final class Database {
    let handle: OpaquePointer
    /// The path the database was opened from.
    public let path: String
    let logger: Logger
    private var statementCache: [String: Statement] = [:]
    /// Transactions rolled back on this connection so far, explicitly or by SQLite after an error
    /// (counted by a rollback hook: <https://www.sqlite.org/c3ref/commit_hook.html>).
    public private(set) var rollbacks = 0
    /// Whether the connection cannot write: opened ``Mode/readOnly``, or the
    /// file (or its folder) is not writable by this process.
    public let isReadOnly: Bool

    /// How a database is opened.
    public enum Mode: Sendable {
        /// Read and write, creating the file when missing.
        case readWriteCreate
        /// Read only; the file must exist.
        case readOnly
    }

    /// Opens (or creates) the database at `path`; `":memory:"` for a private
    /// in-memory database.
    ///
    /// See <https://www.sqlite.org/c3ref/open.html>.
    public init(path: String, mode: Mode = .readWriteCreate, busyTimeout: Duration = .seconds(30), logger: Logger = Logger(label: "parley.store")) throws {
        var handle: OpaquePointer?
        let flags: Int32 = switch mode {
        case .readWriteCreate: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        case .readOnly: SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
        }
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(handle)
            throw DatabaseError(extendedCode: code, message: "cannot open \(path): \(message)")
        }
        self.handle = handle
        self.path = path
        self.logger = logger
        isReadOnly = mode == .readOnly || sqlite3_db_readonly(handle, "main") == 1
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_rollback_hook(handle, { context in
            guard let context else { return }
            Unmanaged<Database>.fromOpaque(context).takeUnretainedValue().rollbacks += 1
        }, Unmanaged.passUnretained(self).toOpaque())
        parley_sqlite_disable_dqs(handle)
        let milliseconds = busyTimeout.components.seconds * 1000 + busyTimeout.components.attoseconds / 1_000_000_000_000_000
        sqlite3_busy_timeout(handle, Int32(clamping: milliseconds))
        try execute("PRAGMA foreign_keys = ON")
        if !isReadOnly && path != ":memory:" {
            // WAL lets readers keep a consistent snapshot while one writer commits.
            try enableWAL(within: busyTimeout)
            try execute("PRAGMA synchronous = NORMAL")
        }
    }

    /// Switches the database to WAL, waiting out another process that is opening or switching it at the same
    /// moment: SQLite answers SQLITE_BUSY to a journal-mode change without calling the busy handler.
    ///
    /// See <https://www.sqlite.org/pragma.html#pragma_journal_mode>.
    private func enableWAL(within timeout: Duration) throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            do {
                try execute("PRAGMA journal_mode = WAL")
                return
            } catch let error as DatabaseError where error.code == SQLITE_BUSY && ContinuousClock.now < deadline {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// An error for result `code`, with SQLite's current message for this connection.
    func error(code: Int32, sql: String?) -> DatabaseError {
        let extended = sqlite3_extended_errcode(handle) == 0 ? code : sqlite3_extended_errcode(handle)
        // For I/O failures, say what the system said: a full disk reads differently from a bad sector.
        let primary = extended & 0xFF
        let errno = primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN ? sqlite3_system_errno(handle) : 0
        var systemError = errno > 0 ? String(cString: strerror(errno)) : nil
        if systemError == nil, primary == SQLITE_FULL || extended == SQLITE_IOERR | (3 << 8) {  // SQLITE_IOERR_WRITE
            // SQLite reports a write cut short by a full disk or by RLIMIT_FSIZE as one of these, often without errno.
            systemError = "is the disk full, or a file-size limit reached?"
        }
        return DatabaseError(
            extendedCode: extended,
            message: String(cString: sqlite3_errmsg(handle)),
            sql: sql,
            systemError: systemError)
    }

    /// Runs one or more statements without arguments.
    ///
    /// See <https://www.sqlite.org/c3ref/exec.html>.
    public func execute(_ sql: String) throws {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code: code, sql: sql) }
    }

    /// Runs one statement with arguments, through the statement cache.
    public func execute(_ sql: String, _ values: [any DatabaseValueConvertible]) throws {
        try cachedStatement(sql).execute(values)
    }

    /// Prepares a new statement, owned by the caller.
    public func makeStatement(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// A prepared statement for `sql`, kept and reused for the life of the connection.
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] { return statement }
        let statement = try Statement(database: self, sql: sql)
        statementCache[sql] = statement
        return statement
    }

    /// The version of the SQLite library in use, e.g. "3.40.1".
    public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }

    /// The rowid of the last row inserted on this connection.
    ///
    /// See <https://www.sqlite.org/c3ref/last_insert_rowid.html>.
    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last statement (<https://www.sqlite.org/c3ref/changes.html>).
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Rows inserted, updated or deleted through this connection since it was opened, triggers included
    /// (<https://www.sqlite.org/c3ref/total_changes.html>).
    public var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }

    /// A number that changes whenever another connection (of this or another process) commits to the database
    /// (`PRAGMA data_version`): a cache of rows read through this connection is still good while it stays the same.
    ///
    /// See <https://www.sqlite.org/pragma.html#pragma_data_version>.
    public func dataVersion() throws -> Int {
        try scalarInt("PRAGMA data_version") ?? 0
    }

    /// The most parameters one statement may take (`SQLITE_LIMIT_VARIABLE_NUMBER`,
    /// <https://www.sqlite.org/limits.html#max_variable_number>).
    public var maxParameters: Int { Int(sqlite3_limit(handle, SQLITE_LIMIT_VARIABLE_NUMBER, -1)) }

    /// Whether a transaction is open (<https://www.sqlite.org/c3ref/get_autocommit.html>).
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Sets the page cache of this connection (`PRAGMA cache_size`), e.g.
    /// larger for a bulk load so that the indexes it touches stay in memory.
    ///
    /// See <https://www.sqlite.org/pragma.html#pragma_cache_size>.
    public func setCacheSize(kibibytes: Int) throws {
        try execute("PRAGMA cache_size = -\(max(1, kibibytes))")
    }

    /// How many pages the write-ahead log may hold before a commit copies them back into the
    /// database (`PRAGMA wal_autocheckpoint`; 0 or less: never).
    ///
    /// See <https://www.sqlite.org/pragma.html#pragma_wal_autocheckpoint>.
    public func autoCheckpointPages() throws -> Int {
        try scalarInt("PRAGMA wal_autocheckpoint") ?? 0
    }

    /// Sets how many pages the write-ahead log may hold before a commit checkpoints (see ``autoCheckpointPages()``).
    public func setAutoCheckpoint(pages: Int) throws {
        try execute("PRAGMA wal_autocheckpoint = \(pages)")
    }

    /// Sets the size the write-ahead log may reach before a commit checkpoints, in KiB, e.g. larger for a bulk load
    /// so that pages rewritten by commit after commit (indexes, full-text segments) are copied back once, not each time.
    public func setAutoCheckpoint(kibibytes: Int) throws {
        let pageSize = max(512, try scalarInt("PRAGMA page_size") ?? 4096)
        try setAutoCheckpoint(pages: max(1, kibibytes * 1024 / pageSize))
    }

    /// The integer answer of a one-value query, e.g. `PRAGMA user_version`.
    public func scalarInt(_ sql: String, _ values: [any DatabaseValueConvertible] = []) throws -> Int? {
        try cachedStatement(sql).firstRow(values) { $0.isNull(0) ? nil : $0.int(0) } ?? nil
    }

    /// The text answer of a one-value query.
    public func scalarString(_ sql: String, _ values: [any DatabaseValueConvertible] = []) throws -> String? {
        try cachedStatement(sql).firstRow(values) { $0.optionalString(0) } ?? nil
    }
}
