import CSQLite

extension Database {
    /// How a transaction takes its lock (<https://www.sqlite.org/lang_transaction.html>).
    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED"
        /// Takes the write lock at once, so a busy database is waited for at
        /// BEGIN (under the busy timeout) rather than failing mid-way.
        case immediate = "IMMEDIATE"
    }

    /// Runs `body` in a transaction: commits when it returns, rolls back and
    /// rethrows the first error when it throws (or when COMMIT fails).
    public func inTransaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try execute("BEGIN \(kind.rawValue) TRANSACTION")
        let result: T
        do {
            result = try body()
            try execute("COMMIT TRANSACTION")
        } catch {
            // The first error wins; a failed rollback (e.g. SQLite already
            // rolled back on SQLITE_FULL) must not hide it.
            if isInTransaction { try? execute("ROLLBACK TRANSACTION") }
            throw error
        }
        return result
    }
}

extension Database {
    /// Opens a transaction that the caller ends with ``commit()`` or
    /// ``rollback()``, for work that spans calls (a batch of articles).
    /// Prefer ``inTransaction(_:_:)`` when the work fits in one closure.
    public func begin(_ kind: TransactionKind = .immediate) throws {
        try execute("BEGIN \(kind.rawValue) TRANSACTION")
    }

    /// Commits the open transaction.
    public func commit() throws {
        try execute("COMMIT TRANSACTION")
    }

    /// Rolls back the open transaction, if SQLite has not already done so.
    public func rollback() throws {
        if isInTransaction { try execute("ROLLBACK TRANSACTION") }
    }
}
