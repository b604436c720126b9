#include "keychaintokenstore.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <future>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcTokenStore, "aanwezig.tokenstore")

namespace Aanwezig {

namespace {
const QString accountKey = QStringLiteral("device-token");
constexpr std::chrono::milliseconds keychainTimeout{3000};
} // namespace

KeychainTokenStore::KeychainTokenStore(QString service, QString fallbackPath)
    : m_keychainContext(new QObject), m_service(std::move(service)),
      m_fallback(std::move(fallbackPath))
{
    m_keychainThread.setObjectName(QStringLiteral("keychain"));
    m_keychainContext->moveToThread(&m_keychainThread);
    QObject::connect(&m_keychainThread, &QThread::finished, m_keychainContext,
                     &QObject::deleteLater);
    m_keychainThread.start();
    // Ask the keychain once, here: where there is none, every later call
    // stays on the file instead of waiting for a keychain.
    m_token = readFromBackend();
}

KeychainTokenStore::~KeychainTokenStore()
{
    m_keychainThread.quit();
    m_keychainThread.wait();
}

KeychainTokenStore::JobOutcome
KeychainTokenStore::runJob(std::function<QKeychain::Job *(QObject *parent)> makeJob)
{
    auto answer = std::make_shared<std::promise<JobOutcome>>();
    std::future<JobOutcome> outcome = answer->get_future();
    QMetaObject::invokeMethod(m_keychainContext, [this, answer, makeJob = std::move(makeJob)] {
        QKeychain::Job *job = makeJob(m_keychainContext);
        job->setAutoDelete(true);
        QObject::connect(job, &QKeychain::Job::finished, m_keychainContext,
                         [answer](QKeychain::Job *done) {
                             JobOutcome result;
                             result.answered = true;
                             result.ok = done->error() == QKeychain::NoError ||
                                         done->error() == QKeychain::EntryNotFound;
                             result.error = done->errorString();
                             if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                                 result.text = read->textData();
                             answer->set_value(result);
                         });
        job->start();
    });
    if (outcome.wait_for(keychainTimeout) != std::future_status::ready)
        return JobOutcome{false, false, {}, QStringLiteral("keychain did not answer")};
    return outcome.get();
}

bool KeychainTokenStore::fallbackActive()
{
    const QMutexLocker lock(&m_mutex);
    return m_fallbackActive;
}

void KeychainTokenStore::useFallback(const QString &reason)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_fallbackActive)
        qCWarning(lcTokenStore) << "no secure keychain (" << reason
                                << "); keeping the device token in a 0600 file instead";
    m_fallbackActive = true;
}

QString KeychainTokenStore::readFromBackend()
{
    if (fallbackActive())
        return m_fallback.readToken();
    const JobOutcome read = runJob([this](QObject *parent) {
        auto *job = new QKeychain::ReadPasswordJob(m_service, parent);
        job->setKey(accountKey);
        return job;
    });
    if (!read.ok) {
        useFallback(read.error);
        return m_fallback.readToken();
    }
    return read.text;
}

QString KeychainTokenStore::readToken()
{
    const QMutexLocker lock(&m_mutex);
    return m_token;
}

bool KeychainTokenStore::writeToken(const QString &token)
{
    bool written = false;
    if (!fallbackActive()) {
        const JobOutcome write = runJob([this, token](QObject *parent) {
            auto *job = new QKeychain::WritePasswordJob(m_service, parent);
            job->setKey(accountKey);
            job->setTextData(token);
            return job;
        });
        written = write.ok;
        if (!written)
            useFallback(write.error);
    }
    if (!written && fallbackActive())
        written = m_fallback.writeToken(token);
    if (written) {
        const QMutexLocker lock(&m_mutex);
        m_token = token;
    }
    return written;
}

void KeychainTokenStore::removeToken()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_token.clear();
    }
    m_fallback.removeToken();
    if (fallbackActive())
        return;
    const JobOutcome removed = runJob([this](QObject *parent) {
        auto *job = new QKeychain::DeletePasswordJob(m_service, parent);
        job->setKey(accountKey);
        return job;
    });
    if (!removed.ok)
        useFallback(removed.error);
}

} // namespace Aanwezig
