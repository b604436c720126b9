#pragma once

#include <QObject>

namespace Aanwezig {

// Whether the user has the app in front. The core hears of it through this
// interface so that it stays free of Qt GUI; platform/ implements it from
// the application state.
class Foreground : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // True while the app is on the screen, false while it is in the background.
    virtual bool inFront() const = 0;

Q_SIGNALS:
    void inFrontChanged(bool inFront);
};

} // namespace Aanwezig
