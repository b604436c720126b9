#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Aanwezig {

// The nine Ingrado registration codes Dutch schools use.
enum class RegistrationCode { A, Z, OA, TL, V, G, D, S, VW };

struct RegistrationCodeInfo
{
    RegistrationCode code;
    const char *key;       // "A", "Z", "OA", ...
    const char *dutchName; // "aanwezig", "ziek", ...
    bool authorised;       // authorised absence (V only once approved)
    bool parentMayReport;  // a parent may report it directly (Z, D, G)
    bool parentMayRequest; // a parent may ask for it, the school decides (V)
};

const RegistrationCodeInfo &codeInfo(RegistrationCode code);
const QList<RegistrationCode> &allRegistrationCodes();

QString codeKey(RegistrationCode code);
std::optional<RegistrationCode> parseRegistrationCode(QStringView key);

// Whether a parent may submit a report with this code (report or request).
bool parentMaySubmit(RegistrationCode code);

} // namespace Aanwezig
