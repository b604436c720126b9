#pragma once

#include "http/auth.h"
#include "http/beast.h"

namespace Aanwezig::Server {

struct ServerContext;

// Takes over a connection whose GET /v1/live upgrade was admitted: accepts
// the WebSocket, registers it with the live hub and sends
// {"type":"changed","head":"<cursor>"} whenever the hub pokes it (at most one
// message in flight; the latest head wins). A ping every 25 s; a socket that
// misses two pongs is closed; a revoked device's socket is closed with code
// 4001 "unauthorized" (PROTOCOL.md, "Live channel").
void startLiveSocket(beast::tcp_stream stream, HttpRequest upgrade, ServerContext &context,
                     Device device);
void startLiveSocket(beast::ssl_stream<beast::tcp_stream> stream, HttpRequest upgrade,
                     ServerContext &context, Device device);

} // namespace Aanwezig::Server
