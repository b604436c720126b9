#pragma once

#include "domain/reply.h"
#include "storelistmodel.h"

namespace Aanwezig {

// Students' and parents' replies, newest first: to one message, to the
// plan's contact person, or all of one student (or of everyone). A one-tap
// reply is shown in the reader's language; own words as written.
class RepliesModel : public Aanwezig::StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    // empty: every student the user may see
    Q_PROPERTY(QString studentId READ studentId WRITE setStudentId NOTIFY filterChanged)
    // a message id: the replies to it; "plan": to the plan's contact person; empty: all
    Q_PROPERTY(QString answering READ answering WRITE setAnswering NOTIFY filterChanged)
    Q_PROPERTY(
        QString readerLanguage READ readerLanguage WRITE setReaderLanguage NOTIFY filterChanged)
public:
    enum Role {
        ReplyIdRole = Qt::UserRole,
        StudentIdRole,
        TextRole,
        RightToLeftRole,
        AuthorTextRole,    // "Jij", "Emma de Vries", "Een ouder van Emma de Vries"
        AnsweringTextRole, // "Op: Ik mis je!", "Aan de contactpersoon"
        AtTextRole,
        ToPlanRole,
    };
    Q_ENUM(Role)

    explicit RepliesModel(QObject *parent = nullptr);

    QString studentId() const { return m_studentId; }
    void setStudentId(const QString &studentId);
    QString answering() const { return m_answering; }
    void setAnswering(const QString &answering);
    QString readerLanguage() const { return m_readerLanguage; }
    void setReaderLanguage(const QString &language);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filterChanged();

protected:
    void refresh(Refresh how) override;

private:
    struct Row
    {
        Reply reply;
        QString text;
        QString language;
        QString authorText;
        QString answeringText;
    };
    void setFilter(QString &field, const QString &value);

    QString m_studentId;
    QString m_answering;
    QString m_readerLanguage = QStringLiteral("nl");
    QList<Row> m_rows;
};

} // namespace Aanwezig
