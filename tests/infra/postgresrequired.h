#pragma once

#include "testdatabase.h"

#include <QTest>

// For tests that must run against PostgreSQL: fails the test (instead of
// quietly using SQLite) when no cluster is configured.
#define AANWEZIG_REQUIRE_POSTGRES()                                                                \
    do {                                                                                           \
        if (Aanwezig::Test::TestDatabase::postgresClusterUrl().isEmpty())                          \
            QFAIL("No PostgreSQL cluster: run through ctest (fixture 'server_pg') or set "         \
                  "AANWEZIG_TEST_PG_URL=postgresql://USER@127.0.0.1:PORT/postgres");               \
    } while (false)
