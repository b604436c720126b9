#pragma once

#include <QTranslator>

namespace Aanwezig::UiTest {

// A made-up language whose every text is the Dutch one made 40 % longer
// (each word grows by 40 %, so lines still wrap between words), for checking
// that screens survive the long words of the real languages. Placeholders
// (%1, %n, %L1) are left as they are.
class PseudoTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override;

    static QString lengthen(const QString &text);
};

} // namespace Aanwezig::UiTest
