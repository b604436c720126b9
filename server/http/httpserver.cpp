#include "http/httpserver.h"

#include "http/httpsession.h"
#include "http/requestlog.h"
#include "http/servercontext.h"
#include "storage/changelistener.h"
#include "storage/database.h"

#include <boost/asio/ip/address.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <optional>

namespace Aanwezig::Server {

struct HttpServer::Network
{
    explicit Network(net::io_context &io) : acceptor(io), acceptPause(io) {}

    tcp::acceptor acceptor;
    // After a failed accept (e.g. out of file descriptors): a pause, not a spin.
    net::steady_timer acceptPause;
};

HttpServer::HttpServer(const ServeOptions &options)
    : m_options(options), m_context(std::make_unique<ServerContext>(options)),
      m_network(std::make_unique<Network>(m_context->io))
{
    LiveHub *live = &m_context->live;
    setCommitObserver([live] { live->wake(); });
    m_otherInstances = std::make_unique<ChangeListener>([live] { live->wake(); });
}

HttpServer::~HttpServer()
{
    m_otherInstances.reset();
    setCommitObserver({});
    m_network.reset();
    m_context.reset();
}

int HttpServer::bind()
{
    if (!m_options.tlsCert.isEmpty()) {
        beast::error_code error;
        m_context->tls.emplace(net::ssl::context::tls_server);
        m_context->tls->set_options(net::ssl::context::default_workarounds |
                                    net::ssl::context::no_sslv2 | net::ssl::context::no_sslv3 |
                                    net::ssl::context::no_tlsv1 | net::ssl::context::no_tlsv1_1);
        m_context->tls->use_certificate_chain_file(m_options.tlsCert.toStdString(), error);
        if (!error)
            m_context->tls->use_private_key_file(m_options.tlsKey.toStdString(),
                                                 net::ssl::context::pem, error);
        if (error) {
            m_error = QStringLiteral("Cannot use the TLS certificate or key.");
            return -1;
        }
    }
    beast::error_code error;
    net::ip::address address = net::ip::make_address(m_options.host.toStdString(), error);
    if (error) {
        tcp::resolver resolver(m_context->io);
        const auto results = resolver.resolve(m_options.host.toStdString(), std::string(), error);
        if (!error && !results.empty())
            address = results.begin()->endpoint().address();
    }
    const tcp::endpoint endpoint(address, net::ip::port_type(m_options.port));
    auto &acceptor = m_network->acceptor;
    if (!error)
        acceptor.open(endpoint.protocol(), error);
    if (!error)
        acceptor.set_option(net::socket_base::reuse_address(true), error);
    if (!error)
        acceptor.bind(endpoint, error);
    if (!error)
        acceptor.listen(net::socket_base::max_listen_connections, error);
    if (error) {
        m_error = QStringLiteral("Cannot listen on %1:%2.").arg(m_options.host).arg(m_options.port);
        return -1;
    }
    return acceptor.local_endpoint().port();
}

void HttpServer::accept()
{
    m_network->acceptor.async_accept(
        m_context->io, [this](beast::error_code error, tcp::socket socket) {
            if (error == net::error::operation_aborted || !m_network->acceptor.is_open())
                return;
            if (!error) {
                serveConnection(std::move(socket), *m_context);
                return accept();
            }
            qCWarning(lcServer) << "accept failed:" << error.message().c_str();
            m_network->acceptPause.expires_after(std::chrono::milliseconds(100));
            m_network->acceptPause.async_wait([this](beast::error_code) { accept(); });
        });
}

bool HttpServer::run()
{
    accept();
    m_context->io.run();
    return true;
}

void HttpServer::stop()
{
    net::post(m_context->io, [this] {
        beast::error_code ignored;
        m_network->acceptor.close(ignored);
        m_context->io.stop();
    });
}

} // namespace Aanwezig::Server
