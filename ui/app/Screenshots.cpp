#include "Screenshots.h"

#include "MainWindow.h"
#include "Pages.h"
#include "common/Page.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QPixmap>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

// Time for a page to load its first rows (and the detail of the first one)
// from the worker before it is photographed.
constexpr int kSettleMs = 900;

// Selects the first record of the page's main list, so that the detail
// panel shows something worth looking at.
void selectFirstRecord(Page* page)
{
    const auto views = page->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0)
            continue;
        if (view->currentIndex().isValid())
            return;
        view->setCurrentIndex(view->model()->index(0, 0));
        return;
    }
}

struct Shooter
{
    MainWindow* window;
    ScreenshotOptions options;
    std::vector<int> pages;
    std::size_t next = 0;

    void step()
    {
        if (next >= pages.size()) {
            QApplication::quit();
            return;
        }
        const int index = pages[next];
        window->showPage(index);
        QTimer::singleShot(kSettleMs / 3, window, [this, index] {
            selectFirstRecord(window->page(index));
            QTimer::singleShot(kSettleMs, window, [this, index] {
                const QString name =
                    u"%1-%2.png"_s.arg(index + 1, 2, 10, QLatin1Char('0')).arg(pageKey(index));
                const QString path = QDir(options.directory).filePath(name);
                if (!window->grab().save(path))
                    QTextStream(stderr) << "claimsmith: cannot write " << path << '\n';
                else
                    QTextStream(stdout) << path << '\n';
                ++next;
                step();
            });
        });
    }

    QString pageKey(int index) const { return window->pageKey(index); }
};

} // namespace

void applyDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    p.setColor(QPalette::Mid, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

void takeScreenshots(MainWindow& window, const ScreenshotOptions& options)
{
    QDir().mkpath(options.directory);
    auto shooter = std::make_shared<Shooter>();
    shooter->window = &window;
    shooter->options = options;
    for (int i = 0; i < window.pageCount(); ++i) {
        if (options.page.isEmpty() || window.pageKey(i) == options.page)
            shooter->pages.push_back(i);
    }
    // The connection holds the shooter as long as the window lives.
    QObject::connect(&window, &MainWindow::storeOpened, &window, [shooter] {
        QTimer::singleShot(kSettleMs, shooter->window, [shooter] { shooter->step(); });
    });
    QObject::connect(&window, &MainWindow::storeFailed, &window, [] { QCoreApplication::exit(1); });
}

} // namespace claimsmith::ui
