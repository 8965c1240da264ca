import CSQLite

/// The current row of a stepping statement; valid only inside the callback
/// that received it.
///
/// See <https://www.sqlite.org/c3ref/column_blob.html>.
public struct Row {
    let statement: Statement

    init(statement: Statement) {
        self.statement = statement
    }

    /// Whether column `index` is NULL.
    public func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(statement.handle, Int32(index)) == SQLITE_NULL
    }

    public func int(_ index: Int) -> Int {
        Int(sqlite3_column_int64(statement.handle, Int32(index)))
    }

    public func double(_ index: Int) -> Double {
        sqlite3_column_double(statement.handle, Int32(index))
    }

    /// Column `index` as text; empty for NULL.
    public func string(_ index: Int) -> String {
        guard let pointer = sqlite3_column_text(statement.handle, Int32(index)) else { return "" }
        let count = Int(sqlite3_column_bytes(statement.handle, Int32(index)))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// Column `index` as text, or nil for NULL.
    public func optionalString(_ index: Int) -> String? {
        isNull(index) ? nil : string(index)
    }

    public func optionalInt(_ index: Int) -> Int? {
        isNull(index) ? nil : int(index)
    }
}
