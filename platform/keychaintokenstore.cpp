#include "keychaintokenstore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcTokenStore, "aanwezig.tokenstore")

namespace Aanwezig {

namespace {
const QString accountKey = QStringLiteral("device-token");
constexpr int keychainTimeoutMs = 3000;

// QtKeychain jobs are asynchronous; the token is small and read rarely, so wait for it.
bool runJob(QKeychain::Job &job, QString *errorText)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(keychainTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        *errorText = QStringLiteral("keychain did not answer");
        return false;
    }
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        *errorText = job.errorString();
        return false;
    }
    return true;
}
} // namespace

KeychainTokenStore::KeychainTokenStore(QString service, QString fallbackPath)
    : m_service(std::move(service)), m_fallback(std::move(fallbackPath))
{}

bool KeychainTokenStore::useFallback(const QString &reason)
{
    if (!m_fallbackActive)
        qCWarning(lcTokenStore) << "no secure keychain (" << reason
                                << "); keeping the device token in a 0600 file instead";
    m_fallbackActive = true;
    return true;
}

QString KeychainTokenStore::readToken()
{
    if (m_fallbackActive)
        return m_fallback.readToken();
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(accountKey);
    QString error;
    if (!runJob(job, &error)) {
        useFallback(error);
        return m_fallback.readToken();
    }
    return job.textData();
}

bool KeychainTokenStore::writeToken(const QString &token)
{
    if (m_fallbackActive)
        return m_fallback.writeToken(token);
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(accountKey);
    job.setTextData(token);
    QString error;
    if (!runJob(job, &error)) {
        useFallback(error);
        return m_fallback.writeToken(token);
    }
    return true;
}

void KeychainTokenStore::removeToken()
{
    m_fallback.removeToken();
    if (m_fallbackActive)
        return;
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(accountKey);
    QString error;
    if (!runJob(job, &error))
        useFallback(error);
}

} // namespace Aanwezig
