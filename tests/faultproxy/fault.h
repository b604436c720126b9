#pragma once

#include <QByteArray>
#include <QMetaType>

namespace Aanwezig::Faults {

// What the proxy does with one HTTP request.
struct Fault
{
    enum class Kind {
        Pass,            // forward it and its reply unchanged
        Delay,           // forward it after `delayMs`
        Drop,            // close the client's connection at once; the server never sees it
        CutAfterRequest, // forward it, close the client's connection when the reply starts:
                         // the server has done the work, the client never hears of it
        Duplicate,       // send it to the server twice (the first reply is thrown away)
        Rewrite,         // forward it with `from` replaced by `to` (e.g. another header)
    };

    Kind kind = Kind::Pass;
    int delayMs = 0;
    QByteArray from;
    QByteArray to;

    static Fault of(Kind kind, int delayMs = 0)
    {
        Fault fault;
        fault.kind = kind;
        fault.delayMs = delayMs;
        return fault;
    }
    static Fault pass() { return {}; }
    static Fault delay(int ms) { return of(Kind::Delay, ms); }
    static Fault drop() { return of(Kind::Drop); }
    static Fault cutAfterRequest() { return of(Kind::CutAfterRequest); }
    static Fault duplicate() { return of(Kind::Duplicate); }
    static Fault rewrite(QByteArray from, QByteArray to)
    {
        Fault fault = of(Kind::Rewrite);
        fault.from = std::move(from);
        fault.to = std::move(to);
        return fault;
    }
};

// A request as the proxy saw it, for rules that pick a fault.
struct ProxiedRequest
{
    QByteArray method;
    QByteArray path;  // with the query
    QByteArray bytes; // the whole message
};

} // namespace Aanwezig::Faults

Q_DECLARE_METATYPE(Aanwezig::Faults::Fault)
Q_DECLARE_METATYPE(Aanwezig::Faults::ProxiedRequest)
