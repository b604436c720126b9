#pragma once

#include <QObject>

namespace Aanwezig {

// What the core needs to know about the network. Implemented per platform in platform/.
class Connectivity : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Offline, Online };
    Q_ENUM(State)

    using QObject::QObject;
    virtual State state() const = 0;
    // Unknown means "try anyway": only a definite Offline holds syncing back.
    bool mayTry() const { return state() != State::Offline; }

Q_SIGNALS:
    void stateChanged(Aanwezig::Connectivity::State state);
};

} // namespace Aanwezig
