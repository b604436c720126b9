#include "keychaintokenstore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <future>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcTokenStore, "aanwezig.tokenstore")

namespace Aanwezig {

namespace {
const QString accountKey = QStringLiteral("device-token");
constexpr std::chrono::milliseconds keychainTimeout{3000};
} // namespace

KeychainTokenStore::KeychainTokenStore(QString service, QString fallbackPath)
    : m_service(std::move(service)), m_fallback(std::move(fallbackPath))
{
    // Ask the keychain once, here: where there is none, every later call
    // stays on the file instead of waiting for a keychain.
    m_token = readFromBackend();
}

KeychainTokenStore::JobOutcome
KeychainTokenStore::runJob(std::function<QKeychain::Job *(QObject *parent)> makeJob)
{
    auto answer = std::make_shared<std::promise<JobOutcome>>();
    std::future<JobOutcome> outcome = answer->get_future();
    const bool ownThread = QThread::currentThread() == m_home.thread();
    QEventLoop loop; // used only in the store's own thread
    QPointer<QEventLoop> waiting(ownThread ? &loop : nullptr);
    auto start = [this, answer, waiting, makeJob = std::move(makeJob)] {
        QKeychain::Job *job = makeJob(&m_home);
        job->setAutoDelete(true);
        QObject::connect(job, &QKeychain::Job::finished, &m_home,
                         [answer, waiting](QKeychain::Job *done) {
                             JobOutcome result;
                             result.answered = true;
                             result.ok = done->error() == QKeychain::NoError ||
                                         done->error() == QKeychain::EntryNotFound;
                             result.error = done->errorString();
                             if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                                 result.text = read->textData();
                             answer->set_value(result);
                             if (waiting)
                                 waiting->quit();
                         });
        job->start();
    };
    if (ownThread) {
        // The store's own thread (the app's main thread, never the sync
        // thread): its event loop runs the job while this call waits.
        QTimer::singleShot(keychainTimeout, &loop, &QEventLoop::quit);
        start();
        if (outcome.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
            loop.exec();
    } else {
        QMetaObject::invokeMethod(&m_home, std::move(start));
        outcome.wait_for(keychainTimeout);
    }
    if (outcome.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
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
