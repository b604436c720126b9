#pragma once

#include "storelistmodel.h"

#include <QVariantList>

namespace Aanwezig {

// The students of the mentor's classes by tier (tier 3 first, then 2, then
// 1, then those without figures), with the class's share of students per
// tier to set next to the healthy shares (> 80 %, < 15 %, < 5 %).
class ClassOverviewModel : public Aanwezig::StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    // empty: all classes
    Q_PROPERTY(QString className READ className WRITE setClassName NOTIFY classNameChanged)
    Q_PROPERTY(QStringList classNames READ classNames NOTIFY reloaded)
    // "all classes" followed by the class names, for a picker
    Q_PROPERTY(QStringList classChoices READ classChoices NOTIFY reloaded)
    // percent of the students with figures, per tier: [tier 1, tier 2, tier 3]
    Q_PROPERTY(QVariantList tierShares READ tierShares NOTIFY reloaded)
    Q_PROPERTY(QVariantList tierCounts READ tierCounts NOTIFY reloaded)
    Q_PROPERTY(int withFiguresCount READ withFiguresCount NOTIFY reloaded)
public:
    enum Role {
        StudentIdRole = Qt::UserRole,
        DisplayNameRole,
        ClassNameRole,
        TierRole, // 0: no figures yet
        TierNameRole,
        RateTextRole,
    };
    Q_ENUM(Role)

    explicit ClassOverviewModel(QObject *parent = nullptr);

    QString className() const { return m_className; }
    void setClassName(const QString &className);
    QStringList classNames() const { return m_classNames; }
    QStringList classChoices() const;
    QVariantList tierShares() const;
    QVariantList tierCounts() const;
    int withFiguresCount() const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void classNameChanged();

protected:
    void refresh(Refresh how) override;
    bool concerns(DataKind kind, const QStringList &ids) const override;

private:
    struct Row
    {
        QString studentId;
        QString name;
        QString className;
        int tier = 0;
        double ratePct = 0;
    };
    QString m_className;
    QStringList m_classNames;
    QList<Row> m_rows;
};

} // namespace Aanwezig
