#pragma once

#include "ruleresult.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace Aanwezig {

// "Sanne is vandaag niet op school en we hebben geen melding. Alles goed?":
// the school registered a student absent on a day no report of the parents
// covers, and the parents were asked. Synced as the entity "absence_notice"
// (the student's parents and staff see it); a parent answers "Ik weet
// ervan" (answer_absence_notice), which the mentor sees on the student page.
// Wire form: {"id", "student_id", "date", "notified_at",
//             "answer": null | "known" | "reported", "answered_at"}
struct AbsenceNotice
{
    enum class Answer { None, Known, Reported };

    QString studentId;
    QDate date;
    QDateTime notifiedAt; // wall time
    Answer answer = Answer::None;
    QDateTime answeredAt; // wall time; invalid while unanswered

    // "<student id>/<YYYY-MM-DD>": one per student and day.
    QString id() const;
    static QString idOf(const QString &studentId, QDate date);

    QJsonObject toJson() const;
    static std::optional<AbsenceNotice> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const AbsenceNotice &, const AbsenceNotice &) = default;
};

// The wire key of an answer ("known", "reported"; empty for None) and back.
QString answerKey(AbsenceNotice::Answer answer);
std::optional<AbsenceNotice::Answer> parseAnswer(QStringView key);

// What a parent may answer through answer_absence_notice: only "known" ("Ik
// weet ervan"); "reported" is set by the server when a report covers the day.
RuleResult checkParentAnswer(const QString &answer);

} // namespace Aanwezig
