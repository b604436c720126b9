#include "classoverviewmodel.h"

#include "attendancesummary.h"
#include "services/wording.h"
#include "store/localstore.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace Aanwezig {

ClassOverviewModel::ClassOverviewModel(QObject *parent)
    : StoreListModel({DataKind::People, DataKind::AttendanceSummaries}, parent)
{}

void ClassOverviewModel::setClassName(const QString &className)
{
    if (className == m_className)
        return;
    m_className = className;
    Q_EMIT classNameChanged();
    reset();
}

bool ClassOverviewModel::concerns(DataKind kind, const QStringList &ids) const
{
    if (kind != DataKind::AttendanceSummaries)
        return true;
    // A new student comes with a change of People.
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [&](const Row &row) { return ids.contains(row.studentId); });
}

void ClassOverviewModel::refresh(Refresh how)
{
    QList<Row> rows;
    QStringList classNames;
    if (readable()) {
        const LocalStore &store = *this->store();
        QHash<QString, AttendanceSummary> summaries;
        for (const QJsonObject &json : store.attendanceSummaries())
            summaries.insert(json.value(QLatin1String("student_id")).toString(),
                             AttendanceSummary::fromJson(json));
        for (const Person &person : store.people()) {
            if (person.relation != Person::Relation::ClassStudent)
                continue;
            if (!classNames.contains(person.className))
                classNames.append(person.className);
            if (!m_className.isEmpty() && person.className != m_className)
                continue;
            const AttendanceSummary summary = summaries.value(person.id);
            rows.append({person.id, person.displayName(), person.className,
                         summary.hasFigures() ? summary.tier : 0, summary.ratePct.value_or(0)});
        }
        classNames.sort();
        // Those who need attention first; within a tier the lowest rate first.
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            if (a.tier != b.tier)
                return a.tier > b.tier;
            if (a.ratePct != b.ratePct)
                return a.ratePct < b.ratePct;
            return a.name.localeAwareCompare(b.name) < 0;
        });
    }
    m_classNames = classNames;
    showRows(
        m_rows, rows, [](const Row &row) { return row.studentId; }, how);
}

QStringList ClassOverviewModel::classChoices() const
{
    return QStringList{Wording::tr("Alle klassen")} + m_classNames;
}

int ClassOverviewModel::withFiguresCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.tier > 0; }));
}

QVariantList ClassOverviewModel::tierCounts() const
{
    QVariantList counts;
    for (int tier = 1; tier <= 3; ++tier)
        counts.append(int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                        [tier](const Row &row) { return row.tier == tier; })));
    return counts;
}

QVariantList ClassOverviewModel::tierShares() const
{
    const int total = withFiguresCount();
    QVariantList shares;
    for (const QVariant &count : tierCounts())
        shares.append(total == 0 ? 0 : int(std::lround(100.0 * count.toInt() / total)));
    return shares;
}

QVariant ClassOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case StudentIdRole:
        return row.studentId;
    case Qt::DisplayRole:
    case DisplayNameRole:
        return row.name;
    case ClassNameRole:
        return row.className;
    case TierRole:
        return row.tier;
    case TierNameRole:
        return Wording::tierName(row.tier);
    case RateTextRole:
        return row.tier > 0 ? QLocale().toString(row.ratePct, 'f', 1) + QStringLiteral(" %")
                            : QString();
    }
    return {};
}

QHash<int, QByteArray> ClassOverviewModel::roleNames() const
{
    return {{StudentIdRole, "studentId"}, {DisplayNameRole, "displayName"},
            {ClassNameRole, "className"}, {TierRole, "tier"},
            {TierNameRole, "tierName"},   {RateTextRole, "rateText"}};
}

} // namespace Aanwezig
