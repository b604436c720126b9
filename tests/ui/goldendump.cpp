#include "goldendump.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Aanwezig::UiTest {

namespace {

QString goldenPath(const QString &name)
{
    return QStringLiteral(AANWEZIG_TEST_DATA "/golden/%1.json").arg(name);
}

// The dump as text, with each UUID replaced by its order of appearance.
QByteArray stableText(const QJsonArray &dump)
{
    QString text = QString::fromUtf8(QJsonDocument(dump).toJson(QJsonDocument::Indented));
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QHash<QString, QString> names;
    QString stable;
    qsizetype from = 0;
    for (auto it = uuid.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString &name = names[match.captured()];
        if (name.isEmpty())
            name = QStringLiteral("uuid-%1").arg(names.size());
        stable += QStringView(text).mid(from, match.capturedStart() - from);
        stable += name;
        from = match.capturedEnd();
    }
    stable += QStringView(text).mid(from);
    return stable.toUtf8();
}

} // namespace

QJsonArray dumpModel(const QAbstractItemModel &model)
{
    const QHash<int, QByteArray> roles = model.roleNames();
    QJsonArray rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QJsonObject values; // keys sorted by name
        for (auto role = roles.cbegin(); role != roles.cend(); ++role)
            values.insert(QString::fromUtf8(role.value()),
                          QJsonValue::fromVariant(model.data(model.index(row, 0), role.key())));
        rows.append(values);
    }
    return rows;
}

QString goldenMismatch(const QString &name, const QJsonArray &dump)
{
    const QByteArray actual = stableText(dump);
    QFile file(goldenPath(name));
    if (qEnvironmentVariableIntValue("AANWEZIG_REGENERATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(actual) < 0)
            return QStringLiteral("cannot write %1").arg(file.fileName());
        return {};
    }
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("no golden file %1 (AANWEZIG_REGENERATE_GOLDEN=1 writes it)")
            .arg(file.fileName());
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return {};
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    for (qsizetype line = 0; line < std::max(want.size(), got.size()); ++line) {
        const QByteArray a = want.value(line), b = got.value(line);
        if (a != b)
            return QStringLiteral("%1 differs at line %2:\n  golden: %3\n  now:    %4")
                .arg(file.fileName())
                .arg(line + 1)
                .arg(QString::fromUtf8(a.trimmed()), QString::fromUtf8(b.trimmed()));
    }
    return QStringLiteral("%1 differs").arg(file.fileName());
}

} // namespace Aanwezig::UiTest
