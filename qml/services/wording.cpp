#include "wording.h"

#include "domain/walltime.h"

#include <QLocale>

namespace Aanwezig {

QString Wording::codeName(RegistrationCode code)
{
    switch (code) {
    case RegistrationCode::A:
        return tr("Aanwezig");
    case RegistrationCode::Z:
        return tr("Ziek");
    case RegistrationCode::OA:
        return tr("Afwezig zonder bericht");
    case RegistrationCode::TL:
        return tr("Later binnen");
    case RegistrationCode::V:
        return tr("Verlof");
    case RegistrationCode::G:
        return tr("Belangrijke familieomstandigheden");
    case RegistrationCode::D:
        return tr("Dokter of tandarts");
    case RegistrationCode::S:
        return tr("Schorsing");
    case RegistrationCode::VW:
        return tr("Uit de les gestuurd");
    }
    return {};
}

QString Wording::reportState(ReportState state)
{
    switch (state) {
    case ReportState::SavedOnPhone:
        return tr("Bewaard op je telefoon, wordt verstuurd zodra er verbinding is");
    case ReportState::Sent:
        return tr("Verstuurd");
    case ReportState::Received:
        return tr("Ontvangen door school");
    case ReportState::SeenByMentor:
        return tr("Gezien door de mentor");
    case ReportState::Closed:
        return tr("Afgerond");
    case ReportState::Withdrawn:
        return tr("Ingetrokken");
    }
    return {};
}

QString Wording::leaveDecision(LeaveDecision decision)
{
    switch (decision) {
    case LeaveDecision::NotNeeded:
        return {};
    case LeaveDecision::Pending:
        return tr("De school bekijkt de aanvraag");
    case LeaveDecision::Approved:
        return tr("Verlof toegekend");
    case LeaveDecision::Refused:
        return tr("Verlof niet toegekend; de mentor neemt contact op");
    }
    return {};
}

QString Wording::date(QDate date)
{
    const QDate today = currentWallTime().date();
    if (date == today)
        return tr("vandaag");
    if (date == today.addDays(1))
        return tr("morgen");
    if (date == today.addDays(-1))
        return tr("gisteren");
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

QString Wording::dateTime(const QDateTime &wallTime)
{
    if (!wallTime.isValid())
        return {};
    return tr("%1 om %2")
        .arg(date(wallTime.date()), wallTime.time().toString(QStringLiteral("HH:mm")));
}

QString Wording::lessons(const RegisteredAbsence &registered)
{
    if (registered.lessons.isEmpty())
        return {};
    const QString format = QStringLiteral("HH:mm");
    return tr("door school geregistreerd: %1 - %2, %n les(sen)", nullptr,
              int(registered.lessons.size()))
        .arg(registered.lessons.first().start.toString(format),
             registered.lessons.last().end.toString(format));
}

QString Wording::period(const QDateTime &start, const QDateTime &end)
{
    const bool startsAtMidnight = start.time() == QTime(0, 0);
    const QString from = startsAtMidnight ? date(start.date()) : dateTime(start);
    if (!end.isValid())
        return tr("vanaf %1, tot beter").arg(from);
    const bool wholeDays = startsAtMidnight && end.time() == QTime(0, 0);
    if (wholeDays && end.date() == start.date().addDays(1))
        return tr("%1, de hele dag").arg(from);
    if (wholeDays)
        return tr("%1 tot en met %2").arg(from, date(end.date().addDays(-1)));
    if (end.date() == start.date())
        return tr("%1 tot %2").arg(dateTime(start), end.time().toString(QStringLiteral("HH:mm")));
    return tr("%1 tot %2").arg(from, dateTime(end));
}

QString Wording::contactKind(ContactLogEntry::Kind kind)
{
    switch (kind) {
    case ContactLogEntry::Kind::Phone:
        return tr("Gebeld");
    case ContactLogEntry::Kind::Message:
        return tr("Bericht gestuurd");
    case ContactLogEntry::Kind::Card:
        return tr("Kaart gestuurd");
    case ContactLogEntry::Kind::HomeVisit:
        return tr("Op huisbezoek");
    case ContactLogEntry::Kind::Conversation:
        return tr("Gesprek gehad");
    }
    return {};
}

QString Wording::stepOwner(PlanStep::Owner owner)
{
    switch (owner) {
    case PlanStep::Owner::Student:
        return tr("Leerling");
    case PlanStep::Owner::Mentor:
        return tr("Mentor");
    case PlanStep::Owner::Parent:
        return tr("Ouder");
    case PlanStep::Owner::Buddy:
        return tr("Buddy");
    }
    return {};
}

QString Wording::tierName(int tier)
{
    switch (tier) {
    case 1:
        return tr("Goede aanwezigheid");
    case 2:
        return tr("Wat vaker afwezig");
    case 3:
        return tr("Vaak afwezig");
    default:
        return tr("Nog geen cijfers");
    }
}

QString Wording::tierExplanation(int tier)
{
    switch (tier) {
    case 1:
        return tr("Er is bijna elke les aanwezig. Mooi zo!");
    case 2:
        return tr("Er zijn wat meer lessen gemist dan gewoonlijk. Een goed moment om even te "
                  "praten over hoe het gaat.");
    case 3:
        return tr("Er is een op de tien lessen of meer gemist. Dat is veel om in te halen; "
                  "de mentor denkt graag met jullie mee.");
    default:
        return tr("Zodra de school cijfers deelt, zie je ze hier.");
    }
}

QString Wording::mood(int mood)
{
    switch (mood) {
    case 1:
        return tr("Gaat niet goed");
    case 2:
        return tr("Gaat matig");
    case 3:
        return tr("Gaat wel");
    case 4:
        return tr("Gaat goed");
    case 5:
        return tr("Gaat heel goed");
    default:
        return {};
    }
}

QString Wording::ruleError(const RuleError &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("end_before_start"))
        return tr("Het einde ligt voor het begin. Kies een later einde.");
    if (code == QLatin1String("too_far_back"))
        return tr("Zo ver terug melden kan niet in de app. Neem even contact op met school.");
    if (code == QLatin1String("overlap"))
        return tr("Er is al een melding voor deze tijd. Pas die aan of kies een andere tijd.");
    if (code == QLatin1String("note_too_long") || code == QLatin1String("message_too_long") ||
        code == QLatin1String("answer_too_long") || code == QLatin1String("outcome_too_long") ||
        code == QLatin1String("title_too_long") || code == QLatin1String("reply_too_long"))
        return tr("De tekst is te lang. Maak hem wat korter.");
    if (code == QLatin1String("code_not_allowed") || code == QLatin1String("forbidden"))
        return tr("Dit kan niet vanuit deze rol.");
    if (code == QLatin1String("not_sickness") || code == QLatin1String("already_closed"))
        return tr("Deze melding is al afgerond.");
    if (code == QLatin1String("not_reporter"))
        return tr("Alleen wie de melding deed, kan hem intrekken.");
    if (code == QLatin1String("too_late_to_withdraw"))
        return tr("Intrekken kan tot en met de eerste dag. Meld je kind beter, of neem even "
                  "contact op met school.");
    if (code == QLatin1String("recovery_before_start"))
        return tr("Beter melden kan pas na het begin van de ziekmelding.");
    if (code == QLatin1String("already_seen"))
        return tr("Deze melding was al gezien.");
    if (code == QLatin1String("empty_message"))
        return tr("Kies een tekst of schrijf een paar woorden.");
    if (code == QLatin1String("empty_reply"))
        return tr("Kies een antwoord of schrijf een paar woorden.");
    if (code == QLatin1String("no_plan"))
        return tr("Er is nog geen contactpersoon afgesproken.");
    if (code == QLatin1String("no_recipients"))
        return tr("Kies voor wie het bericht is: de leerling, de ouders of allebei.");
    if (code == QLatin1String("empty_title"))
        return tr("Geef de stap een korte naam.");
    if (code == QLatin1String("bad_mood"))
        return tr("Kies hoe het gaat, van 1 tot 5.");
    if (code == QLatin1String("bad_rhythm"))
        return tr("Kies een ritme van 1 tot 60 dagen.");
    if (code == QLatin1String("not_found"))
        return tr("Dit is niet meer te vinden. Misschien is het intussen weggehaald.");
    if (code == QLatin1String("already_answered"))
        return tr("Hierop is al geantwoord.");
    if (code == QLatin1String("no_pending_leave"))
        return tr("Over dit verlof is al beslist.");
    if (code == QLatin1String("duplicate_id"))
        return tr("Deze wijziging was al bij school binnen.");
    if (code == QLatin1String("too_far_ahead"))
        return tr("Zo ver vooruit melden kan niet. Kies een datum binnen een jaar.");
    if (code == QLatin1String("too_many_future_reports"))
        return tr("Er staan al veel meldingen voor later klaar. Neem even contact op met school.");
    // What the app itself got wrong (a field, a name, a format): a newer
    // version of the app may help.
    if (code == QLatin1String("missing_id") || code == QLatin1String("missing_student") ||
        code == QLatin1String("missing_start") || code == QLatin1String("missing_field") ||
        code == QLatin1String("bad_args") || code == QLatin1String("bad_change") ||
        code == QLatin1String("unknown_mutation") || code == QLatin1String("unknown_kind") ||
        code == QLatin1String("unknown_template") || code == QLatin1String("invalid_answer") ||
        code == QLatin1String("invalid_quiet_hours") || code == QLatin1String("conflict"))
        return tr("De app stuurde iets wat school niet begreep. Kijk of er een nieuwe versie van "
                  "de app is.");
    if (code == QLatin1String("storage_error"))
        return tr("Opslaan op de telefoon lukte niet. Probeer het nog eens; er is niets "
                  "verloren gegaan.");
    return tr("Dat lukte niet. Probeer het nog eens.");
}

} // namespace Aanwezig
