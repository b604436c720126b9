#pragma once

#include <QAccessible>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

// Whether an assistive technology (a screen reader: Orca, TalkBack,
// VoiceOver) is listening to the app. QML knows it as `ScreenReader`; what
// times out for sighted users (a notice with an action) waits while it is on.
class ScreenReader : public QObject, public QAccessible::ActivationObserver
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
public:
    explicit ScreenReader(QObject *parent = nullptr);
    ~ScreenReader() override;

    bool active() const;
    void accessibilityActiveChanged(bool active) override;

Q_SIGNALS:
    void activeChanged();
};

} // namespace Aanwezig
