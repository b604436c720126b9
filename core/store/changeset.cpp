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
    QSet<QString> &noted = m_noted[kind];
    if (noted.contains(id))
        return;
    noted.insert(id);
    m_ids[kind].append(id);
}

void ChangeSet::noteEverything(DataKind kind)
{
    noteKind(kind);
    m_everything.insert(kind);
    m_ids.remove(kind);
    m_noted.remove(kind);
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
