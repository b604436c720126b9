#pragma once

#include <QList>
#include <QString>

namespace Aanwezig {

// The warm message templates in the seeds' own voice, in every language a
// parent may read. These are data sent to families, not UI translations: a
// template reaches each reader in the language they chose.
struct WarmTemplate
{
    const char *key;
    const char *nl;
    const char *en;
    const char *ar;
    const char *tr;
    const char *pl;
    const char *uk;
};

struct MessageLanguage
{
    const char *code;       // "nl", "ar", ...
    const char *nativeName; // "Nederlands", "العربية", ...
    bool rightToLeft;
};

const QList<WarmTemplate> &warmTemplates();
// The one-tap replies of students and parents (keys: replyTemplateKeys()).
const QList<WarmTemplate> &replyTemplates();
const QList<MessageLanguage> &messageLanguages();
bool isMessageLanguage(const QString &languageCode); // one of messageLanguages()
bool isRightToLeft(const QString &languageCode);
// The template's (or one-tap reply's) text in `language`; Dutch when the language is unknown, empty
// when the key is.
QString templateText(const QString &key, const QString &language);

} // namespace Aanwezig
