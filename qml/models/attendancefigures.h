#pragma once

#include "attendancesummary.h"
#include "storewatch.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

// One student's attendance, shown kindly: the real figure, the tier in plain
// words and the weekly trend for a small chart. Read from `store`, which the
// page gives it.
class AttendanceFigures : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Aanwezig::LocalStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString studentId READ studentId WRITE setStudentId NOTIFY studentIdChanged)
    Q_PROPERTY(bool hasFigures READ hasFigures NOTIFY changed)
    Q_PROPERTY(double ratePct READ ratePct NOTIFY changed)
    Q_PROPERTY(QString rateText READ rateText NOTIFY changed) // "93,5 %"
    Q_PROPERTY(
        QString missedShareText READ missedShareText NOTIFY changed) // "about 1 in 15 lessons"
    Q_PROPERTY(int tier READ tier NOTIFY changed)                    // 0: no figures
    Q_PROPERTY(QString tierName READ tierName NOTIFY changed)
    Q_PROPERTY(QString tierExplanation READ tierExplanation NOTIFY changed)
    Q_PROPERTY(QVariantList trend READ trend NOTIFY changed)            // rates, oldest first
    Q_PROPERTY(QStringList trendLabels READ trendLabels NOTIFY changed) // week starts
public:
    explicit AttendanceFigures(QObject *parent = nullptr);

    LocalStore *store() const { return m_watch.store(); }
    void setStore(LocalStore *store);
    QString studentId() const { return m_studentId; }
    void setStudentId(const QString &studentId);
    bool hasFigures() const { return m_summary.hasFigures(); }
    double ratePct() const { return m_summary.ratePct.value_or(0); }
    QString rateText() const;
    QString missedShareText() const;
    int tier() const { return m_summary.hasFigures() ? m_summary.tier : 0; }
    QString tierName() const;
    QString tierExplanation() const;
    QVariantList trend() const;
    QStringList trendLabels() const;

Q_SIGNALS:
    void storeChanged();
    void studentIdChanged();
    void changed();

private:
    void reload();

    StoreWatch m_watch;
    QString m_studentId;
    AttendanceSummary m_summary;
};

} // namespace Aanwezig
