#pragma once

#include "http/beast.h"

namespace Aanwezig::Server {

struct ServerContext;

// Serves one accepted connection (over TLS when the context has it) until the
// client closes it, a limit or a deadline ends it, or the server stops:
// HTTP/1.1 keep-alive, one request at a time, its database work done on the
// context's worker threads so that no connection holds a thread while it
// waits. A connection over the caps is answered 503 and closed. GET
// /v1/live becomes a live socket (livesocket.h).
void serveConnection(tcp::socket socket, ServerContext &context);

} // namespace Aanwezig::Server
