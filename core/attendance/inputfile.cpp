#include "inputfile.h"

#include <QFile>

namespace Aanwezig {

Parsed<QByteArray> readInputFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return InputError{path, 0,
                          QStringLiteral("cannot read the file: %1").arg(file.errorString())};
    QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return InputError{path, 0,
                          QStringLiteral("cannot read the file: %1").arg(file.errorString())};
    return content;
}

} // namespace Aanwezig
