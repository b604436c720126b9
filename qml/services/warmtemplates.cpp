#include "warmtemplates.h"

namespace Aanwezig {

const QList<WarmTemplate> &warmTemplates()
{
    // clang-format off
    static const QList<WarmTemplate> templates{
        {"miss_you",
         "Ik mis je!", "I miss you!", "أفتقدك!", "Seni özledim!",
         "Tęsknię za tobą!", "Я сумую за тобою!"},
        {"class_misses_you",
         "We missen je in de klas", "We miss you in class", "نفتقدك في الصف",
         "Seni sınıfta özlüyoruz", "Brakuje nam ciebie w klasie", "Нам тебе бракує в класі"},
        {"welcome_back",
         "Fijn dat je terug bent", "Great to have you back", "يسعدنا أنك عدت",
         "Geri döndüğüne çok sevindik", "Dobrze, że znów jesteś z nami",
         "Як добре, що ти знову з нами"},
        {"how_are_you",
         "Hoe gaat het met je?", "How are you doing?", "كيف حالك؟", "Nasılsın?",
         "Jak się masz?", "Як у тебе справи?"},
    };
    // clang-format on
    return templates;
}

const QList<WarmTemplate> &replyTemplates()
{
    // clang-format off
    static const QList<WarmTemplate> templates{
        {"thanks",
         "Dank je!", "Thank you!", "شكرًا لك!", "Teşekkürler!", "Dziękuję!", "Дякую!"},
        {"want_to_talk",
         "Ik wil even praten", "I would like to talk", "أود أن نتحدث قليلًا",
         "Biraz konuşmak istiyorum", "Chcę chwilę porozmawiać", "Я хочу трохи поговорити"},
        {"doing_better",
         "Het gaat wat beter", "Things are a bit better", "الأمور أفضل قليلًا",
         "Biraz daha iyiyim", "Jest trochę lepiej", "Трохи краще"},
    };
    // clang-format on
    return templates;
}

const QList<MessageLanguage> &messageLanguages()
{
    static const QList<MessageLanguage> languages{
        {"nl", "Nederlands", false}, {"en", "English", false}, {"ar", "العربية", true},
        {"tr", "Türkçe", false},     {"pl", "Polski", false},  {"uk", "Українська", false},
    };
    return languages;
}

bool isMessageLanguage(const QString &languageCode)
{
    for (const MessageLanguage &language : messageLanguages()) {
        if (languageCode == QLatin1String(language.code))
            return true;
    }
    return false;
}

bool isRightToLeft(const QString &languageCode)
{
    for (const MessageLanguage &language : messageLanguages()) {
        if (languageCode == QLatin1String(language.code))
            return language.rightToLeft;
    }
    return false;
}

QString templateText(const QString &key, const QString &language)
{
    for (const WarmTemplate &t : warmTemplates() + replyTemplates()) {
        if (key != QLatin1String(t.key))
            continue;
        const char *text = t.nl;
        if (language == QLatin1String("en"))
            text = t.en;
        else if (language == QLatin1String("ar"))
            text = t.ar;
        else if (language == QLatin1String("tr"))
            text = t.tr;
        else if (language == QLatin1String("pl"))
            text = t.pl;
        else if (language == QLatin1String("uk"))
            text = t.uk;
        return QString::fromUtf8(text);
    }
    return {};
}

} // namespace Aanwezig
