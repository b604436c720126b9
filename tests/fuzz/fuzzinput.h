#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <optional>

// Helpers shared by the libFuzzer targets of tests/fuzz.
namespace Aanwezig::Fuzz {

// The fuzzer's bytes as a QByteArray (a copy: the fuzzer's buffer is
// exactly `size` long, so reads past it are caught by AddressSanitizer).
QByteArray bytesOf(const uint8_t *data, size_t size);

// The bytes as a JSON object, as the server and the phone read a body;
// nullopt when they are not one.
std::optional<QJsonObject> jsonObjectOf(const QByteArray &bytes);

// Stops the run with a message when a property of the code under test does
// not hold (libFuzzer then keeps the input as a crash).
[[noreturn]] void propertyFailed(const char *what, const QString &details = {});
inline void require(bool holds, const char *what, const QString &details = {})
{
    if (!holds)
        propertyFailed(what, details);
}

// A QCoreApplication for the targets that need one (SQL drivers are plugins).
void ensureApplication();

} // namespace Aanwezig::Fuzz
