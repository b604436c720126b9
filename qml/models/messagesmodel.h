#pragma once

#include "domain/warmmessage.h"
#include "storelistmodel.h"

namespace Aanwezig {

// Warm messages, newest first. An unchanged template is shown in the
// reader's language; own words as they were written.
class MessagesModel : public Aanwezig::StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    // empty: the messages about everyone the user may see
    Q_PROPERTY(QString studentId READ studentId WRITE setStudentId NOTIFY filterChanged)
    // "student": those sent to the student; "parents": those sent to the parents; empty: all
    Q_PROPERTY(QString audience READ audience WRITE setAudience NOTIFY filterChanged)
    Q_PROPERTY(
        QString readerLanguage READ readerLanguage WRITE setReaderLanguage NOTIFY filterChanged)
    // Flanders: a template in the reader's language shows as the Dutch text
    // with the translation beside it (the roles translation*), not instead.
    Q_PROPERTY(bool translationBesideDutch READ translationBesideDutch WRITE
                   setTranslationBesideDutch NOTIFY filterChanged)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY reloaded)
public:
    enum Role {
        MessageIdRole = Qt::UserRole,
        StudentIdRole,
        StudentNameRole,
        TextRole,
        LanguageRole, // of the text as shown
        RightToLeftRole,
        SenderTextRole, // "Van je mentor", "Van de klas"
        SentTextRole,
        ReadRole, // by this user
        ToStudentRole,
        ToParentsRole,
        TranslationRole, // beside the Dutch text (Flanders), else empty
        TranslationLanguageRole,
        TranslationRightToLeftRole,
    };
    Q_ENUM(Role)

    explicit MessagesModel(QObject *parent = nullptr);

    QString studentId() const { return m_studentId; }
    void setStudentId(const QString &studentId);
    QString audience() const { return m_audience; }
    void setAudience(const QString &audience);
    QString readerLanguage() const { return m_readerLanguage; }
    void setReaderLanguage(const QString &language);
    bool translationBesideDutch() const { return m_translationBesideDutch; }
    void setTranslationBesideDutch(bool beside);
    int unreadCount() const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filterChanged();

protected:
    void refresh(Refresh how) override;

private:
    struct Row
    {
        WarmMessage message;
        QString studentName;
        QString text;
        QString language;
        bool read = false;
        QString translation; // beside the Dutch text (Flanders)
        QString translationLanguage;
    };
    void setFilter(QString &field, const QString &value);

    QString m_studentId;
    QString m_audience;
    QString m_readerLanguage = QStringLiteral("nl");
    bool m_translationBesideDutch = false;
    QList<Row> m_rows;
};

} // namespace Aanwezig
