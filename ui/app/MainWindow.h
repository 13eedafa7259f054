#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace claimsmith::ui {

// Hosts the pages and the actions that apply to all of them; owns nothing else.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    void setStoreName(const QString& name);

private:
    void addPage(const QString& iconName, const QString& title, QWidget* page);

    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
};

} // namespace claimsmith::ui
