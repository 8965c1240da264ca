import Foundation
import ParleyResources
import Testing
@testable import ParleyStore

@Suite struct MigratorTests {
    @Test func freshDatabaseGetsEveryMigration() throws {
        let db = try Database(path: ":memory:")
        let applied = try Migrator.embedded.migrate(db)
        #expect(applied.count == Migrator.embedded.latestVersion)
        #expect(try db.scalarInt("PRAGMA user_version") == Migrator.embedded.latestVersion)
        #expect(try db.scalarInt("PRAGMA application_id") == Migrator.applicationID)
        #expect(try db.scalarInt("SELECT count(*) FROM parley_migrations") == Migrator.embedded.latestVersion)
        for table in ["articles", "articles_fts", "people", "aliases", "roles", "events", "event_participants", "event_sources"] {
            #expect(try db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = ?", [table]) == 1, "missing \(table)")
        }
    }

    @Test func existingDatabaseIsLeftAsItIs() throws {
        let path = temporaryPath("existing.db")
        defer { removeDatabase(path) }
        do {
            let store = try Store(path: path)
            try store.database.execute("INSERT INTO parley_meta(key, value) VALUES ('probe', 'kept')")
        }
        let again = try Database(path: path)
        #expect(try Migrator.embedded.migrate(again).isEmpty)
        #expect(try again.scalarString("SELECT value FROM parley_meta WHERE key = 'probe'") == "kept")
    }

    @Test func migrationsApplyInOrderOnTopOfAnOlderVersion() throws {
        let first = EmbeddedFile(name: "0001_a.sql", text: "CREATE TABLE a(x);")
        let second = EmbeddedFile(name: "0002_b.sql", text: "CREATE TABLE b(y); INSERT INTO a VALUES (1);")
        let db = try Database(path: ":memory:")
        try Migrator(files: [first]).migrate(db)
        let applied = try Migrator(files: [second, first]).migrate(db)
        #expect(applied.map(\.name) == ["0002_b.sql"])
        #expect(try db.scalarInt("SELECT count(*) FROM a") == 1)
        #expect(try db.scalarInt("PRAGMA user_version") == 2)
    }

    @Test func failingMigrationRollsBackAndNamesTheFile() throws {
        let db = try Database(path: ":memory:")
        let files = [EmbeddedFile(name: "0001_a.sql", text: "CREATE TABLE a(x);"),
                     EmbeddedFile(name: "0002_bad.sql", text: "CREATE TABLE b(y); CREATE TABLE a(z);")]
        #expect {
            try Migrator(files: files).migrate(db)
        } throws: { error in
            "\(error)".contains("0002_bad.sql")
        }
        #expect(try db.scalarInt("PRAGMA user_version") == 1)
        #expect(try db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'b'") == 0)
    }

    @Test func gapsInNumberingAreRejected() {
        #expect(throws: StoreError.self) {
            try Migrator(files: [EmbeddedFile(name: "0001_a.sql", text: ""), EmbeddedFile(name: "0003_c.sql", text: "")])
        }
    }

    @Test func newerSchemaIsRefused() throws {
        let path = temporaryPath("newer.db")
        defer { removeDatabase(path) }
        do {
            let store = try Store(path: path)
            try store.database.execute("PRAGMA user_version = \(Migrator.embedded.latestVersion + 5)")
        }
        #expect {
            try Store(path: path)
        } throws: { error in
            "\(error)".contains("newer Parley")
        }
    }

    @Test func foreignSQLiteDatabaseIsRefused() throws {
        let path = temporaryPath("other.db")
        defer { removeDatabase(path) }
        do {
            let db = try Database(path: path)
            try db.execute("CREATE TABLE customers(id INTEGER PRIMARY KEY)")
        }
        #expect {
            try Store(path: path)
        } throws: { error in
            "\(error)".contains("not a Parley one")
        }
        let db = try Database(path: path)
        #expect(try db.scalarInt("SELECT count(*) FROM sqlite_schema") == 1)
    }

    @Test func fileThatIsNotADatabaseIsRefused() throws {
        let path = temporaryPath("notes.db")
        defer { removeDatabase(path) }
        try Data("just some notes\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try Store(path: path)
        } throws: { error in
            "\(error)".contains("not an SQLite database")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "just some notes\n")
    }
}
