#pragma once

#include <QString>

namespace Aanwezig {

// This install's id: a random UUID in a small file outside the local store,
// made on first use. A store that comes back from a backup (or is copied to
// another phone or profile) meets another install id and starts a new client
// id before it sends anything (SyncSettings::installId, core/sync/README.md).
// Empty when the file can be neither read nor written.
QString loadInstallId(const QString &path);

// Where the install id lives: a place the platform's backups leave out
// (platform/README.md). `profileDir` is the app's data folder on desktops.
QString installIdPath(const QString &profileDir);

} // namespace Aanwezig
