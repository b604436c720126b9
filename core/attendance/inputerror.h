#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace Aanwezig {

// A problem in an input file, told as "FILE:LINE: message" (LINE 0 when the
// problem is with the file as a whole, e.g. it cannot be read).
struct InputError
{
    QString file;
    int line = 0;
    QString message;

    QString toString() const;
};

// Either the parsed value or the first problem found in the input.
template <typename T> class Parsed
{
public:
    Parsed(T value) : m_result(std::move(value)) {}
    Parsed(InputError error) : m_result(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_result); }
    const T &value() const { return std::get<T>(m_result); }
    T &value() { return std::get<T>(m_result); }
    const InputError &error() const { return std::get<InputError>(m_result); }

private:
    std::variant<T, InputError> m_result;
};

} // namespace Aanwezig
