#pragma once

#include "device/foreground.h"

namespace Aanwezig {

// Foreground from QGuiApplication's application state. Active and Inactive
// count as in front: Inactive is a visible app without the focus (another
// window on a desktop, a call notice over it on a phone); Hidden and
// Suspended are the background.
class GuiApplicationForeground : public Foreground
{
    Q_OBJECT
public:
    // Needs a QGuiApplication.
    explicit GuiApplicationForeground(QObject *parent = nullptr);
    bool inFront() const override { return m_inFront; }

    static bool isInFront(Qt::ApplicationState state);

private:
    bool m_inFront;
};

} // namespace Aanwezig
