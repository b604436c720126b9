#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Aanwezig::Store {

// Checks that every waiting outbox entry has its local effect (its row exists
// and waits for it or for a later entry) and every waiting row has its outbox
// entry (pending, about that row, and the latest one about it). Returns one
// line per problem; empty when consistent.
QStringList consistencyProblems(const QSqlDatabase &db);

} // namespace Aanwezig::Store
