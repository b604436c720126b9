#include "benchschool.h"

#include "apiclient.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QUrl>

using namespace Aanwezig::Test;

namespace Aanwezig::Bench {

namespace {

QString studentId(int i)
{
    return QStringLiteral("B%1").arg(i, 5, 10, QLatin1Char('0'));
}

QString parentEmail(int i)
{
    return QStringLiteral("parent%1@bench.example").arg(i, 5, 10, QLatin1Char('0'));
}

} // namespace

bool BenchSchool::importRoster(const QString &csvPath, int students, int parents)
{
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = csv.errorString();
        return false;
    }
    csv.write("student_id,first_name,last_name,class,mentor_email,parent_emails\n");
    for (int i = 0; i < students; ++i) {
        csv.write(QStringLiteral("%1,Leerling,Nummer%2,K%3,%4,%5\n")
                      .arg(studentId(i))
                      .arg(i)
                      .arg(i / 25, 3, 10, QLatin1Char('0'))
                      .arg(mentorEmail(i))
                      .arg(i < parents ? parentEmail(i) : QString())
                      .toUtf8());
    }
    csv.close();
    const CommandResult result = runServerCommand(
        m_program, {QStringLiteral("import-roster"), csvPath, QStringLiteral("--db"), m_database});
    if (result.exitCode != 0) {
        m_error = QStringLiteral("import-roster failed: %1").arg(result.err);
        return false;
    }
    return true;
}

QString BenchSchool::mentorEmail(int studentIndex)
{
    return QStringLiteral("mentor%1@bench.school").arg(studentIndex / 25, 3, 10, QLatin1Char('0'));
}

QString BenchSchool::invite(const QString &email, const QString &role)
{
    const CommandResult result = runServerCommand(
        m_program, {QStringLiteral("invite"), QStringLiteral("--role"), role,
                    QStringLiteral("--email"), email, QStringLiteral("--db"), m_database});
    if (result.exitCode != 0)
        m_error = QStringLiteral("invite %1 failed: %2").arg(email, result.err);
    return result.exitCode == 0 ? result.out.trimmed() : QString();
}

bool BenchSchool::pairPhones(const QString &baseUrl, int parents)
{
    m_phones.clear();
    for (int i = 0; i < parents; ++i) {
        const QString code = invite(parentEmail(i));
        if (code.isEmpty())
            return false;
        ApiClient api(baseUrl);
        const ApiReply paired = api.pair(code, QStringLiteral("bench phone %1").arg(i));
        if (paired.status != 200) {
            m_error = QStringLiteral("pairing %1 got %2: %3")
                          .arg(parentEmail(i))
                          .arg(paired.status)
                          .arg(QString::fromUtf8(paired.body));
            return false;
        }
        Phone phone{paired.json.value(QLatin1String("token")).toString(),
                    {},
                    paired.json.value(QLatin1String("children")).toArray().at(0).toString()};
        for (bool more = true; more;) { // pull until up to date
            const ApiReply page = api.pull(phone.cursor, 1000);
            if (page.status != 200) {
                m_error = QStringLiteral("pull got %1").arg(page.status);
                return false;
            }
            phone.cursor = page.json.value(QLatin1String("next_cursor")).toString();
            more = page.json.value(QLatin1String("has_more")).toBool();
        }
        m_phones.append(phone);
    }
    return true;
}

QString BenchSchool::pairPerson(const QString &baseUrl, const QString &email, const QString &role,
                                QString *userId)
{
    const QString code = invite(email, role);
    if (code.isEmpty())
        return {};
    ApiClient api(baseUrl);
    const ApiReply paired = api.pair(code, QStringLiteral("bench %1 phone").arg(role));
    if (paired.status != 200) {
        m_error = QStringLiteral("pairing %1 got %2: %3")
                      .arg(email)
                      .arg(paired.status)
                      .arg(QString::fromUtf8(paired.body));
        return {};
    }
    if (userId)
        *userId = paired.json.value(QLatin1String("user_id")).toString();
    return paired.json.value(QLatin1String("token")).toString();
}

bool BenchSchool::writePhones(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const Phone &phone : m_phones)
        file.write(phone.token.toUtf8() + ' ' + QUrl::toPercentEncoding(phone.cursor) + ' ' +
                   phone.childId.toUtf8() + '\n');
    return true;
}

} // namespace Aanwezig::Bench
