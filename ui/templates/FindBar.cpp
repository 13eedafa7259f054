#include "FindBar.h"

#include "TemplateTextEdit.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

const QString kFindIndicator = u"find"_s;
constexpr int kMaxHighlights = 10000;

} // namespace

FindBar::FindBar(TemplateTextEdit* edit, QWidget* parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_replaceOne(new QPushButton(tr("Replace"), this))
    , m_replaceAll(new QPushButton(tr("Replace All"), this))
    , m_replaceRow(new QWidget(this))
{
    setObjectName(u"findBar"_s);
    m_find->setObjectName(u"findField"_s);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(u"replaceField"_s);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_matchCase->setObjectName(u"matchCase"_s);
    m_status->setObjectName(u"findStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("No results")) + 8);
    m_previous->setText(u"↑"_s);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setText(u"↓"_s);
    m_next->setToolTip(tr("Next match (F3)"));
    m_close->setText(u"✕"_s);
    m_close->setToolTip(tr("Close (Escape)"));
    for (QToolButton* b : {m_previous, m_next, m_close})
        b->setAutoRaise(true);
    m_replaceOne->setObjectName(u"replaceOne"_s);
    m_replaceAll->setObjectName(u"replaceAll"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_matchCase);
    findRow->addWidget(m_status);
    findRow->addWidget(m_previous);
    findRow->addWidget(m_next);
    findRow->addWidget(m_close);
    layout->addLayout(findRow);
    auto* replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(m_replaceOne);
    replaceRow->addWidget(m_replaceAll);
    layout->addWidget(m_replaceRow);

    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        find(true, true);
        highlightAll();
    });
    connect(m_matchCase, &QCheckBox::toggled, this, [this] {
        find(true, true);
        highlightAll();
    });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindBar::replaceAll);
    // Queued: searching moves Scintilla's target, which must not happen
    // while a replacement is under way.
    connect(
        m_edit, &QsciScintilla::textChanged, this,
        [this] {
            if (isVisible() && !m_replacing)
                highlightAll();
        },
        Qt::QueuedConnection);
    hide();
}

void FindBar::openFind()
{
    open(false);
}

void FindBar::openReplace()
{
    open(true);
}

void FindBar::open(bool replace)
{
    m_replaceRow->setVisible(replace);
    const QString selected = m_edit->selectedText();
    if (!selected.isEmpty() && !selected.contains(u'\n')) {
        const QSignalBlocker blocker(m_find);
        m_find->setText(selected);
    }
    show();
    m_find->setFocus();
    m_find->selectAll();
    highlightAll();
}

void FindBar::close()
{
    m_edit->clearIndicator(kFindIndicator);
    hide();
    m_edit->setFocus();
}

QString FindBar::status() const
{
    return m_status->text();
}

int FindBar::searchFlags() const
{
    return m_matchCase->isChecked() ? QsciScintillaBase::SCFIND_MATCHCASE : 0;
}

std::pair<int, int> FindBar::search(int from, int to) const
{
    const QByteArray needle = m_find->text().toUtf8();
    if (needle.isEmpty())
        return {-1, -1};
    m_edit->SendScintilla(QsciScintillaBase::SCI_SETSEARCHFLAGS,
                          static_cast<unsigned long>(searchFlags()));
    m_edit->SendScintilla(QsciScintillaBase::SCI_SETTARGETRANGE, static_cast<unsigned long>(from),
                          static_cast<long>(to));
    const long found =
        m_edit->SendScintilla(QsciScintillaBase::SCI_SEARCHINTARGET,
                              static_cast<unsigned long>(needle.size()), needle.constData());
    if (found < 0)
        return {-1, -1};
    return {static_cast<int>(m_edit->SendScintilla(QsciScintillaBase::SCI_GETTARGETSTART)),
            static_cast<int>(m_edit->SendScintilla(QsciScintillaBase::SCI_GETTARGETEND))};
}

bool FindBar::find(bool forward, bool fromSelectionStart)
{
    const auto length = static_cast<int>(m_edit->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
    const auto selStart =
        static_cast<int>(m_edit->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART));
    const auto selEnd =
        static_cast<int>(m_edit->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND));
    std::pair<int, int> match;
    if (forward) {
        const int from = fromSelectionStart ? selStart : selEnd;
        match = search(from, length);
        if (match.first < 0)
            match = search(
                0, std::min(from + static_cast<int>(m_find->text().toUtf8().size()), length));
    } else {
        match = search(selStart, 0);
        if (match.first < 0)
            match = search(length, selStart);
    }
    if (match.first < 0) {
        m_status->setText(m_find->text().isEmpty() ? QString() : tr("No results"));
        return false;
    }
    m_edit->selectBytes(match.first, match.second);
    highlightAll();
    return true;
}

bool FindBar::findNext()
{
    if (m_find->text().isEmpty()) {
        openFind();
        return false;
    }
    return find(true, false);
}

bool FindBar::findPrevious()
{
    if (m_find->text().isEmpty()) {
        openFind();
        return false;
    }
    return find(false, false);
}

bool FindBar::selectionMatches() const
{
    const auto selStart =
        static_cast<int>(m_edit->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART));
    const auto selEnd =
        static_cast<int>(m_edit->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND));
    if (selStart == selEnd)
        return false;
    const std::pair<int, int> match = search(selStart, selEnd);
    return match.first == selStart && match.second == selEnd;
}

bool FindBar::replaceCurrent()
{
    if (!selectionMatches())
        return find(true, true);
    const auto selStart =
        static_cast<int>(m_edit->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART));
    const auto selEnd =
        static_cast<int>(m_edit->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND));
    const QByteArray replacement = m_replace->text().toUtf8();
    m_edit->replaceBytes(
        selStart, selEnd,
        std::string_view(replacement.constData(), static_cast<std::size_t>(replacement.size())));
    return find(true, false);
}

int FindBar::replaceAll()
{
    const QByteArray replacement = m_replace->text().toUtf8();
    int count = 0;
    int from = 0;
    m_replacing = true;
    m_edit->beginUndoAction();
    while (true) {
        const auto length =
            static_cast<int>(m_edit->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
        const std::pair<int, int> match = search(from, length);
        if (match.first < 0)
            break;
        m_edit->SendScintilla(QsciScintillaBase::SCI_REPLACETARGET,
                              static_cast<unsigned long>(replacement.size()),
                              replacement.constData());
        from = match.first + static_cast<int>(replacement.size());
        ++count;
    }
    m_edit->endUndoAction();
    m_replacing = false;
    highlightAll();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::highlightAll()
{
    m_edit->clearIndicator(kFindIndicator);
    if (m_find->text().isEmpty() || !isVisible()) {
        m_status->clear();
        return;
    }
    const auto length = static_cast<int>(m_edit->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
    const auto selStart =
        static_cast<int>(m_edit->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART));
    const auto selEnd =
        static_cast<int>(m_edit->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND));
    int count = 0;
    int current = 0;
    for (int from = 0; count < kMaxHighlights;) {
        const std::pair<int, int> match = search(from, length);
        if (match.first < 0)
            break;
        ++count;
        if (match.first == selStart && match.second == selEnd)
            current = count;
        m_edit->fillIndicator(kFindIndicator, match.first, match.second);
        from = std::max(match.second, match.first + 1);
    }
    if (count == 0)
        m_status->setText(tr("No results"));
    else if (current > 0)
        m_status->setText(tr("%1 of %2").arg(current).arg(count));
    else
        m_status->setText(tr("%n match(es)", nullptr, count));
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_find || watched == m_replace)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replace)
                replaceCurrent();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace claimsmith::ui
