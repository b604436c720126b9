#pragma once

#include "filetokenstore.h"

namespace Aanwezig {

// Keeps the token in the system keychain through QtKeychain. When the
// keychain does not answer (no secret service running), it falls back to a
// 0600 file in the app's data folder and logs that it did.
class KeychainTokenStore : public TokenStore
{
public:
    KeychainTokenStore(QString service, QString fallbackPath);
    QString readToken() override;
    bool writeToken(const QString &token) override;
    void removeToken() override;

private:
    bool useFallback(const QString &reason);

    QString m_service;
    FileTokenStore m_fallback;
    bool m_fallbackActive = false;
};

} // namespace Aanwezig
