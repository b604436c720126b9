#pragma once

#include "apiclient.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <memory>

namespace Aanwezig::Test {

// The npm package web-push-testing (installed by
// scripts/install-npm-packages.sh into the build tree) run as a local
// Web Push service on a free port: it makes subscriptions, checks each
// push's VAPID token and decrypts it; the test reads the cleartexts back.
// It answers 201 for a push it could decrypt, 410 for one it could not.
class WebPushService
{
public:
    ~WebPushService();
    // Starts `node server.js PORT`; false with errorString() when node or the
    // package is missing or it does not answer in time.
    bool start();
    QString errorString() const { return m_error; }

    struct Subscription
    {
        QString endpoint;
        QString p256dh;
        QString auth;
        QString clientHash;
    };
    // A subscription for the application server key (base64url).
    std::optional<Subscription> subscribe(const QString &applicationServerKey) const;
    // The cleartexts this subscription received so far, in order.
    QStringList messages(const QString &clientHash) const;

private:
    QProcess m_process;
    int m_port = 0;
    std::unique_ptr<ApiClient> m_api;
    QString m_error;
};

} // namespace Aanwezig::Test
