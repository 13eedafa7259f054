#include "TemplateCodeEditor.h"

#include "CompletionPopup.h"
#include "DiagnosticIcons.h"
#include "DiagnosticListModel.h"
#include "FindBar.h"
#include "TemplateCompleter.h"
#include "TemplateTextEdit.h"
#include "template/Completion.h"
#include "template/Formatter.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

const QString kHighlightIndicator = u"highlight"_s;

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

TemplateCodeEditor::TemplateCodeEditor(QWidget* parent)
    : QWidget(parent)
    , m_edit(new TemplateTextEdit(this))
    , m_completer(new TemplateCompleter(m_edit))
    , m_findBar(new FindBar(m_edit, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_problemsLabel(new QLabel(this))
    , m_diagnosticsView(new QTreeView(this))
    , m_diagnosticsModel(new DiagnosticListModel(this))
{
    setObjectName(u"templateCodeEditor"_s);
    m_problemsLabel->setObjectName(u"problemsLabel"_s);
    m_problemsLabel->setContentsMargins(6, 3, 6, 3);
    m_diagnosticsView->setObjectName(u"diagnosticsView"_s);
    m_diagnosticsView->setModel(m_diagnosticsModel);
    m_diagnosticsView->setRootIsDecorated(false);
    m_diagnosticsView->setUniformRowHeights(true);
    m_diagnosticsView->setAllColumnsShowFocus(true);
    m_diagnosticsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diagnosticsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diagnosticsView->setWordWrap(false);
    m_diagnosticsView->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_diagnosticsView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DiagnosticListModel::PositionColumn,
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiagnosticListModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DiagnosticListModel::CodeColumn, QHeaderView::ResizeToContents);

    auto* problems = new QWidget(this);
    auto* problemsLayout = new QVBoxLayout(problems);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->setSpacing(0);
    problemsLayout->addWidget(m_problemsLabel);
    problemsLayout->addWidget(m_diagnosticsView);

    m_splitter->addWidget(m_edit);
    m_splitter->addWidget(problems);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({400, 110});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_findBar);
    layout->addWidget(m_splitter, 1);
    setFocusProxy(m_edit);

    createActions();
    applyPalette();

    m_compileTimer.setSingleShot(true);
    m_compileTimer.setInterval(0);
    connect(&m_compileTimer, &QTimer::timeout, this, &TemplateCodeEditor::compileNow);
    // Scintilla reports each part of an edit (a replacement deletes, then
    // inserts); the compile and textChanged() come once it is whole.
    connect(m_edit, &QsciScintilla::textChanged, this, [this] {
        m_textChangePending = true;
        scheduleCompile();
    });
    connect(m_edit, &QsciScintilla::modificationChanged, this, [this](bool modified) {
        if (!m_loading)
            emit modificationChanged(modified);
    });
    connect(m_edit, &QsciScintilla::cursorPositionChanged, this,
            &TemplateCodeEditor::updateCursorClaim);
    connect(m_edit, &TemplateTextEdit::toolTipRequested, this, &TemplateCodeEditor::showToolTip);
    connect(m_edit, &TemplateTextEdit::hovered, this, [this](int position) {
        // Between an edit and its compile the claims' spans are old: no claim.
        const QString name = m_compilePending ? QString() : claimAt(position);
        if (name == m_hoveredClaim)
            return;
        m_hoveredClaim = name;
        emit hoveredClaimChanged(name);
    });
    connect(m_edit, &TemplateTextEdit::escapePressed, this, [this] {
        if (m_findBar->isVisible())
            m_findBar->close();
    });
    connect(m_edit, &QsciScintilla::marginClicked, this,
            [this](int margin, int line, Qt::KeyboardModifiers) {
                if (margin != TemplateTextEdit::FixMargin &&
                    margin != TemplateTextEdit::SeverityMargin)
                    return;
                compileNow();
                for (const tmpl::Diagnostic& d : m_template.diagnostics()) {
                    const auto start = static_cast<int>(d.span.start);
                    if (m_edit->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION,
                                              static_cast<unsigned long>(start)) != line)
                        continue;
                    if (margin == TemplateTextEdit::FixMargin && !d.fix)
                        continue;
                    m_edit->setCaretPosition(start);
                    if (margin == TemplateTextEdit::FixMargin)
                        showQuickFixes();
                    else
                        revealRange(d.span);
                    return;
                }
            });
    connect(m_diagnosticsView, &QTreeView::clicked, this,
            [this](const QModelIndex& i) { goToDiagnostic(i.row()); });
    connect(m_diagnosticsView, &QTreeView::activated, this,
            [this](const QModelIndex& i) { goToDiagnostic(i.row()); });
    compileNow();
}

TemplateCodeEditor::~TemplateCodeEditor() = default;

void TemplateCodeEditor::createActions()
{
    auto make = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_completeAction =
        make(tr("Complete"), QKeySequence(Qt::CTRL | Qt::Key_Space), [this] { showCompletion(); });
    m_quickFixAction = make(tr("Quick Fix…"), QKeySequence(Qt::CTRL | Qt::Key_Period),
                            [this] { showQuickFixes(); });
    m_formatAction = make(tr("Format"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                          [this] { formatTemplate(); });
    m_findAction =
        make(tr("Find…"), QKeySequence(Qt::CTRL | Qt::Key_F), [this] { m_findBar->openFind(); });
    m_replaceAction = make(tr("Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H),
                           [this] { m_findBar->openReplace(); });
    m_findNextAction =
        make(tr("Find Next"), QKeySequence(Qt::Key_F3), [this] { m_findBar->findNext(); });
    m_findPreviousAction = make(tr("Find Previous"), QKeySequence(Qt::SHIFT | Qt::Key_F3),
                                [this] { m_findBar->findPrevious(); });
    m_edit->setContextActions(
        {m_completeAction, m_quickFixAction, m_formatAction, m_findAction, m_replaceAction});
}

QString TemplateCodeEditor::text() const
{
    return fromView(m_edit->bytes());
}

std::string_view TemplateCodeEditor::utf8Text() const
{
    return m_edit->bytes();
}

void TemplateCodeEditor::setText(const QString& text)
{
    m_completer->hide();
    const bool wasModified = m_edit->isModified();
    m_loading = true;
    m_edit->setText(text);
    m_edit->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    m_edit->setModified(false);
    m_edit->setCaretPosition(0);
    m_loading = false;
    m_textChangePending = false; // a load is not an edit
    compileNow();
    if (wasModified)
        emit modificationChanged(false);
}

bool TemplateCodeEditor::isModified() const
{
    return m_edit->isModified();
}

void TemplateCodeEditor::setModified(bool modified)
{
    m_edit->setModified(modified);
}

void TemplateCodeEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_formatAction->setEnabled(!readOnly);
    m_quickFixAction->setEnabled(!readOnly);
    m_completeAction->setEnabled(!readOnly);
    m_replaceAction->setEnabled(!readOnly);
}

bool TemplateCodeEditor::isReadOnly() const
{
    return m_edit->isReadOnly();
}

void TemplateCodeEditor::setEditorFont(const QFont& font)
{
    m_edit->setEditorFont(font);
}

void TemplateCodeEditor::setVocabulary(std::shared_ptr<const tmpl::Vocabulary> vocabulary)
{
    m_vocabulary = std::move(vocabulary);
    m_completer->setVocabulary(m_vocabulary);
    compileNow();
}

void TemplateCodeEditor::setLintProfile(const tmpl::LintProfile& profile)
{
    m_profile = profile;
    compileNow();
}

tmpl::Template TemplateCodeEditor::compiledTemplate()
{
    if (m_compilePending)
        compileNow();
    return m_template;
}

const std::vector<tmpl::Diagnostic>& TemplateCodeEditor::diagnostics()
{
    if (m_compilePending)
        compileNow();
    return m_template.diagnostics();
}

void TemplateCodeEditor::scheduleCompile()
{
    m_compilePending = true;
    m_compileTimer.start();
}

void TemplateCodeEditor::compileNow()
{
    m_compileTimer.stop();
    m_compilePending = false;
    const bool changed = std::exchange(m_textChangePending, false);
    tmpl::CompileOptions options;
    options.vocabulary = m_vocabulary.get();
    options.profile = m_profile;
    m_template = tmpl::Template::compile(m_edit->bytes(), options);
    m_edit->setDiagnostics(m_template.diagnostics());
    m_diagnosticsModel->setDiagnostics(m_template.diagnostics());
    m_formatProblem.clear();
    updateProblemsLabel();
    updateCursorClaim();
    if (changed)
        emit textChanged();
    emit diagnosticsChanged();
}

void TemplateCodeEditor::updateProblemsLabel()
{
    int errors = 0;
    int warnings = 0;
    for (const tmpl::Diagnostic& d : m_template.diagnostics())
        (d.severity == tmpl::Severity::Error ? errors : warnings)++;
    QString text;
    if (errors == 0 && warnings == 0)
        text = tr("No problems");
    else if (warnings == 0)
        text = tr("%n error(s)", nullptr, errors);
    else if (errors == 0)
        text = tr("%n warning(s)", nullptr, warnings);
    else
        text = tr("%1, %2").arg(tr("%n error(s)", nullptr, errors),
                                tr("%n warning(s)", nullptr, warnings));
    if (!m_formatProblem.isEmpty())
        text += u" — "_s + m_formatProblem;
    m_problemsLabel->setText(text);
}

void TemplateCodeEditor::updateCursorClaim()
{
    if (m_compilePending)
        return; // the claims are for the text before the edit; compileNow() comes back here
    const QString name = claimAt(m_edit->caretPosition());
    if (name == m_currentClaim)
        return;
    m_currentClaim = name;
    emit cursorClaimChanged(name);
}

QString TemplateCodeEditor::claimAt(int position) const
{
    if (position < 0)
        return QString();
    const auto at = static_cast<std::uint32_t>(position);
    for (const tmpl::ClaimSite& site : m_template.claims()) {
        if (at >= site.nameSpan.start && at <= site.valueSpan.end)
            return QString::fromStdString(site.name);
    }
    return QString();
}

void TemplateCodeEditor::highlightRange(tmpl::Span span)
{
    m_highlight = span;
    m_edit->clearIndicator(kHighlightIndicator);
    const auto [start, end] = m_edit->visibleRange(span);
    m_edit->fillIndicator(kHighlightIndicator, start, end);
    const auto first = static_cast<unsigned long>(m_edit->SendScintilla(
        QsciScintillaBase::SCI_LINEFROMPOSITION, static_cast<unsigned long>(start)));
    m_edit->SendScintilla(QsciScintillaBase::SCI_ENSUREVISIBLE, first);
    m_edit->SendScintilla(QsciScintillaBase::SCI_SCROLLRANGE, static_cast<unsigned long>(end),
                          static_cast<long>(start));
}

void TemplateCodeEditor::clearHighlight()
{
    m_highlight.reset();
    m_edit->clearIndicator(kHighlightIndicator);
}

void TemplateCodeEditor::revealRange(tmpl::Span span)
{
    m_edit->selectBytes(static_cast<int>(span.start), static_cast<int>(span.end));
    m_edit->setFocus();
}

void TemplateCodeEditor::goToDiagnostic(int row)
{
    if (row < 0 || row >= m_diagnosticsModel->rowCount())
        return;
    revealRange(m_diagnosticsModel->diagnostic(row).span);
}

bool TemplateCodeEditor::formatTemplate()
{
    if (m_edit->isReadOnly())
        return false;
    const std::string_view before = m_edit->bytes();
    const std::optional<std::string> after = tmpl::format(before);
    if (!after) {
        m_formatProblem = tr("cannot format while the template has syntax errors");
        updateProblemsLabel();
        return false;
    }
    if (*after == before)
        return true;
    // The caret stays after the same non-blank character.
    const auto caret = static_cast<std::size_t>(m_edit->caretPosition());
    std::size_t solid = 0;
    for (std::size_t i = 0; i < caret && i < before.size(); ++i)
        solid += (before[i] != ' ' && before[i] != '\n' && before[i] != '\t' && before[i] != '\r');
    // Only the part that differs is replaced, so that markers and folds elsewhere stay.
    std::size_t prefix = 0;
    while (prefix < before.size() && prefix < after->size() && before[prefix] == (*after)[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < before.size() - prefix && suffix < after->size() - prefix &&
           before[before.size() - 1 - suffix] == (*after)[after->size() - 1 - suffix])
        ++suffix;
    const std::string replacement = after->substr(prefix, after->size() - prefix - suffix);
    m_edit->replaceBytes(static_cast<int>(prefix), static_cast<int>(before.size() - suffix),
                         replacement);
    std::size_t position = 0;
    for (std::size_t seen = 0; position < after->size() && seen < solid; ++position)
        seen += ((*after)[position] != ' ' && (*after)[position] != '\n');
    m_edit->setCaretPosition(static_cast<int>(position));
    compileNow();
    return true;
}

bool TemplateCodeEditor::applyFix(const tmpl::Diagnostic& diagnostic)
{
    if (!diagnostic.fix || m_edit->isReadOnly() || m_compilePending ||
        m_template.text() != m_edit->bytes())
        return false;
    const tmpl::Fix& fix = *diagnostic.fix;
    m_edit->replaceBytes(static_cast<int>(fix.span.start), static_cast<int>(fix.span.end),
                         fix.replacement);
    compileNow();
    return true;
}

std::vector<const tmpl::Diagnostic*> TemplateCodeEditor::fixesAt(int position) const
{
    std::vector<const tmpl::Diagnostic*> at;
    std::vector<const tmpl::Diagnostic*> onLine;
    const long line = m_edit->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION,
                                            static_cast<unsigned long>(position));
    for (const tmpl::Diagnostic& d : m_template.diagnostics()) {
        if (!d.fix)
            continue;
        const auto [start, end] = m_edit->visibleRange(d.span);
        if (start <= position && position <= end)
            at.push_back(&d);
        else if (m_edit->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION,
                                       static_cast<unsigned long>(start)) == line)
            onLine.push_back(&d);
    }
    return at.empty() ? onLine : at;
}

void TemplateCodeEditor::showQuickFixes()
{
    if (m_edit->isReadOnly())
        return;
    compileNow();
    m_completer->hide();
    if (m_quickFixMenu)
        m_quickFixMenu->close();
    auto* menu = new QMenu(this);
    menu->setObjectName(u"quickFixMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const std::string_view text = m_edit->bytes();
    const QIcon bulb = markIcon(MarkSymbol::Fix, palette());
    for (const tmpl::Diagnostic* d : fixesAt(m_edit->caretPosition())) {
        QAction* action = menu->addAction(bulb, fixTitle(*d, text));
        action->setToolTip(QString::fromStdString(d->message));
        const tmpl::Diagnostic copy = *d;
        connect(action, &QAction::triggered, this, [this, copy] { applyFix(copy); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No quick fixes here"))->setEnabled(false);
    else
        menu->setActiveAction(menu->actions().constFirst());
    m_quickFixMenu = menu;
    menu->popup(m_edit->viewport()->mapToGlobal(m_edit->caretPoint()));
}

bool TemplateCodeEditor::showCompletion()
{
    if (m_edit->isReadOnly())
        return false;
    return m_completer->showCompletion();
}

CompletionPopup* TemplateCodeEditor::completionPopup() const
{
    return m_completer->popup();
}

QString TemplateCodeEditor::callTip() const
{
    return m_completer->callTip();
}

void TemplateCodeEditor::showToolTip(int position, int line, const QPoint& globalPos)
{
    if (m_compilePending)
        compileNow();
    const std::string_view text = m_edit->bytes();
    QStringList parts;
    for (const tmpl::Diagnostic& d : m_template.diagnostics()) {
        const auto [start, end] = m_edit->visibleRange(d.span);
        const bool here = position >= 0
                              ? (start <= position && position < std::max(end, start + 1))
                              : m_edit->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION,
                                                      static_cast<unsigned long>(start)) == line;
        if (!here)
            continue;
        parts << diagnosticToolTip(d, text,
                                   m_quickFixAction->shortcut().toString(QKeySequence::NativeText));
    }
    if (parts.isEmpty() && position >= 0) {
        // The type of the path under the mouse.
        const tmpl::Completion c =
            tmpl::complete(text, static_cast<std::uint32_t>(position), m_vocabulary.get());
        if (c.inHole && !c.path.empty() && !c.typeDescription.empty())
            parts << u"<code>%1</code>: %2"_s.arg(QString::fromStdString(c.path).toHtmlEscaped(),
                                                  QString::fromStdString(c.typeDescription));
    }
    if (parts.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, parts.join(u"<hr>"_s), m_edit->viewport());
}

void TemplateCodeEditor::applyPalette()
{
    m_diagnosticsModel->setIcons(markIcon(MarkSymbol::Error, palette()),
                                 markIcon(MarkSymbol::Warning, palette()));
}

void TemplateCodeEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace claimsmith::ui
