#pragma once

#include "device/foreground.h"

namespace Aanwezig {

// Whether the user is looking at the app right now: one of its windows is
// the active one (Qt::ApplicationActive). A desktop notification is shown
// only when not (core/notify/syncalerts.h); the sync's Foreground
// (guiapplicationforeground.h) counts a visible inactive window as in front.
class ActiveWindowForeground : public Foreground
{
    Q_OBJECT
public:
    // Needs a QGuiApplication; without one, never in front.
    explicit ActiveWindowForeground(QObject *parent = nullptr);
    bool inFront() const override { return m_inFront; }

private:
    bool m_inFront;
};

} // namespace Aanwezig
