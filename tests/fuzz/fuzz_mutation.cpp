// One mutation's arguments (fuzzedMutation names it: each fuzz-mutation-*
// target links this object with a file of its own that defines it; see
// CMakeLists.txt) through the server's push handler and mutation handlers on
// the in-memory test school. The first byte picks the user who pushes, the
// rest is the args object.
#include "fuzzinput.h"
#include "http/apierror.h"
#include "serverschool.h"
#include "storage/database.h"
#include "sync/push.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>

using namespace Aanwezig;

extern const char fuzzedMutation[];

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return -1;
    Fuzz::ServerSchool &school = Fuzz::ServerSchool::instance();
    const std::optional<QJsonObject> args = Fuzz::jsonObjectOf(Fuzz::bytesOf(data + 1, size - 1));
    if (!args)
        return -1;
    const QJsonObject body{
        {QStringLiteral("client_id"), QLatin1String(Fuzz::Seeded::clientId)},
        {QStringLiteral("mutations"),
         QJsonArray{QJsonObject{{QStringLiteral("seq"), 1},
                                {QStringLiteral("name"), QLatin1String(fuzzedMutation)},
                                {QStringLiteral("args"), *args}}}}};
    try {
        const QJsonObject reply = Server::handlePush(school.database(), school.user(data[0]), body);
        if (std::getenv("AANWEZIG_FUZZ_VERBOSE")) // to see what the seeds reach
            std::fprintf(stderr, "%s\n", QJsonDocument(reply).toJson().constData());
        const QJsonArray results = reply.value(QStringLiteral("results")).toArray();
        Fuzz::require(results.size() == 1, "one mutation gets one result");
        const QString status = results.at(0)[QStringLiteral("status")].toString();
        Fuzz::require(status == QStringLiteral("applied") || status == QStringLiteral("rejected"),
                      "a new mutation is applied or rejected", status);
        if (status == QStringLiteral("rejected"))
            Fuzz::require(results.at(0)[QStringLiteral("reason")][QStringLiteral("code")] !=
                              QStringLiteral("unknown_mutation"),
                          "the mutation is known");
    } catch (const Server::ApiError &error) {
        Fuzz::propertyFailed("a well-formed envelope is not refused", error.message);
    } catch (const Server::DatabaseError &error) {
        Fuzz::propertyFailed("a mutation never makes the database fail",
                             QString::fromUtf8(error.what()));
    }
    school.reset();
    return 0;
}
