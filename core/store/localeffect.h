#pragma once

#include "datakind.h"

#include <QJsonObject>
#include <QString>

namespace Aanwezig::Store {

// What a user action changes: one row (its new JSON, or deleted) and the
// mutation that tells the server. No mutation: nothing to do.
struct LocalEffect
{
    const char *mutation = nullptr;
    QJsonObject args;
    DataKind kind = DataKind::Reports;
    QString id;
    QJsonObject json;
    bool deleted = false;
};

} // namespace Aanwezig::Store
