#include "http/requestlimits.h"

#include <boost/algorithm/string/predicate.hpp>

namespace Aanwezig::Server {

void applyLimits(RequestParser &parser)
{
    parser.header_limit(RequestLimits::maxHeaderBytes);
    parser.body_limit(RequestLimits::maxBodyBytes);
}

std::optional<ApiError> refusalForHeader(const RequestParser &parser)
{
    const HttpRequest &request = parser.get();
    const auto encoding = request.find(http::field::content_encoding);
    if (encoding != request.end() && !boost::iequals(encoding->value(), "identity"))
        return ApiError(415, "unsupported_encoding",
                        QStringLiteral("Send the body without Content-Encoding."));
    const auto length = parser.content_length();
    if (length && *length > RequestLimits::maxBodyBytes)
        return errorForStatus(413);
    const http::verb method = request.method();
    const bool carriesBody =
        method == http::verb::post || method == http::verb::put || method == http::verb::patch;
    if (carriesBody && !length && !parser.chunked())
        return ApiError(411, "length_required",
                        QStringLiteral("Send the body with Content-Length or chunked."));
    return std::nullopt;
}

std::optional<ApiError> refusalForReadError(const beast::error_code &error)
{
    if (error == http::error::header_limit)
        return ApiError(431, "headers_too_large",
                        QStringLiteral("The request line and headers are larger than 16 KiB."));
    if (error == http::error::body_limit)
        return errorForStatus(413);
    if (error == beast::error::timeout || error == http::error::end_of_stream ||
        error == http::error::partial_message || error == net::error::eof ||
        error == net::error::connection_reset || error == net::error::operation_aborted ||
        error.category() == net::error::get_ssl_category() ||
        error.category() == net::error::get_system_category())
        return std::nullopt;
    return errorForStatus(400);
}

} // namespace Aanwezig::Server
