#include "WelcomePage.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace claimsmith::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_recent(new QListWidget)
{
    auto* heading = new QLabel(tr("Welcome to Claimsmith"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    heading->setFont(f);
    auto* text = new QLabel(
        tr("Open a store to manage its users, organizations and JWT templates, or create a new "
           "one. A store is a single file; <tt>claimsmith demo --store FILE</tt> makes one with "
           "realistic sample data."));
    text->setWordWrap(true);
    auto* create = new QPushButton(tr("New Store…"));
    auto* open = new QPushButton(tr("Open Store…"));
    auto* server = new QPushButton(tr("Connect to Server…"));
    server->setObjectName(QStringLiteral("connectToServer"));
    server->setToolTip(tr("Work on a store that a Claimsmith server shares (claimsmith serve)"));
    open->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addWidget(server);
    buttons->addStretch();
    auto* recentTitle = new QLabel(tr("Recent stores"));
    recentTitle->setObjectName(QStringLiteral("recentTitle"));
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    m_recent->setObjectName(QStringLiteral("recentStores"));
    m_recent->setMaximumWidth(640);

    auto* column = new QVBoxLayout;
    column->addWidget(heading);
    column->addSpacing(8);
    column->addWidget(text);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addSpacing(24);
    column->addWidget(recentTitle);
    column->addWidget(m_recent, 1);
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 40, 48, 40);
    outer->addLayout(column, 1);
    outer->addStretch(0);

    connect(create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(server, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty())
            emit recentChosen(path);
    });
}

void WelcomePage::setRecentStores(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        auto* item =
            new QListWidgetItem(QStringLiteral("%1\n%2").arg(info.fileName(), info.absolutePath()));
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        if (!info.exists())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_recent->addItem(item);
    }
    if (paths.isEmpty())
        m_recent->addItem(tr("No recent stores"));
}

} // namespace claimsmith::ui
