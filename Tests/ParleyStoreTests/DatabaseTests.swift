import Foundation
import Testing
@testable import ParleyStore

@Suite struct DatabaseTests {
    @Test func statementBindsStepsAndReads() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a INTEGER, b TEXT, c REAL)")
        let insert = try db.makeStatement("INSERT INTO t(a, b, c) VALUES (?, ?, ?)")
        try insert.execute([1, "één, \"twee\"", 1.5])
        try insert.execute([2, Optional<String>.none, 2.5])
        let rows = try db.makeStatement("SELECT a, b, c FROM t ORDER BY a").rows { ($0.int(0), $0.optionalString(1), $0.double(2)) }
        #expect(rows.count == 2)
        #expect(rows[0].0 == 1 && rows[0].1 == "één, \"twee\"" && rows[0].2 == 1.5)
        #expect(rows[1].1 == nil)
    }

    @Test func wrongArgumentCountNamesTheSQLNotTheValues() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a)")
        let error = #expect(throws: DatabaseError.self) {
            try db.execute("INSERT INTO t(a) VALUES (?)", ["secret-value", "other"])
        }
        #expect(error?.sql == "INSERT INTO t(a) VALUES (?)")
        #expect(error?.description.contains("secret-value") == false)
    }

    @Test func syntaxErrorCarriesCodeMessageAndSQL() throws {
        let db = try Database(path: ":memory:")
        let error = #expect(throws: DatabaseError.self) { try db.execute("SELEC 1") }
        #expect(error?.code == 1)
        #expect(error?.message.contains("syntax error") == true)
        #expect(error?.sql == "SELEC 1")
    }

    @Test func constraintViolationReportsExtendedCode() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a UNIQUE)")
        try db.execute("INSERT INTO t VALUES (1)")
        let error = #expect(throws: DatabaseError.self) { try db.execute("INSERT INTO t VALUES (?)", [1]) }
        #expect(error?.code == 19)            // SQLITE_CONSTRAINT
        #expect(error?.extendedCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
    }

    @Test func transactionCommitsOnSuccess() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a)")
        let value = try db.inTransaction { () -> Int in
            try db.execute("INSERT INTO t VALUES (1)")
            return 7
        }
        #expect(value == 7)
        #expect(try db.scalarInt("SELECT count(*) FROM t") == 1)
        #expect(!db.isInTransaction)
    }

    struct Boom: Error, Equatable { let id: Int }

    @Test func transactionRollsBackAndRethrowsTheFirstError() throws {
        let db = try Database(path: ":memory:")
        try db.execute("CREATE TABLE t(a)")
        #expect(throws: Boom(id: 1)) {
            try db.inTransaction {
                try db.execute("INSERT INTO t VALUES (1)")
                throw Boom(id: 1)
            }
        }
        #expect(try db.scalarInt("SELECT count(*) FROM t") == 0)
        #expect(!db.isInTransaction)
        // A database error inside is rethrown as is, and the work rolled back.
        #expect(throws: DatabaseError.self) {
            try db.inTransaction {
                try db.execute("INSERT INTO t VALUES (2)")
                try db.execute("INSERT INTO missing VALUES (3)")
            }
        }
        #expect(try db.scalarInt("SELECT count(*) FROM t") == 0)
    }

    @Test func cachedStatementsAreReused() throws {
        let db = try Database(path: ":memory:")
        let a = try db.cachedStatement("SELECT 1")
        let b = try db.cachedStatement("SELECT 1")
        #expect(a === b)
        #expect(try db.scalarInt("SELECT 1") == 1)
    }

    @Test func fileDatabaseUsesWALAndForeignKeys() throws {
        let path = temporaryPath("wal.db")
        defer { removeDatabase(path) }
        let db = try Database(path: path)
        #expect(try db.scalarString("PRAGMA journal_mode") == "wal")
        #expect(try db.scalarInt("PRAGMA foreign_keys") == 1)
    }
}

/// A fresh path in a new temporary folder.
func temporaryPath(_ name: String) -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent(name).path
}

func removeDatabase(_ path: String) {
    try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
}
