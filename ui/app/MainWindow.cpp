#include "MainWindow.h"

#include "PlaceholderPage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget)
    , m_pages(new QStackedWidget)
{
    setWindowTitle(tr("Claimsmith"));
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFixedWidth(220);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(1);
    m_sidebar->setStyleSheet(
        u"QListWidget#sidebar { padding: 8px 6px; }"
        "QListWidget#sidebar::item { padding: 7px 8px; border-radius: 5px; }"
        "QListWidget#sidebar::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"
        "QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }"_s);

    addPage(
        u"users"_s, tr("Users"),
        new PlaceholderPage(tr("Users"), tr("Browse, search and edit users and their metadata.")));
    addPage(u"organizations"_s, tr("Organizations"),
            new PlaceholderPage(tr("Organizations"),
                                tr("Organizations with their domains, metadata and members.")));
    addPage(u"roles"_s, tr("Roles & Permissions"),
            new PlaceholderPage(tr("Roles & Permissions"),
                                tr("Roles and the permissions they grant.")));
    addPage(u"applications"_s, tr("Applications"),
            new PlaceholderPage(tr("Applications"),
                                tr("Applications, their client metadata and token settings.")));
    addPage(u"templates"_s, tr("Templates"),
            new PlaceholderPage(tr("Templates"),
                                tr("Edit JWT templates with a live preview of the claims.")));
    addPage(
        u"keys"_s, tr("Signing Keys"),
        new PlaceholderPage(tr("Signing Keys"), tr("Generate, activate and retire signing keys.")));
    addPage(
        u"audit"_s, tr("Audit Log"),
        new PlaceholderPage(tr("Audit Log"), tr("Every change, who made it and what changed.")));
    addPage(
        u"inspector"_s, tr("Token Inspector"),
        new PlaceholderPage(tr("Token Inspector"), tr("Paste a token to decode and verify it.")));

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->showMessage(tr("No store open"));
    resize(1200, 800);
}

void MainWindow::setStoreName(const QString& name)
{
    setWindowTitle(tr("Claimsmith — %1").arg(name));
    statusBar()->showMessage(name);
}

void MainWindow::addPage(const QString& iconName, const QString& title, QWidget* page)
{
    auto* item = new QListWidgetItem(QIcon(u":/icons/%1.svg"_s.arg(iconName)), title);
    m_sidebar->addItem(item);
    m_pages->addWidget(page);
}

} // namespace claimsmith::ui
