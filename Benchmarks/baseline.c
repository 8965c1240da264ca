/*
 * Raw C baseline for `make bench`: inserts exactly the rows Parley wrote for
 * the benchmark corpus, through the same schema, with prepared statements.
 *
 *   c-baseline PARLEY_DB WORK_DIR BATCH MIGRATION.sql...
 *
 * 1. (untimed) Reads PARLEY_DB and writes WORK_DIR/rows.bin: for each article
 *    in id order, the article row, the people and roles it introduced, the
 *    events it created (with their final values), their participants, and its
 *    event sources.
 * 2. For each commit mode - one transaction, a commit every BATCH articles
 *    (Parley's default batch) and a commit per article - creates a fresh
 *    database with the migrations and the reference tables (untimed), then
 *    times reading rows.bin and inserting every row, closing included.
 *
 * Connection settings are Parley's: WAL, synchronous=NORMAL, foreign keys on,
 * a 64 MiB page cache. Prints one line per mode:
 *   mode=txn articles=N rows=R seconds=S
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void die(sqlite3 *db, const char *what) {
    fprintf(stderr, "c-baseline: %s: %s\n", what, db ? sqlite3_errmsg(db) : "");
    exit(2);
}

static void exec(sqlite3 *db, const char *sql) {
    char *error = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &error) != SQLITE_OK) {
        fprintf(stderr, "c-baseline: %s\n  in: %.200s\n", error, sql);
        exit(2);
    }
}

static sqlite3_stmt *prepare(sqlite3 *db, const char *sql) {
    sqlite3_stmt *statement = NULL;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, NULL) != SQLITE_OK) die(db, sql);
    return statement;
}

/* rows.bin: records of (table byte, column count byte, values); a value is a
 * type byte (0 null, 1 integer, 2 real, 3 text) and its payload. */
enum { T_ARTICLE = 'A', T_PERSON = 'P', T_ROLE = 'R', T_EVENT = 'E', T_PARTICIPANT = 'I', T_SOURCE = 'S' };

static void write_row(FILE *out, int table, sqlite3_stmt *row) {
    int columns = sqlite3_column_count(row);
    fputc(table, out);
    fputc(columns, out);
    for (int i = 0; i < columns; i++) {
        switch (sqlite3_column_type(row, i)) {
        case SQLITE_NULL: fputc(0, out); break;
        case SQLITE_INTEGER: { int64_t v = sqlite3_column_int64(row, i); fputc(1, out); fwrite(&v, 8, 1, out); break; }
        case SQLITE_FLOAT: { double v = sqlite3_column_double(row, i); fputc(2, out); fwrite(&v, 8, 1, out); break; }
        default: {
            const unsigned char *text = sqlite3_column_text(row, i);
            uint32_t length = (uint32_t)sqlite3_column_bytes(row, i);
            fputc(3, out);
            fwrite(&length, 4, 1, out);
            fwrite(text, 1, length, out);
        }
        }
    }
}

static void dump_query(FILE *out, int table, sqlite3_stmt *statement, sqlite3_int64 article) {
    sqlite3_bind_int64(statement, 1, article);
    while (sqlite3_step(statement) == SQLITE_ROW) write_row(out, table, statement);
    sqlite3_reset(statement);
}

static void dump(const char *source, const char *path) {
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(source, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) die(db, source);
    exec(db, "PRAGMA cache_size = -262144");
    /* Which article created each event (the first to report it) and each person met in articles. */
    exec(db, "CREATE TEMP TABLE creator AS SELECT event, min(article) AS article FROM event_sources GROUP BY event;"
             "CREATE INDEX temp.creator_article ON creator(article);"
             "CREATE TEMP TABLE person_creator AS SELECT ep.person, min(c.article) AS article FROM event_participants ep "
             "  JOIN creator c ON c.event = ep.event JOIN people p ON p.id = ep.person WHERE p.source = 'article' GROUP BY ep.person;"
             "CREATE INDEX temp.person_creator_article ON person_creator(article);");
    sqlite3_stmt *articles = prepare(db, "SELECT id, content_hash, url, title, source, language, published, ingested_at, origin, text FROM articles ORDER BY id");
    sqlite3_stmt *people = prepare(db, "SELECT p.id, p.key, p.name, p.folded, p.source FROM person_creator pc JOIN people p ON p.id = pc.person WHERE pc.article = ? ORDER BY p.id");
    sqlite3_stmt *roles = prepare(db, "SELECT r.id, r.person, r.office, r.country, r.start_date, r.end_date, r.source FROM person_creator pc "
                                      "JOIN roles r ON r.person = pc.person WHERE pc.article = ? ORDER BY r.id");
    sqlite3_stmt *events = prepare(db, "SELECT e.id, e.type, e.status, e.date, e.date_precision, e.place, e.city, e.country, e.confidence, "
                                       "e.participants_key, e.created_at FROM creator c JOIN events e ON e.id = c.event WHERE c.article = ? ORDER BY e.id");
    sqlite3_stmt *participants = prepare(db, "SELECT ep.event, ep.person, ep.office, ep.country FROM creator c "
                                             "JOIN event_participants ep ON ep.event = c.event WHERE c.article = ? ORDER BY ep.event, ep.person");
    sqlite3_stmt *sources = prepare(db, "SELECT event, article, evidence, evidence_start, evidence_end, status, confidence FROM event_sources WHERE article = ? ORDER BY event");
    FILE *out = fopen(path, "wb");
    if (!out) { perror(path); exit(2); }
    while (sqlite3_step(articles) == SQLITE_ROW) {
        sqlite3_int64 id = sqlite3_column_int64(articles, 0);
        write_row(out, T_ARTICLE, articles);
        dump_query(out, T_PERSON, people, id);
        dump_query(out, T_ROLE, roles, id);
        dump_query(out, T_EVENT, events, id);
        dump_query(out, T_PARTICIPANT, participants, id);
        dump_query(out, T_SOURCE, sources, id);
    }
    fclose(out);
    sqlite3_finalize(articles); sqlite3_finalize(people); sqlite3_finalize(roles);
    sqlite3_finalize(events); sqlite3_finalize(participants); sqlite3_finalize(sources);
    sqlite3_close(db);
}

static char *read_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); exit(2); }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (fread(text, 1, (size_t)size, file) != (size_t)size) { perror(path); exit(2); }
    text[size] = 0;
    fclose(file);
    return text;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Binds a value read from rows.bin; returns 0 at end of file. */
static void bind_value(FILE *in, sqlite3_stmt *statement, int index, char **buffer, size_t *capacity) {
    int type = fgetc(in);
    switch (type) {
    case 0: sqlite3_bind_null(statement, index); break;
    case 1: { int64_t v; if (fread(&v, 8, 1, in) != 1) exit(3); sqlite3_bind_int64(statement, index, v); break; }
    case 2: { double v; if (fread(&v, 8, 1, in) != 1) exit(3); sqlite3_bind_double(statement, index, v); break; }
    case 3: {
        uint32_t length;
        if (fread(&length, 4, 1, in) != 1) exit(3);
        if (length + 1 > *capacity) { *capacity = (length + 1) * 2; *buffer = realloc(*buffer, *capacity); }
        if (length && fread(*buffer, 1, length, in) != length) exit(3);
        sqlite3_bind_text(statement, index, *buffer, (int)length, SQLITE_STATIC);
        break;
    }
    default: fprintf(stderr, "c-baseline: corrupt rows.bin\n"); exit(3);
    }
}

static void load(const char *source, const char *rows, const char *target, const char *mode, long batch, int migrations, char **migration) {
    unlink(target);
    char side[4096];
    snprintf(side, sizeof side, "%s-wal", target); unlink(side);
    snprintf(side, sizeof side, "%s-shm", target); unlink(side);
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(target, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) die(db, target);
    exec(db, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;");
    for (int i = 0; i < migrations; i++) {
        char *sql = read_file(migration[i]);
        exec(db, "BEGIN");
        exec(db, sql);
        exec(db, "COMMIT");
        free(sql);
    }
    /* Reference data as Parley loaded it (untimed). */
    char attach[4200];
    snprintf(attach, sizeof attach, "ATTACH '%s' AS src", source);
    exec(db, attach);
    exec(db, "BEGIN;"
             "INSERT INTO countries SELECT * FROM src.countries;"
             "INSERT INTO country_names SELECT * FROM src.country_names;"
             "INSERT INTO offices SELECT * FROM src.offices;"
             "INSERT INTO people SELECT * FROM src.people WHERE source <> 'article';"
             "INSERT INTO aliases SELECT * FROM src.aliases;"
             "INSERT INTO roles SELECT * FROM src.roles WHERE source <> 'article';"
             "INSERT INTO places SELECT * FROM src.places;"
             "INSERT INTO parley_meta SELECT * FROM src.parley_meta;"
             "COMMIT;");
    exec(db, "DETACH src");
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");

    sqlite3_stmt *insert[128] = {0};
    insert[T_ARTICLE] = prepare(db, "INSERT INTO articles(id, content_hash, url, title, source, language, published, ingested_at, origin, text) VALUES (?,?,?,?,?,?,?,?,?,?)");
    insert[T_PERSON] = prepare(db, "INSERT INTO people(id, key, name, folded, source) VALUES (?,?,?,?,?)");
    insert[T_ROLE] = prepare(db, "INSERT INTO roles(id, person, office, country, start_date, end_date, source) VALUES (?,?,?,?,?,?,?)");
    insert[T_EVENT] = prepare(db, "INSERT INTO events(id, type, status, date, date_precision, place, city, country, confidence, participants_key, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    insert[T_PARTICIPANT] = prepare(db, "INSERT INTO event_participants(event, person, office, country) VALUES (?,?,?,?)");
    insert[T_SOURCE] = prepare(db, "INSERT INTO event_sources(event, article, evidence, evidence_start, evidence_end, status, confidence) VALUES (?,?,?,?,?,?,?)");

    FILE *in = fopen(rows, "rb");
    if (!in) { perror(rows); exit(2); }
    static char file_buffer[1 << 20];
    setvbuf(in, file_buffer, _IOFBF, sizeof file_buffer);
    size_t capacity = 1 << 16;
    char *buffers[16];
    size_t capacities[16];
    for (int i = 0; i < 16; i++) { capacities[i] = capacity; buffers[i] = malloc(capacity); }
    long articles = 0, count = 0;
    int open = 0;
    double start = now();
    int table;
    while ((table = fgetc(in)) != EOF) {
        int columns = fgetc(in);
        if (table == T_ARTICLE) {
            if (open && articles % batch == 0) { exec(db, "COMMIT"); open = 0; }
            if (!open) { exec(db, "BEGIN IMMEDIATE"); open = 1; }
            articles++;
        }
        sqlite3_stmt *statement = insert[table];
        if (!statement) { fprintf(stderr, "c-baseline: corrupt rows.bin\n"); exit(3); }
        for (int i = 0; i < columns; i++) bind_value(in, statement, i + 1, &buffers[i], &capacities[i]);
        if (sqlite3_step(statement) != SQLITE_DONE) die(db, "insert");
        sqlite3_reset(statement);
        count++;
    }
    if (open) exec(db, "COMMIT");
    for (int i = 0; i < 128; i++) if (insert[i]) sqlite3_finalize(insert[i]);
    if (sqlite3_close(db) != SQLITE_OK) die(db, "close");
    double seconds = now() - start;
    fclose(in);
    printf("mode=%s articles=%ld rows=%ld seconds=%.4f\n", mode, articles, count, seconds);
    fflush(stdout);
    for (int i = 0; i < 16; i++) free(buffers[i]);
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: c-baseline PARLEY_DB WORK_DIR BATCH MIGRATION.sql...\n");
        return 64;
    }
    const char *source = argv[1];
    const char *work = argv[2];
    long batch = atol(argv[3]);
    if (batch < 1) batch = 1;
    char rows[4096], target[4096];
    snprintf(rows, sizeof rows, "%s/rows.bin", work);
    snprintf(target, sizeof target, "%s/c-baseline.db", work);
    dump(source, rows);
    load(source, rows, target, "txn", 1L << 62, argc - 4, argv + 4);
    load(source, rows, target, "batch", batch, argc - 4, argv + 4);
    load(source, rows, target, "article", 1, argc - 4, argv + 4);
    return 0;
}
