#include "absenceactions.h"

#include "domain/walltime.h"
#include "session.h"
#include "store/localstore.h"
#include "wording.h"

namespace Aanwezig {

AbsenceActions::AbsenceActions(LocalStore *store, Session *session, QObject *parent)
    : QObject(parent), m_store(store), m_session(session)
{}

QVariantList AbsenceActions::parentCodes() const
{
    const auto entry = [](RegistrationCode code, const QString &hint) {
        return QVariantMap{{QStringLiteral("code"), codeKey(code)},
                           {QStringLiteral("name"), Wording::codeName(code)},
                           {QStringLiteral("hint"), hint}};
    };
    return {
        entry(RegistrationCode::Z, tr("Je kind is ziek")),
        entry(RegistrationCode::D, tr("Een afspraak bij dokter, tandarts of orthodontist")),
        entry(RegistrationCode::G, tr("Bijvoorbeeld een bruiloft, begrafenis of verhuizing")),
        entry(RegistrationCode::V, tr("Vraag verlof aan; de school laat weten of het kan")),
    };
}

ActionResult AbsenceActions::reportSickToday(const QString &studentId)
{
    AbsenceReport report;
    report.id = QUuid::createUuid();
    report.studentId = studentId;
    report.code = RegistrationCode::Z;
    report.start = periodOf(currentWallTime().date(), DayPart::WholeDay).start;
    return ActionResult(save(report));
}

ActionResult AbsenceActions::reportAbsence(AbsenceForm *form)
{
    if (!form)
        return ActionResult::missingForm();
    const auto report = form->toReport();
    if (!report)
        return ActionResult::invalidField(form->error());
    return form->setOutcome(save(*report));
}

RuleResult AbsenceActions::save(const AbsenceReport &report)
{
    RuleResult saved = m_store->reportAbsence(report, m_session->role());
    if (saved) {
        m_lastReportId = report.id.toString(QUuid::WithoutBraces);
        Q_EMIT lastReportIdChanged();
    }
    return saved;
}

ActionResult AbsenceActions::reportBetter(const QString &reportId)
{
    return ActionResult(m_store->reportRecovery(QUuid(reportId), currentWallTime()));
}

ActionResult AbsenceActions::withdraw(const QString &reportId)
{
    return ActionResult(m_store->withdraw(QUuid(reportId)));
}

ActionResult AbsenceActions::acknowledge(const QString &reportId)
{
    return ActionResult(m_store->acknowledge(QUuid(reportId)));
}

ActionResult AbsenceActions::decideLeave(const QString &reportId, bool approved)
{
    return ActionResult(m_store->decideLeave(QUuid(reportId), approved));
}

} // namespace Aanwezig
