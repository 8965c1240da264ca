#ifndef PARLEY_CSQLITE_SHIM_H
#define PARLEY_CSQLITE_SHIM_H

#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift
/// cannot import: SQLite copies the bound text before the call returns.
/// https://www.sqlite.org/c3ref/c_static.html
static inline sqlite3_destructor_type parley_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

/// Wraps the variadic sqlite3_db_config() for options taking (int, int*):
/// https://www.sqlite.org/c3ref/db_config.html
static inline int parley_sqlite_db_config_int(sqlite3 *db, int op, int value) {
    return sqlite3_db_config(db, op, value, (int *)0);
}

/// Turns off double-quoted string literals, so that a misspelt column name
/// is an error rather than a string: https://www.sqlite.org/quirks.html#dblquote
static inline void parley_sqlite_disable_dqs(sqlite3 *db) {
#ifdef SQLITE_DBCONFIG_DQS_DDL
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, (int *)0);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, (int *)0);
#endif
}

#endif
