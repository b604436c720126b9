// One domain entity's fromJson (AANWEZIG_FUZZ_ENTITY names the type), with the
// round trip fromJson(toJson(x)) == x for every entity it accepts.
#include "domain/absencenotice.h"
#include "domain/absencereport.h"
#include "domain/checkin.h"
#include "domain/contactlogentry.h"
#include "domain/notificationsettings.h"
#include "domain/registeredabsence.h"
#include "domain/reply.h"
#include "domain/returnplan.h"
#include "domain/warmmessage.h"
#include "fuzzinput.h"

#include <QJsonDocument>

using namespace Aanwezig;
using Entity = AANWEZIG_FUZZ_ENTITY;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<QJsonObject> json = Fuzz::jsonObjectOf(Fuzz::bytesOf(data, size));
    if (!json)
        return -1; // not a JSON object: keep it out of the corpus
    QString error;
    const std::optional<Entity> entity = Entity::fromJson(*json, &error);
    if (!entity) {
        Fuzz::require(!error.isEmpty(), "a refused entity tells why");
        return 0;
    }
    const QJsonObject written = entity->toJson();
    QString again;
    const std::optional<Entity> reread = Entity::fromJson(written, &again);
    const QString details = QString::fromUtf8(QJsonDocument(*json).toJson()) +
                            QStringLiteral(" was written as ") +
                            QString::fromUtf8(QJsonDocument(written).toJson()) + again;
    Fuzz::require(reread.has_value(), "toJson writes what fromJson reads", details);
    Fuzz::require(*reread == *entity, "fromJson(toJson(x)) == x", details);
    Fuzz::require(reread->toJson() == written, "toJson is stable", details);
    return 0;
}
