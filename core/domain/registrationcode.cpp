#include "registrationcode.h"

#include <array>

namespace Aanwezig {

namespace {
// clang-format off
constexpr std::array<RegistrationCodeInfo, 9> codeTable{{
    {RegistrationCode::A,  "A",  "aanwezig",                 false, false, false},
    {RegistrationCode::Z,  "Z",  "ziek",                     true,  true,  false},
    {RegistrationCode::OA, "OA", "ongeoorloofd afwezig",     false, false, false},
    {RegistrationCode::TL, "TL", "te laat",                  false, false, false},
    {RegistrationCode::V,  "V",  "verlof",                   true,  false, true },
    {RegistrationCode::G,  "G",  "gewichtige omstandigheden", true, true,  false},
    {RegistrationCode::D,  "D",  "dokter of tandarts",       true,  true,  false},
    {RegistrationCode::S,  "S",  "schorsing",                false, false, false},
    {RegistrationCode::VW, "VW", "verwijdering",             false, false, false},
}};
// clang-format on
} // namespace

const RegistrationCodeInfo &codeInfo(RegistrationCode code)
{
    return codeTable[static_cast<size_t>(code)];
}

const QList<RegistrationCode> &allRegistrationCodes()
{
    static const QList<RegistrationCode> codes = [] {
        QList<RegistrationCode> list;
        for (const auto &info : codeTable)
            list.append(info.code);
        return list;
    }();
    return codes;
}

QString codeKey(RegistrationCode code)
{
    return QString::fromLatin1(codeInfo(code).key);
}

std::optional<RegistrationCode> parseRegistrationCode(QStringView key)
{
    for (const auto &info : codeTable) {
        if (key == QLatin1String(info.key))
            return info.code;
    }
    return std::nullopt;
}

bool parentMaySubmit(RegistrationCode code)
{
    const auto &info = codeInfo(code);
    return info.parentMayReport || info.parentMayRequest;
}

} // namespace Aanwezig
