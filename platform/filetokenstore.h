#pragma once

#include "device/tokenstore.h"

namespace Aanwezig {

// Keeps the token in a file readable by the owner only (0600). Used where no
// secure keychain is available, e.g. a headless machine without a secret service.
class FileTokenStore : public TokenStore
{
public:
    explicit FileTokenStore(QString path);
    QString readToken() override;
    bool writeToken(const QString &token) override;
    void removeToken() override;

private:
    QString m_path;
};

} // namespace Aanwezig
