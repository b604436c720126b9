#include "screenreader.h"

namespace Aanwezig {

ScreenReader::ScreenReader(QObject *parent) : QObject(parent)
{
    QAccessible::installActivationObserver(this);
}

ScreenReader::~ScreenReader()
{
    QAccessible::removeActivationObserver(this);
}

bool ScreenReader::active() const
{
    return QAccessible::isActive();
}

void ScreenReader::accessibilityActiveChanged(bool)
{
    Q_EMIT activeChanged();
}

} // namespace Aanwezig
