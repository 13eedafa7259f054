#include "RecordPanel.h"

#include "RecordListModel.h"
#include "common/Prompter.h"
#include "json/Writer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

QLabel* mutedLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

} // namespace

RecordPanel::RecordPanel(const QString& name, RecordListModel* model, Texts texts, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_texts(std::move(texts))
    , m_undo(new QUndoStack(this))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_filter(new QLineEdit)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_listStack(new QStackedWidget)
    , m_view(new QTableView)
    , m_listMessage(mutedLabel(name + u"ListMessage"_s))
    , m_count(mutedLabel(name + u"Count"_s))
    , m_new(new QPushButton(m_texts.newButton))
    , m_delete(new QPushButton(tr("Delete")))
    , m_detailStack(new QStackedWidget)
    , m_nothing(mutedLabel(name + u"Nothing"_s))
    , m_scroll(new QScrollArea)
    , m_title(new QLabel)
    , m_note(mutedLabel(name + u"Note"_s))
    , m_generalError(FieldErrors::makeLabel(name + u"Error"_s))
    , m_unsaved(mutedLabel(name + u"Unsaved"_s))
    , m_save(new QPushButton(tr("Save")))
    , m_revert(new QPushButton(tr("Revert")))
{
    setObjectName(name + u"Panel"_s);
    m_model->setParent(this);
    m_errors.setGeneral(m_generalError);
    m_undo->setObjectName(name + u"Undo"_s);

    // The list: filter field, table (or what to say instead), buttons.
    m_filter->setObjectName(name + u"Filter"_s);
    m_filter->setPlaceholderText(m_texts.filterHint);
    m_filter->setClearButtonEnabled(true);
    const QIcon find = QIcon::fromTheme(u"edit-find"_s);
    if (!find.isNull())
        m_filter->addAction(find, QLineEdit::LeadingPosition);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RecordListModel::FilterRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(name + u"List"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    // The store's order (slugs; applications oldest first) until a header is clicked.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_listMessage->setAlignment(Qt::AlignCenter);
    m_listMessage->setMargin(16);
    // Looks like the empty list it stands for.
    m_listMessage->setFrameShape(QFrame::StyledPanel);
    m_listMessage->setAutoFillBackground(true);
    m_listMessage->setBackgroundRole(QPalette::Base);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_listMessage);
    m_new->setObjectName(name + u"New"_s);
    m_new->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_new->setToolTip(tr("Create a new record (Ctrl+N)"));
    m_delete->setObjectName(name + u"Delete"_s);
    m_delete->setIcon(QIcon::fromTheme(u"edit-delete"_s));
    m_delete->setToolTip(tr("Delete the selected record (Delete)"));

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_count);
    listButtons->addStretch(1);
    listButtons->addWidget(m_delete);
    listButtons->addWidget(m_new);
    auto* listPane = new QWidget;
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(10, 10, 6, 10);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_listStack, 1);
    listLayout->addLayout(listButtons);
    listPane->setMinimumWidth(300);

    // The detail: title, the subclass's form, the general error, buttons.
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setMargin(24);
    m_title->setObjectName(name + u"Title"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 10, 12, 6);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_note);
    contentLayout->addWidget(m_generalError);
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_save->setObjectName(name + u"Save"_s);
    m_save->setIcon(QIcon::fromTheme(u"document-save"_s));
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_save->setDefault(true);
    m_revert->setObjectName(name + u"Revert"_s);
    m_revert->setIcon(QIcon::fromTheme(u"document-revert"_s));
    m_revert->setToolTip(tr("Discard the changes that are not saved"));
    m_unsaved->setText(tr("Unsaved changes"));
    m_unsaved->hide();
    auto* formButtons = new QHBoxLayout;
    formButtons->setContentsMargins(12, 6, 12, 10);
    formButtons->addWidget(m_unsaved);
    formButtons->addStretch(1);
    formButtons->addWidget(m_revert);
    formButtons->addWidget(m_save);
    auto* formPage = new QWidget;
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(0);
    formLayout->addWidget(m_scroll, 1);
    formLayout->addLayout(formButtons);
    m_detailStack->addWidget(m_nothing);
    m_detailStack->addWidget(formPage);
    m_detailStack->setMinimumWidth(380);

    m_splitter->setObjectName(name + u"Splitter"_s);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detailStack);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        selectInList(m_currentKey);
        updateListState();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordPanel::currentRowChanged);
    connect(m_new, &QPushButton::clicked, this, &RecordPanel::createNew);
    connect(m_delete, &QPushButton::clicked, this, &RecordPanel::deleteCurrent);
    connect(m_save, &QPushButton::clicked, this, &RecordPanel::saveIfChanged);
    connect(m_revert, &QPushButton::clicked, this, &RecordPanel::showAgain);
    connect(m_undo, &QUndoStack::indexChanged, this, &RecordPanel::updateButtons);

    auto* clearFilter = new QShortcut(QKeySequence(Qt::Key_Escape), m_filter);
    clearFilter->setContext(Qt::WidgetShortcut);
    connect(clearFilter, &QShortcut::activated, m_filter, &QLineEdit::clear);
    auto* del = new QShortcut(QKeySequence::Delete, m_view);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &RecordPanel::deleteCurrent);
    // Only the visible panel of the visible page reacts.
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WindowShortcut);
    connect(saveKey, &QShortcut::activated, this, &RecordPanel::saveIfChanged);

    updateListState();
    updateButtons();
}

void RecordPanel::setForm(QWidget* form)
{
    auto* layout = static_cast<QVBoxLayout*>(m_scroll->widget()->layout());
    // Under the title and its note, above the general error.
    layout->insertWidget(2, form);
}

void RecordPanel::setStretchColumn(int column)
{
    m_stretchColumn = column;
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void RecordPanel::setDetailTitle(const QString& title, const QString& note)
{
    m_title->setText(title);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void RecordPanel::setSession(StoreSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    ++m_sessionSerial;
    m_loads.cancel();
    m_session = session;
    m_loads.setWorker(session ? session->worker() : nullptr);
    m_undo->clear();
    m_errors.clearAll();
    m_currentKey.clear();
    m_creating = false;
    m_saving = false;
    m_save->setText(tr("Save"));
    if (!session)
        m_filter->clear();
    clearList();
    clearForm();
    m_detailStack->setCurrentWidget(m_nothing);
    m_nothing->setText(session ? m_texts.nothingSelected : QString());
    m_listState = session ? ListState::Loading : ListState::NoStore;
    sessionChanged();
    updateListState();
    updateButtons();
    if (!session)
        return;
    connect(session, &StoreSession::dataChanged, this, [this](DataKind kind) {
        if (watches(kind))
            refresh();
    });
    load();
}

void RecordPanel::focusSearch()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void RecordPanel::createNew()
{
    if (!m_session)
        return;
    whenNothingUnsaved([this] { startNew(); });
}

void RecordPanel::refresh()
{
    if (!m_session)
        return;
    if (m_listState != ListState::Loaded)
        m_listState = ListState::Loading;
    updateListState();
    load();
}

void RecordPanel::saveIfChanged()
{
    if (!m_session || m_saving || (!m_creating && m_currentKey.isEmpty()))
        return;
    if (!m_creating && !isDirty()) {
        emit statusMessage(tr("Nothing to save"));
        return;
    }
    save();
}

void RecordPanel::deleteCurrent()
{
    if (!m_session || m_saving || m_creating || m_currentKey.isEmpty())
        return;
    remove(m_currentKey);
}

void RecordPanel::loaded()
{
    m_listState = ListState::Loaded;
    m_listError.clear();
    if (!m_sized && m_model->rowCount() > 0) {
        m_sized = true;
        m_view->resizeColumnsToContents();
        const int columns = m_model->columnCount();
        const int stretch = m_stretchColumn >= 0 ? m_stretchColumn : columns - 1;
        for (int c = 0; c < columns; ++c) {
            if (c != stretch)
                m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c) + 16, 70, 220));
        }
    }
    updateListState();
    if (!m_creating) {
        if (!m_currentKey.isEmpty()) {
            if (m_model->rowOf(m_currentKey) >= 0) {
                selectInList(m_currentKey);
                // Not dirty: show what is stored now (a newer version).
                if (!isDirty()) {
                    m_undo->clear();
                    fillForm(m_currentKey);
                }
            } else if (!isDirty()) {
                show(QString());
            }
        }
        if (m_currentKey.isEmpty() && m_proxy->rowCount() > 0)
            show(m_proxy->index(0, 0).data(RecordListModel::KeyRole).toString());
    }
    updateButtons();
}

void RecordPanel::loadFailed(const QString& message)
{
    m_listState = ListState::Failed;
    m_listError = message;
    updateListState();
}

void RecordPanel::showSaved(const QString& key, DataKind kind, const QString& message)
{
    m_creating = false;
    m_currentKey = key;
    m_errors.clearAll();
    m_undo->clear();
    m_detailStack->setCurrentIndex(1);
    selectInList(key);
    updateButtons();
    emit statusMessage(message);
    m_session->notifyChanged(kind);
}

void RecordPanel::showDeleted(const QString& key, DataKind kind, const QString& message)
{
    if (!m_creating && m_currentKey == key) {
        m_currentKey.clear();
        m_undo->clear();
        m_errors.clearAll();
        clearForm();
        m_detailStack->setCurrentWidget(m_nothing);
    }
    updateButtons();
    emit statusMessage(message);
    m_session->notifyChanged(kind);
}

void RecordPanel::updateButtons()
{
    const bool shown = m_creating || !m_currentKey.isEmpty();
    const bool dirty = shown && isDirty();
    m_save->setEnabled(shown && !m_saving && (dirty || m_creating));
    m_revert->setEnabled(shown && !m_saving && dirty);
    m_unsaved->setVisible(dirty);
    m_delete->setEnabled(m_session && !m_saving && !m_creating && !m_currentKey.isEmpty());
    m_new->setEnabled(m_session != nullptr);
    m_filter->setEnabled(m_session != nullptr);
}

void RecordPanel::setSaving(bool saving)
{
    m_saving = saving;
    m_save->setText(saving ? tr("Saving…") : tr("Save"));
    updateButtons();
}

void RecordPanel::showAgain()
{
    m_errors.clearAll();
    m_undo->clear();
    if (m_creating)
        fillForm(QString());
    else if (!m_currentKey.isEmpty())
        fillForm(m_currentKey);
    updateButtons();
}

void RecordPanel::discardHistory()
{
    m_errors.clearAll();
    m_undo->clear();
    updateButtons();
}

void RecordPanel::askConflict(const QString& what, const json::Value& mine,
                              const json::Value& theirs, std::function<void()> reload,
                              std::function<void()> overwrite)
{
    json::WriteOptions pretty;
    pretty.pretty = true;
    QPointer<RecordPanel> self(this);
    Prompter::instance().conflict(
        this, what, QString::fromStdString(json::toString(mine, pretty)),
        QString::fromStdString(json::toString(theirs, pretty)),
        [self, what, reload = std::move(reload),
         overwrite = std::move(overwrite)](Prompter::ConflictChoice choice) {
            if (!self)
                return;
            switch (choice) {
            case Prompter::ConflictChoice::Reload:
                reload();
                break;
            case Prompter::ConflictChoice::Overwrite:
                overwrite();
                break;
            case Prompter::ConflictChoice::KeepEditing:
                self->m_errors.show(QString(),
                                    tr("Not saved: %1 was changed by someone else meanwhile. Save "
                                       "again to overwrite their changes, or Revert to see them.")
                                        .arg(what));
                break;
            }
        });
}

void RecordPanel::routeUndoKeys(QWidget* field)
{
    if (auto* text = qobject_cast<QPlainTextEdit*>(field))
        text->setUndoRedoEnabled(false);
    field->installEventFilter(this);
}

bool RecordPanel::eventFilter(QObject* watched, QEvent* event)
{
    // A text field's own undo would bypass the page's stack: the keys go to
    // Edit → Undo / Redo instead.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordPanel::updateListState()
{
    QString message;
    switch (m_listState) {
    case ListState::NoStore:
        message = tr("No store is open.");
        break;
    case ListState::Loading:
        if (m_model->rowCount() == 0)
            message = m_texts.loading;
        break;
    case ListState::Failed:
        message = m_texts.loadFailed.arg(m_listError);
        break;
    case ListState::Loaded:
        if (m_model->rowCount() == 0)
            message = m_texts.empty;
        else if (m_proxy->rowCount() == 0)
            message = m_texts.noMatch.arg(m_filter->text());
        break;
    }
    m_listMessage->setText(message);
    m_listStack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget*>(m_view)
                                                    : static_cast<QWidget*>(m_listMessage));
    const bool filtered = !m_filter->text().isEmpty() && m_listState == ListState::Loaded;
    m_count->setText(filtered
                         ? tr("Showing %1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount())
                         : QString());
}

void RecordPanel::currentRowChanged()
{
    if (m_selecting)
        return;
    const QString key = m_view->currentIndex().data(RecordListModel::KeyRole).toString();
    // An empty key: the filter hid the row; the form stays.
    if (key.isEmpty() || (!m_creating && key == m_currentKey))
        return;
    if (!isDirty()) {
        show(key);
        return;
    }
    // Put the selection back while asking (not from inside the selection
    // model's signal).
    QTimer::singleShot(0, this, [this, key] {
        selectInList(m_creating ? QString() : m_currentKey);
        whenNothingUnsaved([this, key] {
            if (m_model->rowOf(key) >= 0)
                show(key);
        });
    });
}

void RecordPanel::show(const QString& key)
{
    m_creating = false;
    m_currentKey = key;
    m_errors.clearAll();
    m_undo->clear();
    if (key.isEmpty()) {
        clearForm();
        m_detailStack->setCurrentWidget(m_nothing);
    } else {
        fillForm(key);
        m_detailStack->setCurrentIndex(1);
    }
    selectInList(key);
    updateButtons();
}

void RecordPanel::startNew()
{
    m_creating = true;
    m_currentKey.clear();
    m_errors.clearAll();
    m_undo->clear();
    selectInList(QString());
    fillForm(QString());
    m_detailStack->setCurrentIndex(1);
    m_scroll->ensureVisible(0, 0);
    updateButtons();
    if (QWidget* field = firstField())
        field->setFocus(Qt::OtherFocusReason);
}

void RecordPanel::selectInList(const QString& key)
{
    m_selecting = true;
    const int row = m_model->rowOf(key);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_selecting = false;
}

void RecordPanel::whenNothingUnsaved(std::function<void()> then)
{
    if (!isDirty()) {
        then();
        return;
    }
    QPointer<RecordPanel> self(this);
    Prompter::instance().confirm(
        this, tr("Unsaved Changes"),
        tr("The changes to %1 are not saved. Discard them?").arg(m_title->text()),
        tr("Discard Changes"), [self, then = std::move(then)](bool yes) {
            if (yes && self)
                then();
        });
}

} // namespace claimsmith::ui
