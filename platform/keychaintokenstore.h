#pragma once

#include "filetokenstore.h"

#include <QMutex>

namespace Aanwezig {

// Keeps the token in the system keychain through QtKeychain. When the
// keychain does not answer (no secret service running), it falls back to a
// 0600 file in the app's data folder and logs that it did. The token is read
// once when the store is made and kept in memory; the sync thread may read
// and write it.
class KeychainTokenStore : public TokenStore
{
public:
    KeychainTokenStore(QString service, QString fallbackPath);
    QString readToken() override;
    bool writeToken(const QString &token) override;
    void removeToken() override;

private:
    QString readFromBackend();
    void useFallback(const QString &reason);

    QMutex m_mutex;
    QString m_service;
    FileTokenStore m_fallback;
    bool m_fallbackActive = false;
    QString m_token;
};

} // namespace Aanwezig
