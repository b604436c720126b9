#pragma once

#include "datakind.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Aanwezig::Store {

// What one write transaction changed, row by row: the row writers
// (entitytables.cpp) note each row they write or delete, and LocalStore
// announces the set after the commit (LocalStore::rowsChanged).
class ChangeSet
{
public:
    // The row `id` of `kind` was written or deleted.
    void noteRow(DataKind kind, const QString &id);
    // Everything of `kind` may have changed (a wipe, a new user, a swept
    // snapshot): listeners read it all again.
    void noteEverything(DataKind kind);

    bool isEmpty() const { return m_kinds.isEmpty(); }
    // The kinds changed, in the order first noted.
    QList<DataKind> kinds() const { return m_kinds; }
    bool changedEverything(DataKind kind) const { return m_everything.contains(kind); }
    // The rows of `kind` changed, in the order noted (a row written again
    // after other rows is named again); empty when everything of it changed.
    QStringList ids(DataKind kind) const;

private:
    void noteKind(DataKind kind);

    QList<DataKind> m_kinds;
    QSet<DataKind> m_everything;
    QHash<DataKind, QStringList> m_ids;
};

// While one lives, the row writers of this thread note into its change set
// (a LocalStore belongs to one thread and runs one transaction at a time).
// Without one, they note nothing.
class ChangeRecording
{
public:
    explicit ChangeRecording(ChangeSet &changes);
    ~ChangeRecording();
    ChangeRecording(const ChangeRecording &) = delete;
    ChangeRecording &operator=(const ChangeRecording &) = delete;

private:
    ChangeSet *m_previous;
};

// Notes into the change set being recorded in this thread, if any.
void noteChangedRow(DataKind kind, const QString &id);
void noteChangedEverything(DataKind kind);

} // namespace Aanwezig::Store
