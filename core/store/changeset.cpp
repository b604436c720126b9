#include "changeset.h"

namespace Aanwezig::Store {

namespace {

thread_local ChangeSet *recording = nullptr;

} // namespace

void ChangeSet::noteKind(DataKind kind)
{
    if (!m_kinds.contains(kind))
        m_kinds.append(kind);
}

void ChangeSet::noteRow(DataKind kind, const QString &id)
{
    noteKind(kind);
    if (m_everything.contains(kind))
        return;
    // Only a repeat of the row noted last is dropped: a first sync notes
    // 100,000 rows, and hashing them all cost 5 % of the phone's time.
    QStringList &ids = m_ids[kind];
    if (ids.isEmpty() || ids.constLast() != id)
        ids.append(id);
}

void ChangeSet::noteEverything(DataKind kind)
{
    noteKind(kind);
    m_everything.insert(kind);
    m_ids.remove(kind);
}

QStringList ChangeSet::ids(DataKind kind) const
{
    return m_everything.contains(kind) ? QStringList() : m_ids.value(kind);
}

ChangeRecording::ChangeRecording(ChangeSet &changes) : m_previous(recording)
{
    recording = &changes;
}

ChangeRecording::~ChangeRecording()
{
    recording = m_previous;
}

void noteChangedRow(DataKind kind, const QString &id)
{
    if (recording)
        recording->noteRow(kind, id);
}

void noteChangedEverything(DataKind kind)
{
    if (recording)
        recording->noteEverything(kind);
}

} // namespace Aanwezig::Store
