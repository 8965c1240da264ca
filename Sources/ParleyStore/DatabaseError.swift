import CSQLite

/// An error reported by SQLite: its result code, SQLite's message, and the
/// SQL that failed (never the values bound to it).
///
/// See <https://www.sqlite.org/rescode.html>.
public struct DatabaseError: Error, CustomStringConvertible, Sendable {
    /// The extended result code (<https://www.sqlite.org/rescode.html#extrc>).
    public let extendedCode: Int32
    /// SQLite's explanation, from `sqlite3_errmsg`.
    public let message: String
    /// The statement that failed, if any.
    public let sql: String?
    /// The operating system's explanation when an I/O call failed
    /// (`sqlite3_system_errno`), e.g. "No space left on device" or "File too large".
    public let systemError: String?

    /// The primary result code: the low 8 bits of the extended code.
    public var code: Int32 { extendedCode & 0xFF }

    public init(extendedCode: Int32, message: String, sql: String? = nil, systemError: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
        self.systemError = systemError
    }

    /// Whether the database was busy or locked by another connection.
    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
    /// Whether the disk or file-size limit is full.
    public var isFull: Bool { code == SQLITE_FULL }
    /// Whether the file cannot be written.
    public var isReadOnly: Bool { code == SQLITE_READONLY }

    public var description: String {
        var text = "SQLite error \(extendedCode)"
        if let name = sqlite3_errstr(extendedCode) { text += " (\(String(cString: name)))" }
        text += ": \(message)"
        if let systemError { text += " (\(systemError))" }
        if let sql { text += " — while executing: \(sql)" }
        return text
    }
}
