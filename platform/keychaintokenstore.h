#pragma once

#include "filetokenstore.h"

#include <QMutex>
#include <QObject>
#include <functional>

namespace QKeychain {
class Job;
}

namespace Aanwezig {

// Keeps the token in the system keychain through QtKeychain. When the
// keychain does not answer (no secret service running), it falls back to a
// 0600 file in the app's data folder and logs that it did. The token is read
// once when the store is made and kept in memory; the sync thread may read
// and write it.
//
// QtKeychain's jobs run in the thread that made the store (the app's main
// thread, whose event loop runs anyway). Another thread (the sync thread)
// waits for the answer without running an event loop of its own (no timer
// or queued call of the sync thread runs in between); no lock is held while
// a job runs.
class KeychainTokenStore : public TokenStore
{
public:
    KeychainTokenStore(QString service, QString fallbackPath);
    QString readToken() override;
    bool writeToken(const QString &token) override;
    void removeToken() override;

private:
    struct JobOutcome
    {
        bool answered = false; // false: the keychain did not answer in time
        bool ok = false;       // no error (an entry not found is no error)
        QString text;          // what a read job found
        QString error;
    };
    // Makes a job in the store's thread, runs it there and waits for it.
    JobOutcome runJob(std::function<QKeychain::Job *(QObject *parent)> makeJob);
    QString readFromBackend();
    bool fallbackActive();
    void useFallback(const QString &reason);

    QObject m_home; // lives in the thread that made the store: the jobs run there
    QMutex m_mutex; // guards the members below, never held across a job
    QString m_service;
    FileTokenStore m_fallback;
    bool m_fallbackActive = false;
    QString m_token;
};

} // namespace Aanwezig
