#include "signalsmodel.h"

#include "attendancesummary.h"
#include "services/wording.h"
#include "store/localstore.h"

#include <QLocale>

namespace Aanwezig {

SignalsModel::SignalsModel(QObject *parent)
    : StudentListModel({DataKind::AttendanceSummaries}, parent)
{}

bool SignalsModel::concerns(DataKind, const QStringList &ids) const
{
    return ids.contains(studentId()); // a summary's id is its student's
}

void SignalsModel::refresh(Refresh how)
{
    const bool shown = readable() && !studentId().isEmpty();
    showRows(
        m_rows,
        shown ? signalsOf(AttendanceSummary::fromJson(store()->attendanceSummary(studentId())))
              : QList<Row>(),
        [](const Row &row) { return row.kind; }, how);
}

QList<SignalsModel::Row> SignalsModel::signalsOf(const AttendanceSummary &summary)
{
    QList<Row> rows;
    const QString hours = QLocale().toString(summary.legalMax28dMinutes / 60.0, 'f', 1);
    switch (summary.legalSignal) {
    case AttendanceSummary::LegalSignal::Report:
        rows.append({QStringLiteral("legal"),
                     Wording::tr("%1 uur ongeoorloofd afwezig in 4 weken").arg(hours),
                     Wording::tr("Vanaf 16 uur in 4 schoolweken meldt de school dit binnen 5 "
                                 "schooldagen bij leerplicht. Leerplicht denkt mee; het is geen "
                                 "straf. Ziekte telt hier nooit mee."),
                     Wording::tr("Meld het binnen 5 schooldagen bij DUO en nodig leerling en "
                                 "ouders uit voor een gesprek over wat er speelt."),
                     true});
        break;
    case AttendanceSummary::LegalSignal::Warn:
        rows.append({QStringLiteral("legal"),
                     Wording::tr("%1 uur ongeoorloofd afwezig in 4 weken").arg(hours),
                     Wording::tr("Bij 16 uur in 4 schoolweken moet de school leerplicht "
                                 "inschakelen. Er is nu nog ruimte om samen te kijken wat er "
                                 "speelt."),
                     Wording::tr("Bel de ouders vandaag nog en vraag hoe het gaat. Spreek samen "
                                 "een eerste kleine stap af."),
                     false});
        break;
    case AttendanceSummary::LegalSignal::None:
        break;
    }
    if (summary.sickSignal)
        rows.append({QStringLiteral("sick"), Wording::tr("Vaker ziek gemeld"),
                     Wording::tr("Vier ziekmeldingen in twaalf schoolweken, of zeven schooldagen "
                                 "achter elkaar ziek. Dat zegt niets over de oorzaak; het is "
                                 "een reden om te vragen hoe het gaat."),
                     Wording::tr("Plan een gesprek met leerling en ouders en bespreek of de "
                                 "jeugdarts kan meedenken."),
                     false});
    if (summary.lateSignal)
        rows.append({QStringLiteral("late"), Wording::tr("Vaker te laat"),
                     Wording::tr("Drie keer of vaker te laat in vier weken. Vaak zit er iets "
                                 "achter, zoals slaap, zorgen of de reis."),
                     Wording::tr("Vraag de leerling wat de ochtend lastig maakt en wat zou "
                                 "helpen."),
                     false});
    if (summary.hasFigures() && summary.previousTier > 0 && summary.tier > summary.previousTier)
        rows.append({QStringLiteral("trend"), Wording::tr("Minder aanwezig dan eerder"),
                     Wording::tr("De aanwezigheid is lager dan in de vorige periode."),
                     Wording::tr("Vraag de leerling wat er veranderd is en wat nu zou helpen."),
                     false});
    return rows;
}

QVariant SignalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return row.kind;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case ExplanationRole:
        return row.explanation;
    case NextStepRole:
        return row.nextStep;
    case UrgentRole:
        return row.urgent;
    }
    return {};
}

QHash<int, QByteArray> SignalsModel::roleNames() const
{
    return {{KindRole, "kind"},
            {TitleRole, "title"},
            {ExplanationRole, "explanation"},
            {NextStepRole, "nextStep"},
            {UrgentRole, "urgent"}};
}

} // namespace Aanwezig
