#pragma once

#include <QStringList>

namespace Aanwezig::Server {

// Each sub-command of aanwezig-server takes the arguments after its name and
// returns the process exit code.
int runReport(const QStringList &args);              // report: the attendance report CSV
int runServe(const QStringList &args);               // serve: the sync API (server/PROTOCOL.md)
int runInvite(const QStringList &args);              // invite: a single-use pairing code
int runRevokeDevice(const QStringList &args);        // revoke-device: device tokens
int runRemoveRole(const QStringList &args);          // remove-role: one role of a person
int runRemovePerson(const QStringList &args);        // remove-person: devices, roles, relations
int runImportRoster(const QStringList &args);        // import-roster: the school's roster CSV
int runImportRegistrations(const QStringList &args); // import-registrations: lessons CSV
int runRetention(const QStringList &args);           // retention: delete what is past its period
int runExportPerson(const QStringList &args);        // export-person: everything about a person
int runErasePerson(const QStringList &args);         // erase-person: all no law requires keeping
int runDemo(const QStringList &args);                // demo: a demo school and pairing codes
int runBackup(const QStringList &args);              // backup: the whole database into one file
int runRestore(const QStringList &args);             // restore: the database from a backup file
int runVapidKeys(const QStringList &args);           // vapid-keys: the Web Push key pair

} // namespace Aanwezig::Server
