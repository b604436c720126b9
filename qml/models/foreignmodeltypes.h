#pragma once

#include "store/localstore.h"

#include <QAbstractItemModel>
#include <QtQml/qqml.h>

// Qt 6.4 describes QAbstractItemModel to no QML module, so tools like qmllint
// cannot follow our models' base classes; this names it for ours.
struct ForeignAbstractItemModel
{
    Q_GADGET
    QML_FOREIGN(QAbstractItemModel)
    QML_ANONYMOUS
};

// The local store, as the pages hand it to the models (Session.store); QML
// only passes it on.
struct ForeignLocalStore
{
    Q_GADGET
    QML_FOREIGN(Aanwezig::LocalStore)
    QML_ANONYMOUS
};
