// POST /v1/sync/push through the server's own handler (server/sync/push.*) on
// the in-memory test school. The first byte picks the user who pushes, the
// rest is the request body.
#include "fuzzinput.h"
#include "http/apierror.h"
#include "serverschool.h"
#include "storage/database.h"
#include "sync/push.h"

#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>

using namespace Aanwezig;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return -1;
    Fuzz::ServerSchool &school = Fuzz::ServerSchool::instance();
    const std::optional<QJsonObject> body = Fuzz::jsonObjectOf(Fuzz::bytesOf(data + 1, size - 1));
    if (!body)
        return -1; // the HTTP layer answers malformed_json before push sees it
    try {
        const QJsonObject reply =
            Server::handlePush(school.database(), school.user(data[0]), *body);
        if (std::getenv("AANWEZIG_FUZZ_VERBOSE")) // to see what the seeds reach
            std::fprintf(stderr, "%s\n", QJsonDocument(reply).toJson().constData());
        Fuzz::require(reply.value(QStringLiteral("results")).isArray(), "a reply has results");
    } catch (const Server::ApiError &error) {
        Fuzz::require(error.status >= 400 && error.status < 500, "a refused push is a 4xx",
                      error.message);
    } catch (const Server::DatabaseError &error) {
        Fuzz::propertyFailed("a push never makes the database fail",
                             QString::fromUtf8(error.what()));
    }
    school.reset();
    return 0;
}
