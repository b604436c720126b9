#include "storage/changelistener.h"

#include "http/requestlog.h"
#include "storage/database.h"

#include <QSqlDriver>
#include <QTimer>

namespace Aanwezig::Server {

namespace {
constexpr int retryMs = 5000;
} // namespace

ChangeListener::ChangeListener(std::function<void()> onChange)
    : m_onChange(std::move(onChange)), m_context(std::make_unique<QObject>()),
      m_connectionName(QStringLiteral("aanwezig-change-listener"))
{
    if (databaseConfig().dialect != Dialect::Postgres)
        return;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, m_context.get(), [this] { subscribe(); });
    m_thread.start();
}

ChangeListener::~ChangeListener()
{
    if (!m_thread.isRunning())
        return;
    QThread *owner = QThread::currentThread();
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, owner] {
            close();
            m_context->moveToThread(owner); // its pending retry timer goes with it
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ChangeListener::subscribe()
{
    try {
        QSqlDatabase db = openConnection(m_connectionName);
        QObject::connect(db.driver(), &QSqlDriver::notification, m_context.get(),
                         [this] { m_onChange(); });
        if (db.driver()->subscribeToNotification(QLatin1String(changeChannel))) {
            m_onChange(); // anything that committed while nobody listened
            return;
        }
        qCWarning(lcServer) << "live channel: cannot LISTEN on" << changeChannel;
    } catch (const DatabaseError &error) {
        qCWarning(lcServer) << "live channel: cannot reach the database:" << error.what();
    }
    close();
    QTimer::singleShot(retryMs, m_context.get(), [this] { subscribe(); });
}

void ChangeListener::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

} // namespace Aanwezig::Server
