#pragma once

#include <QWidget>

class QListWidget;

namespace claimsmith::ui {

// What the window shows while no store is open: create or open one, connect
// to a server, or pick a recent one.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setRecentStores(const QStringList& paths);

signals:
    void createRequested();
    void openRequested();
    void connectRequested();
    void recentChosen(const QString& path);

private:
    QListWidget* m_recent;
};

} // namespace claimsmith::ui
