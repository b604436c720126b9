#include "attendancefigures.h"

#include "services/wording.h"
#include "store/localstore.h"

#include <QLocale>
#include <cmath>

namespace Aanwezig {

AttendanceFigures::AttendanceFigures(QObject *parent)
    : QObject(parent), m_watch(
                           {DataKind::AttendanceSummaries},
                           [this](std::optional<DataKind> kind, const QStringList &ids) {
                               // A summary's id is its student's; no ids: everything changed.
                               if (!kind || ids.isEmpty() || ids.contains(m_studentId))
                                   reload();
                           },
                           this)
{}

void AttendanceFigures::setStore(LocalStore *store)
{
    if (store == m_watch.store())
        return;
    m_watch.setStore(store);
    Q_EMIT storeChanged();
    reload();
}

void AttendanceFigures::setStudentId(const QString &studentId)
{
    if (studentId == m_studentId)
        return;
    m_studentId = studentId;
    Q_EMIT studentIdChanged();
    reload();
}

void AttendanceFigures::reload()
{
    const LocalStore *store = m_watch.store();
    m_summary = store && store->isOpen() && !m_studentId.isEmpty()
                    ? AttendanceSummary::fromJson(store->attendanceSummary(m_studentId))
                    : AttendanceSummary();
    Q_EMIT changed();
}

QString AttendanceFigures::rateText() const
{
    if (!hasFigures())
        return {};
    return QLocale().toString(*m_summary.ratePct, 'f', 1) + QStringLiteral(" %");
}

QString AttendanceFigures::missedShareText() const
{
    if (!hasFigures())
        return {};
    const double missed = 100.0 - *m_summary.ratePct;
    if (missed < 0.5)
        return Wording::tr("Bijna geen lessen gemist");
    const int oneIn = std::max(1, int(std::lround(100.0 / missed)));
    return Wording::tr("Ongeveer 1 op de %1 lessen gemist").arg(oneIn);
}

QString AttendanceFigures::tierName() const
{
    return Wording::tierName(tier());
}

QString AttendanceFigures::tierExplanation() const
{
    return Wording::tierExplanation(tier());
}

QVariantList AttendanceFigures::trend() const
{
    QVariantList rates;
    for (const auto &point : m_summary.trend)
        rates.append(point.ratePct);
    return rates;
}

QStringList AttendanceFigures::trendLabels() const
{
    QStringList labels;
    for (const auto &point : m_summary.trend)
        labels.append(QLocale().toString(point.weekStart, QStringLiteral("d MMM")));
    return labels;
}

} // namespace Aanwezig
