#include "keychaintokenstore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QMutexLocker>
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
{
    // Ask the keychain once, here, in the thread that builds the store (the
    // main thread): where there is none, every later call stays on the file
    // instead of waiting for a keychain from the sync thread.
    m_token = readFromBackend();
}

void KeychainTokenStore::useFallback(const QString &reason)
{
    if (!m_fallbackActive)
        qCWarning(lcTokenStore) << "no secure keychain (" << reason
                                << "); keeping the device token in a 0600 file instead";
    m_fallbackActive = true;
}

QString KeychainTokenStore::readFromBackend()
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

QString KeychainTokenStore::readToken()
{
    const QMutexLocker lock(&m_mutex);
    return m_token;
}

bool KeychainTokenStore::writeToken(const QString &token)
{
    const QMutexLocker lock(&m_mutex);
    bool written = false;
    if (!m_fallbackActive) {
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(accountKey);
        job.setTextData(token);
        QString error;
        written = runJob(job, &error);
        if (!written)
            useFallback(error);
    }
    if (m_fallbackActive)
        written = m_fallback.writeToken(token);
    if (written)
        m_token = token;
    return written;
}

void KeychainTokenStore::removeToken()
{
    const QMutexLocker lock(&m_mutex);
    m_token.clear();
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
