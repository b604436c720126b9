#pragma once

#include <QString>

namespace Aanwezig {

// Keeps the device token (a secret) between runs. Implemented per platform in platform/.
class TokenStore
{
public:
    virtual ~TokenStore() = default;
    virtual QString readToken() = 0;
    virtual bool writeToken(const QString &token) = 0;
    virtual void removeToken() = 0;
};

} // namespace Aanwezig
