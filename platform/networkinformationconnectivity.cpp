#include "networkinformationconnectivity.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

Q_LOGGING_CATEGORY(lcConnectivity, "aanwezig.connectivity")

namespace Aanwezig {

NetworkInformationConnectivity::NetworkInformationConnectivity(QObject *parent)
    : Connectivity(parent)
{
    m_backendLoaded = QNetworkInformation::loadDefaultBackend();
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!m_backendLoaded || !info) {
        qCInfo(lcConnectivity)
            << "no network information backend; connectivity unknown, syncing anyway";
        return;
    }
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this] { Q_EMIT stateChanged(state()); });
}

Connectivity::State NetworkInformationConnectivity::state() const
{
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!m_backendLoaded || !info)
        return State::Unknown;
    switch (info->reachability()) {
    case QNetworkInformation::Reachability::Disconnected:
        return State::Offline;
    case QNetworkInformation::Reachability::Online:
    case QNetworkInformation::Reachability::Site:
    case QNetworkInformation::Reachability::Local:
        return State::Online;
    case QNetworkInformation::Reachability::Unknown:
        break;
    }
    return State::Unknown;
}

} // namespace Aanwezig
