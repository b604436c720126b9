#pragma once

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QString>

namespace Aanwezig::UiTest {

// Golden dumps of the list models: every row, every role by name, as JSON,
// compared with tests/data/golden/<name>.json (KDE Itinerary keeps such
// files for its extractors). Ids made afresh on each run (UUIDs) become
// "uuid-1", "uuid-2", ... in the order they first appear.
//
// To write the files anew after a change that is meant (then read the diff):
//     AANWEZIG_REGENERATE_GOLDEN=1 ctest -R tst_uimodels
QJsonArray dumpModel(const QAbstractItemModel &model);

// Empty when `dump` equals the golden file `name` (or the file was written
// anew, see above); else what differs, with the first differing line.
QString goldenMismatch(const QString &name, const QJsonArray &dump);

} // namespace Aanwezig::UiTest
