#include "guiapplicationforeground.h"

#include <QGuiApplication>

namespace Aanwezig {

GuiApplicationForeground::GuiApplicationForeground(QObject *parent)
    : Foreground(parent), m_inFront(isInFront(QGuiApplication::applicationState()))
{
    if (!qGuiApp)
        return; // no GUI application (a command-line tool): always in front
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                const bool inFront = isInFront(state);
                if (inFront == m_inFront)
                    return;
                m_inFront = inFront;
                Q_EMIT inFrontChanged(inFront);
            });
}

bool GuiApplicationForeground::isInFront(Qt::ApplicationState state)
{
    switch (state) {
    case Qt::ApplicationActive:
    case Qt::ApplicationInactive:
        return true;
    case Qt::ApplicationHidden:
    case Qt::ApplicationSuspended:
        return false;
    }
    return true;
}

} // namespace Aanwezig
