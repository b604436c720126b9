#include "pushregistration.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPushRegistration, "aanwezig.sync.push")

namespace Aanwezig {

namespace {
const QString subscriptionsPath = QStringLiteral("/v1/push/subscriptions");
} // namespace

PushRegistration::PushRegistration(BackoffPolicy backoff, std::chrono::milliseconds timeout,
                                   QObject *parent)
    : QObject(parent), m_backoff(backoff)
{
    m_api.setTimeout(timeout);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PushRegistration::tryNext);
}

void PushRegistration::setAccount(const QUrl &server, const QString &token)
{
    if (server == m_api.server() && token == m_api.token())
        return;
    // Calls still in flight for the previous account are left to end; their
    // answers are ignored.
    ++m_generation;
    m_inFlight = false;
    m_api.setServer(server);
    m_api.setToken(token);
    m_registered.clear();
    m_toRemove.clear();
    m_refused = {};
    m_backoff.reset();
    tryNext();
}

void PushRegistration::setSubscription(const PushSubscription &subscription)
{
    if (subscription == m_wanted)
        return;
    if (subscription.endpoint != m_wanted.endpoint && !m_registered.isEmpty() &&
        m_registered == m_wanted.endpoint && !m_toRemove.contains(m_registered))
        m_toRemove.append(m_registered);
    if (subscription.endpoint != m_registered || subscription.p256dh != m_wanted.p256dh ||
        subscription.auth != m_wanted.auth)
        m_registered.clear();
    m_wanted = subscription;
    m_toRemove.removeAll(m_wanted.endpoint);
    m_backoff.reset();
    tryNext();
}

void PushRegistration::setOnline(bool online)
{
    m_online = online;
    if (!online) {
        m_retryTimer.stop();
        return;
    }
    m_backoff.reset();
    tryNext();
}

void PushRegistration::retryNow()
{
    if (m_retryTimer.isActive())
        tryNext();
}

void PushRegistration::logOut()
{
    ++m_generation;
    m_inFlight = false;
    m_retryTimer.stop();
    QStringList endpoints = m_toRemove;
    if (!m_wanted.endpoint.isEmpty())
        endpoints.append(m_wanted.endpoint);
    if (!m_registered.isEmpty())
        endpoints.append(m_registered);
    endpoints.removeDuplicates();
    if (m_api.hasToken()) {
        // The calls carry the token they were made with; their answers do
        // not matter any more (a subscription the server keeps is removed
        // when the push service, told by the channel, answers 404 or 410).
        for (const QString &endpoint : std::as_const(endpoints))
            m_api.remove(subscriptionsPath, {{QStringLiteral("endpoint"), endpoint}},
                         [](const ApiReply &) {});
    }
    m_api.setToken({});
    m_registered.clear();
    m_toRemove.clear();
    m_refused = {};
}

void PushRegistration::tryNext()
{
    m_retryTimer.stop();
    if (m_inFlight || !m_api.hasToken() || !m_online)
        return;
    if (!m_toRemove.isEmpty())
        removeOld();
    else if (!m_wanted.endpoint.isEmpty() && m_registered != m_wanted.endpoint &&
             !(m_refused == m_wanted))
        registerWanted();
}

void PushRegistration::registerWanted()
{
    m_inFlight = true;
    const PushSubscription sent = m_wanted;
    const QJsonObject body{
        {QStringLiteral("endpoint"), sent.endpoint},
        {QStringLiteral("keys"),
         QJsonObject{{QStringLiteral("p256dh"), sent.p256dh}, {QStringLiteral("auth"), sent.auth}}},
        {QStringLiteral("device_name"), sent.deviceName}};
    m_api.post(
        subscriptionsPath, body, [this, sent, generation = m_generation](const ApiReply &reply) {
            if (generation != m_generation)
                return;
            m_inFlight = false;
            if (reply.outcome == ApiReply::Outcome::Ok) {
                m_backoff.reset();
                if (sent == m_wanted)
                    m_registered = sent.endpoint;
                else if (sent.endpoint != m_wanted.endpoint && !m_toRemove.contains(sent.endpoint))
                    m_toRemove.append(sent.endpoint); // replaced while on its way
                Q_EMIT registered(sent.endpoint);
                tryNext();
            } else if (retryable(reply)) {
                retryLater(reply);
            } else {
                // 401: the next account registers again; 400: this
                // subscription is not tried again.
                qCWarning(lcPushRegistration).noquote()
                    << "the server refused the push subscription:" << reply.message;
                m_refused = sent;
                tryNext();
            }
        });
}

void PushRegistration::removeOld()
{
    m_inFlight = true;
    const QString endpoint = m_toRemove.first();
    m_api.remove(subscriptionsPath, {{QStringLiteral("endpoint"), endpoint}},
                 [this, endpoint, generation = m_generation](const ApiReply &reply) {
                     if (generation != m_generation)
                         return;
                     m_inFlight = false;
                     if (retryable(reply)) {
                         retryLater(reply);
                         return;
                     }
                     m_toRemove.removeAll(endpoint);
                     if (reply.outcome == ApiReply::Outcome::Ok) {
                         m_backoff.reset();
                         Q_EMIT removed(endpoint);
                     }
                     tryNext();
                 });
}

bool PushRegistration::retryable(const ApiReply &reply) const
{
    return reply.outcome == ApiReply::Outcome::NetworkError || reply.httpStatus == 429 ||
           reply.httpStatus >= 500;
}

void PushRegistration::retryLater(const ApiReply &reply)
{
    if (!m_online)
        return; // setOnline(true) tries again
    m_retryTimer.start(
        std::max<std::chrono::milliseconds>(m_backoff.nextDelay(), reply.retryAfter));
}

} // namespace Aanwezig
