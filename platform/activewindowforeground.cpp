#include "activewindowforeground.h"

#include <QGuiApplication>

namespace Aanwezig {

ActiveWindowForeground::ActiveWindowForeground(QObject *parent)
    : Foreground(parent),
      m_inFront(qGuiApp && QGuiApplication::applicationState() == Qt::ApplicationActive)
{
    if (!qGuiApp)
        return;
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                const bool inFront = state == Qt::ApplicationActive;
                if (inFront == m_inFront)
                    return;
                m_inFront = inFront;
                Q_EMIT inFrontChanged(inFront);
            });
}

} // namespace Aanwezig
