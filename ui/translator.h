#pragma once
// Translator: the user interface language — zh_CN, zh_TW or en — with Qt's own strings for
// standard dialogs. Switching installs the new translations; windows rebuild their text.

#include <QObject>
#include <QTranslator>

#include <memory>

namespace baton::ui {

class Translator : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~Translator() override;

    static QStringList languages() { return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")}; }
    // The language for a locale: zh_TW for Taiwan, Hong Kong and Macau (Traditional), zh_CN for
    // other Chinese, en otherwise.
    static QString languageFor(const QLocale &locale);
    static QString nativeName(const QString &language);

    // Loads and installs `language`; false (and the previous one stays) when it is unknown.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

}  // namespace baton::ui
