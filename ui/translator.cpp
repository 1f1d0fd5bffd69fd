#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace baton::ui {

Translator::~Translator()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QString Translator::languageFor(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    const auto t = locale.territory();
    if (locale.script() == QLocale::TraditionalChineseScript || t == QLocale::Taiwan || t == QLocale::HongKong || t == QLocale::Macao)
        return QStringLiteral("zh_TW");
    return QStringLiteral("zh_CN");
}

QString Translator::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

bool Translator::setLanguage(const QString &language)
{
    if (!languages().contains(language))
        return false;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/baton_%1.qm").arg(language)))
        return false;
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = language != QLatin1String("en")
                        && qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = haveQt ? std::move(qt) : nullptr;
    QCoreApplication::installTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QStringLiteral("en_US") : language));
    const bool changed = language != m_language;
    m_language = language;
    if (changed)
        Q_EMIT languageChanged(language);
    return true;
}

}  // namespace baton::ui
