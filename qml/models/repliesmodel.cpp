#include "repliesmodel.h"

#include "services/warmtemplates.h"
#include "services/wording.h"
#include "shownnames.h"
#include "store/localstore.h"

#include <algorithm>

namespace Aanwezig {

RepliesModel::RepliesModel(QObject *parent)
    : StoreListModel({DataKind::Replies, DataKind::Messages, DataKind::People, DataKind::Account},
                     parent)
{}

void RepliesModel::setFilter(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT filterChanged();
    reset();
}

void RepliesModel::setStudentId(const QString &studentId)
{
    setFilter(m_studentId, studentId);
}

void RepliesModel::setAnswering(const QString &answering)
{
    setFilter(m_answering, answering);
}

void RepliesModel::setReaderLanguage(const QString &language)
{
    setFilter(m_readerLanguage, language);
}

void RepliesModel::refresh(Refresh how)
{
    QList<Row> rows;
    if (readable()) {
        const LocalStore &store = *this->store();
        const QString me = store.account().userId;
        const bool toPlanOnly = m_answering == QLatin1String("plan");
        const QUuid message = toPlanOnly ? QUuid() : QUuid::fromString(m_answering);
        const QHash<QString, QString> names = displayNames(store.people());
        QHash<QUuid, WarmMessage> messages;
        for (const WarmMessage &each : store.messages(m_studentId))
            messages.insert(each.id, each);
        for (const Reply &reply : store.replies(m_studentId)) {
            if ((toPlanOnly && !reply.toPlan()) ||
                (!message.isNull() && reply.messageId != message))
                continue;
            Row row{reply, reply.text, reply.language, {}, {}};
            if (!reply.templateKey.isEmpty()) {
                row.text = templateText(reply.templateKey, m_readerLanguage);
                row.language = m_readerLanguage;
            }
            const QString name = names.value(reply.studentId, reply.studentId);
            if (reply.authorId == me)
                row.authorText = Wording::tr("Jij");
            else if (reply.from == Aanwezig::Role::Parent)
                row.authorText = Wording::tr("Een ouder van %1").arg(name);
            else
                row.authorText = name;
            if (reply.toPlan()) {
                row.answeringText = Wording::tr("Aan de contactpersoon");
            } else if (const auto answered = messages.constFind(reply.messageId);
                       answered != messages.cend()) {
                const QString original =
                    answered->text.isEmpty()
                        ? templateText(answered->templateKey, answered->language)
                        : answered->text;
                row.answeringText = Wording::tr("Op: %1").arg(original);
            }
            rows.append(row);
        }
        std::stable_sort(rows.begin(), rows.end(),
                         [](const Row &a, const Row &b) { return a.reply.at > b.reply.at; });
    }
    showRows(
        m_rows, rows, [](const Row &row) { return row.reply.id.toString(); }, how);
}

QVariant RepliesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ReplyIdRole:
        return row.reply.id.toString(QUuid::WithoutBraces);
    case StudentIdRole:
        return row.reply.studentId;
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case RightToLeftRole:
        return isRightToLeft(row.language);
    case AuthorTextRole:
        return row.authorText;
    case AnsweringTextRole:
        return row.answeringText;
    case AtTextRole:
        return Wording::dateTime(row.reply.at);
    case ToPlanRole:
        return row.reply.toPlan();
    }
    return {};
}

QHash<int, QByteArray> RepliesModel::roleNames() const
{
    return {{ReplyIdRole, "replyId"},       {StudentIdRole, "studentId"},
            {TextRole, "replyText"},        {RightToLeftRole, "rightToLeft"},
            {AuthorTextRole, "authorText"}, {AnsweringTextRole, "answeringText"},
            {AtTextRole, "atText"},         {ToPlanRole, "toPlan"}};
}

} // namespace Aanwezig
