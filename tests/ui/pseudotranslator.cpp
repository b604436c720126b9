#include "pseudotranslator.h"

namespace Aanwezig::UiTest {

QString PseudoTranslator::translate(const char *, const char *sourceText, const char *, int) const
{
    return sourceText && *sourceText ? lengthen(QString::fromUtf8(sourceText)) : QString();
}

QString PseudoTranslator::lengthen(const QString &text)
{
    QString longer;
    qsizetype wordStart = -1;
    const auto endWord = [&](qsizetype end) {
        if (wordStart < 0)
            return;
        const QString word = text.mid(wordStart, end - wordStart);
        // At least 40 % more: "melden" (6) -> "meldenmel" (9).
        const qsizetype extra = (word.size() * 2 + 4) / 5;
        longer += word;
        for (qsizetype i = 0; i < extra; ++i)
            longer += word.at(i % word.size()).toLower();
        wordStart = -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool placeholder = i > 0 && text.at(i - 1) == QLatin1Char('%');
        if (text.at(i).isLetter() && !placeholder) {
            if (wordStart < 0)
                wordStart = i;
            continue;
        }
        endWord(i);
        longer += text.at(i);
    }
    endWord(text.size());
    return longer;
}

} // namespace Aanwezig::UiTest
