#include "Gui.h"

#include "MainWindow.h"
#include "Screenshots.h"
#include "common/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside a namespace.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace claimsmith::ui {

void initResources()
{
    initUiResources();
}

namespace {

// The language chosen in the settings, else the system's.
void installTranslations(QApplication& app)
{
    const QString chosen = Settings::get(settings::language);
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    if (own->load(locale, u"claimsmith"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int runGui(int argc, char** argv)
{
    initResources(); // the resources live in a static library
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Claimsmith"_s);
    QApplication::setOrganizationName(u"Claimsmith"_s);
    QApplication::setApplicationVersion(QStringLiteral(CLAIMSMITH_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/claimsmith.svg"_s));
    QApplication::setDesktopFileName(u"claimsmith"_s);
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Claimsmith desktop application"));
    parser.addHelpOption();
    parser.addOption(
        {u"store"_s, QApplication::translate("main", "The store to open."), u"file"_s});
    parser.addOption(
        {u"remote"_s,
         QApplication::translate("main", "The Claimsmith server to connect to; the API key "
                                         "comes from CLAIMSMITH_API_KEY or the keychain."),
         u"url"_s});
    parser.addOption(
        {u"screenshots"_s,
         QApplication::translate("main", "Photograph every page into the directory, then quit."),
         u"directory"_s});
    parser.addOption({u"page"_s,
                      QApplication::translate("main", "With --screenshots: only this page."),
                      u"name"_s});
    parser.addOption(
        {u"dark"_s, QApplication::translate("main", "Use a dark palette (for screenshots).")});
    parser.process(app);
    if (parser.isSet(u"dark"_s))
        applyDarkPalette();

    MainWindow window;
    if (parser.isSet(u"screenshots"_s)) {
        window.resize(1400, 900);
        takeScreenshots(window, {parser.value(u"screenshots"_s), parser.value(u"page"_s),
                                 parser.isSet(u"dark"_s)});
    }
    window.show();
    if (parser.isSet(u"store"_s))
        window.openStore(parser.value(u"store"_s));
    else if (parser.isSet(u"remote"_s))
        window.connectToServer(parser.value(u"remote"_s),
                               qEnvironmentVariable("CLAIMSMITH_API_KEY"));
    return QApplication::exec();
}

} // namespace claimsmith::ui
