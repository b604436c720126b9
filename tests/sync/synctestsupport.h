#pragma once

#include "domain/walltime.h"
#include "filetokenstore.h"
#include "store/localstore.h"
#include "sync/syncclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <memory>

// A phone for the sync tests: a real store file, a real token file and the
// sync client, in the test's thread (aanwezig-synctestsupport).
namespace Aanwezig::SyncTest {

// Quick retries so that faults heal within a test's patience.
SyncSettings testSettings();

class Device
{
public:
    // Opens (or creates) the store and the token file in `directory`.
    Device(const QString &directory, SyncSettings settings = testSettings());

    LocalStore &store() { return *m_store; }
    TokenStore *tokens() { return &m_tokens; }
    SyncStatus &status() { return *client->status(); }

    // Pairs with `server` using the pairing code; false (with a warning) on failure.
    bool pair(const QUrl &server, const QString &code);

    // Starts a round now and waits until one ends with nothing waiting.
    bool syncUntilDrained(int timeoutMs = 20000);

    std::unique_ptr<SyncClient> client;

private:
    std::unique_ptr<LocalStore> m_store;
    FileTokenStore m_tokens;
};

// A doctor's visit of an hour, `days` from today: many of them never overlap.
AbsenceReport doctorVisit(const QString &studentId, int days, int hour = 9);

// The entities ordered by id: two stores may order rows with equal times differently.
QJsonArray sortedById(const QJsonArray &entities);

// Everything the store shows its user, in a stable order, for comparing two stores.
QJsonObject visibleData(const LocalStore &store);

// What differs between two visibleData() results, one line per entity;
// empty when they are equal.
QString differences(const QJsonObject &phone, const QJsonObject &server);

} // namespace Aanwezig::SyncTest
