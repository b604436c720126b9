#include "notify/notificationtexts.h"

#include <array>

namespace Aanwezig::Server {

namespace {

constexpr int textCount = int(NotificationText::HiddenBody) + 1;

struct Language
{
    const char *code;
    std::array<const char *, textCount> texts;
};

// In the order of NotificationText.
const Language languages[] = {
    {"nl",
     {"Eerste dag afwezig",
      "Nieuwe melding voor %1 (%2).",
      "%3 nieuwe meldingen in %2.",
      "Afwezig vandaag",
      "%3 afwezig in %2, %4 nog zonder contact.",
      "Gezien door de mentor",
      "De mentor heeft uw melding over %1 gezien.",
      "Verlofaanvraag beslist",
      "Het verlof voor %1 is goedgekeurd.",
      "Het verlof voor %1 is niet goedgekeurd.",
      "Bericht van school",
      "Er is een bericht over %1.",
      "Je mentor heeft je een bericht gestuurd.",
      "Alles goed?",
      "%1 is vandaag niet op school en we hebben geen melding. Alles goed?",
      "Ziek melden",
      "Ik weet ervan",
      "Je terugkeerplan",
      "Er is een stap in je plan bijgekomen of veranderd.",
      "Even inchecken",
      "Hoe gaat het met je? Je check-in staat klaar.",
      "Aanwezig",
      "%3 nieuwe meldingen.",
      "Nieuwe melding in %2."}},
    {"en",
     {"First day absent",
      "New report for %1 (%2).",
      "%3 new reports in %2.",
      "Absent today",
      "%3 absent in %2, %4 not contacted yet.",
      "Seen by the mentor",
      "The mentor has seen your report about %1.",
      "Leave request decided",
      "The leave for %1 has been approved.",
      "The leave for %1 has not been approved.",
      "Message from school",
      "There is a message about %1.",
      "Your mentor sent you a message.",
      "Is everything all right?",
      "%1 is not at school today and we have no report. Is everything all right?",
      "Report sick",
      "I know about it",
      "Your return plan",
      "A step in your plan was added or changed.",
      "Time to check in",
      "How are you doing? Your check-in is ready.",
      "Aanwezig",
      "%3 new notifications.",
      "New notification in %2."}},
    {"ar",
     {"اليوم الأول من الغياب",
      "بلاغ جديد عن %1 (%2).",
      "%3 بلاغات جديدة في %2.",
      "الغائبون اليوم",
      "%3 غائبون في %2، و%4 لم يتم التواصل معهم بعد.",
      "اطّلع عليه المرشد",
      "اطّلع المرشد على بلاغك بخصوص %1.",
      "تم البت في طلب الإجازة",
      "تمت الموافقة على إجازة %1.",
      "لم تتم الموافقة على إجازة %1.",
      "رسالة من المدرسة",
      "هناك رسالة بخصوص %1.",
      "أرسل لك مرشدك رسالة.",
      "هل كل شيء على ما يرام؟",
      "%1 ليس في المدرسة اليوم وليس لدينا بلاغ. هل كل شيء على ما يرام؟",
      "الإبلاغ عن مرض",
      "أنا على علم بذلك",
      "خطة عودتك",
      "تمت إضافة خطوة في خطتك أو تغييرها.",
      "وقت الاطمئنان",
      "كيف حالك؟ استبيانك القصير جاهز.",
      "Aanwezig",
      "%3 إشعارات جديدة.",
      "إشعار جديد في %2."}},
    {"tr",
     {"Devamsızlığın ilk günü",
      "%1 (%2) için yeni bildirim.",
      "%2 sınıfında %3 yeni bildirim.",
      "Bugün gelmeyenler",
      "%2 sınıfında %3 öğrenci yok, %4 öğrenciyle henüz iletişim kurulmadı.",
      "Mentor tarafından görüldü",
      "Mentor, %1 hakkındaki bildiriminizi gördü.",
      "İzin talebi karara bağlandı",
      "%1 için izin onaylandı.",
      "%1 için izin onaylanmadı.",
      "Okuldan mesaj",
      "%1 hakkında bir mesaj var.",
      "Mentorun sana bir mesaj gönderdi.",
      "Her şey yolunda mı?",
      "%1 bugün okulda değil ve bir bildirim almadık. Her şey yolunda mı?",
      "Hasta bildir",
      "Haberim var",
      "Dönüş planın",
      "Planına bir adım eklendi veya değişti.",
      "Kısa bir kontrol",
      "Nasılsın? Kısa anketin hazır.",
      "Aanwezig",
      "%3 yeni bildirim.",
      "%2 sınıfında yeni bildirim."}},
    {"pl",
     {"Pierwszy dzień nieobecności",
      "Nowe zgłoszenie dla %1 (%2).",
      "%3 nowe zgłoszenia w %2.",
      "Nieobecni dzisiaj",
      "%3 nieobecnych w %2, %4 jeszcze bez kontaktu.",
      "Widziane przez mentora",
      "Mentor zobaczył Pana/Pani zgłoszenie dotyczące %1.",
      "Wniosek o urlop rozpatrzony",
      "Urlop dla %1 został zatwierdzony.",
      "Urlop dla %1 nie został zatwierdzony.",
      "Wiadomość ze szkoły",
      "Jest wiadomość dotycząca %1.",
      "Twój mentor wysłał Ci wiadomość.",
      "Wszystko w porządku?",
      "%1 nie ma dziś w szkole, a nie mamy zgłoszenia. Czy wszystko w porządku?",
      "Zgłoś chorobę",
      "Wiem o tym",
      "Twój plan powrotu",
      "W Twoim planie dodano lub zmieniono krok.",
      "Czas na krótką ankietę",
      "Jak się masz? Twoja ankieta jest gotowa.",
      "Aanwezig",
      "%3 nowe powiadomienia.",
      "Nowe powiadomienie w %2."}},
    {"uk",
     {"Перший день відсутності",
      "Нове повідомлення щодо %1 (%2).",
      "%3 нових повідомлень у %2.",
      "Відсутні сьогодні",
      "%3 відсутні у %2, з %4 ще не було зв'язку.",
      "Переглянуто ментором",
      "Ментор переглянув ваше повідомлення щодо %1.",
      "Рішення щодо відпустки",
      "Відпустку для %1 схвалено.",
      "Відпустку для %1 не схвалено.",
      "Повідомлення від школи",
      "Є повідомлення щодо %1.",
      "Твій ментор надіслав тобі повідомлення.",
      "Усе гаразд?",
      "%1 сьогодні немає в школі, і ми не маємо повідомлення. Усе гаразд?",
      "Повідомити про хворобу",
      "Я знаю про це",
      "Твій план повернення",
      "У твоєму плані додано або змінено крок.",
      "Час відмітитися",
      "Як ти? Твоє коротке опитування готове.",
      "Aanwezig",
      "%3 нових сповіщень.",
      "Нове сповіщення у %2."}},
};

const Language &languageOf(const QString &code)
{
    for (const Language &l : languages) {
        if (code == QLatin1String(l.code))
            return l;
    }
    return languages[0];
}

} // namespace

QString notificationText(NotificationText text, const QString &language, const QString &name,
                         const QString &className, int number, int second)
{
    QString s = QString::fromUtf8(languageOf(language).texts.at(std::size_t(text)));
    // Filled in one by one (not QString::arg): a name may hold "%2".
    QString out;
    out.reserve(s.size() + name.size() + className.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('%') && i + 1 < s.size()) {
            const QChar n = s.at(i + 1);
            if (n == QLatin1Char('1') || n == QLatin1Char('2') || n == QLatin1Char('3') ||
                n == QLatin1Char('4')) {
                out += n == QLatin1Char('1')   ? name
                       : n == QLatin1Char('2') ? className
                       : n == QLatin1Char('3') ? QString::number(number)
                                               : QString::number(second);
                ++i;
                continue;
            }
        }
        out += s.at(i);
    }
    return out;
}

bool isRightToLeft(const QString &language)
{
    return language == QLatin1String("ar");
}

} // namespace Aanwezig::Server
