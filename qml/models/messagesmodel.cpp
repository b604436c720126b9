#include "messagesmodel.h"

#include "domain/language.h"
#include "services/warmtemplates.h"
#include "services/wording.h"
#include "shownnames.h"
#include "store/localstore.h"

#include <algorithm>

namespace Aanwezig {

MessagesModel::MessagesModel(QObject *parent)
    : StoreListModel({DataKind::Messages, DataKind::People, DataKind::Account}, parent)
{}

void MessagesModel::setFilter(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT filterChanged();
    reset();
}

void MessagesModel::setStudentId(const QString &studentId)
{
    setFilter(m_studentId, studentId);
}

void MessagesModel::setAudience(const QString &audience)
{
    setFilter(m_audience, audience);
}

void MessagesModel::setReaderLanguage(const QString &language)
{
    setFilter(m_readerLanguage, language);
}

void MessagesModel::setTranslationBesideDutch(bool beside)
{
    if (beside == m_translationBesideDutch)
        return;
    m_translationBesideDutch = beside;
    Q_EMIT filterChanged();
    reset();
}

int MessagesModel::unreadCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return !row.read; }));
}

void MessagesModel::refresh(Refresh how)
{
    QList<Row> rows;
    if (readable()) {
        const LocalStore &store = *this->store();
        const QString me = store.account().userId;
        const QHash<QString, QString> names = displayNames(store.people());
        for (const WarmMessage &message : store.messages(m_studentId)) {
            if ((m_audience == QLatin1String("student") && !message.toStudent) ||
                (m_audience == QLatin1String("parents") && !message.toParents))
                continue;
            Row row{message, {}, message.text, message.language, message.readBy.contains(me),
                    {},      {}};
            const QString original = templateText(message.templateKey, message.language);
            const bool unchangedTemplate = !message.templateKey.isEmpty() &&
                                           (message.text.isEmpty() || message.text == original);
            const QString dutch = QLatin1String(defaultLanguage);
            if (unchangedTemplate && m_translationBesideDutch && m_readerLanguage != dutch) {
                row.text = templateText(message.templateKey, dutch);
                row.language = dutch;
                row.translation = templateText(message.templateKey, m_readerLanguage);
                row.translationLanguage = m_readerLanguage;
            } else if (unchangedTemplate) {
                row.text = templateText(message.templateKey, m_readerLanguage);
                row.language = m_readerLanguage;
            }
            row.studentName = names.value(message.studentId);
            rows.append(row);
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.message.sentAt > b.message.sentAt;
        });
    }
    showRows(
        m_rows, rows, [](const Row &row) { return row.message.id.toString(); }, how);
}

QVariant MessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case MessageIdRole:
        return row.message.id.toString(QUuid::WithoutBraces);
    case StudentIdRole:
        return row.message.studentId;
    case StudentNameRole:
        return row.studentName;
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case LanguageRole:
        return row.language;
    case RightToLeftRole:
        return isRightToLeft(row.language);
    case SenderTextRole:
        return row.message.fromClass ? Wording::tr("Van de klas") : Wording::tr("Van de mentor");
    case SentTextRole:
        return Wording::dateTime(row.message.sentAt);
    case ReadRole:
        return row.read;
    case ToStudentRole:
        return row.message.toStudent;
    case ToParentsRole:
        return row.message.toParents;
    case TranslationRole:
        return row.translation;
    case TranslationLanguageRole:
        return row.translationLanguage;
    case TranslationRightToLeftRole:
        return isRightToLeft(row.translationLanguage);
    }
    return {};
}

QHash<int, QByteArray> MessagesModel::roleNames() const
{
    return {{MessageIdRole, "messageId"},
            {StudentIdRole, "studentId"},
            {StudentNameRole, "studentName"},
            {TextRole, "text"},
            {LanguageRole, "language"},
            {RightToLeftRole, "rightToLeft"},
            {SenderTextRole, "senderText"},
            {SentTextRole, "sentText"},
            {ReadRole, "read"},
            {ToStudentRole, "toStudent"},
            {ToParentsRole, "toParents"},
            {TranslationRole, "translation"},
            {TranslationLanguageRole, "translationLanguage"},
            {TranslationRightToLeftRole, "translationRightToLeft"}};
}

} // namespace Aanwezig
