#pragma once

#include "device/connectivity.h"

namespace Aanwezig {

// Connectivity from QNetworkInformation. Where no backend loads (no
// NetworkManager on a headless Linux machine) the state stays Unknown,
// which the sync client treats as "try anyway".
class NetworkInformationConnectivity : public Connectivity
{
    Q_OBJECT
public:
    explicit NetworkInformationConnectivity(QObject *parent = nullptr);
    State state() const override;

private:
    bool m_backendLoaded = false;
};

} // namespace Aanwezig
