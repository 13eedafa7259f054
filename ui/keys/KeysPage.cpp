#include "KeysPage.h"

#include "GenerateKeyDialog.h"
#include "KeyDetailPane.h"
#include "KeyStateBadge.h"
#include "SigningKeyModel.h"
#include "common/Prompter.h"
#include "common/Settings.h"
#include "common/StoreSession.h"
#include "json/Writer.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// "ES256", "RS256, 4096 bits".
QString keyDescription(jose::Algorithm alg, int rsaBits)
{
    const QString name = QString::fromLatin1(jose::algorithmName(alg));
    if (jose::keyTypeFor(alg) == jose::KeyType::RSA)
        return KeysPage::tr("%1, %2 bits").arg(name).arg(rsaBits > 0 ? rsaBits : 2048);
    return name;
}

QByteArray prettyJson(const json::Value& v)
{
    json::WriteOptions pretty;
    pretty.pretty = true;
    return QByteArray::fromStdString(json::toString(v, pretty) + '\n');
}

// What a save on the worker reports: the error text of the file, if any.
struct Saved
{
    QString fileError;
    int keys = 0;
};

QString writeFile(const QString& path, const QByteArray& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace

// What the generation job hands back.
struct KeysPage::Generated
{
    std::optional<model::SigningKey> key;
    bool cancelled = false;
    std::string generateError;
};

KeysPage::KeysPage(QWidget* parent)
    : Page(parent)
    , m_model(new SigningKeyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_listStack(new QStackedWidget)
    , m_listMessage(new QLabel)
    , m_emptyGenerate(new QPushButton(tr("Generate Key…")))
    , m_detail(new KeyDetailPane)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_filter(new QLineEdit)
    , m_generationBar(new QWidget)
    , m_generationLabel(new QLabel)
    , m_generationProgress(new QProgressBar)
    , m_generationCancel(new QToolButton)
    , m_generator(&jose::Key::generate)
{
    m_chooseFile = [this](const QString& title, const QString& fileName,
                          std::function<void(const QString&)> chosen) {
        chooseFileWithDialog(title, fileName, std::move(chosen));
    };

    auto makeAction = [this](const QString& text, const QString& tip, const QString& name) {
        auto* a = new QAction(text, this);
        a->setToolTip(tip);
        a->setObjectName(name);
        return a;
    };
    m_generateAction = makeAction(tr("&Generate…"), tr("Generate a new signing key (Ctrl+N)"),
                                  u"generateAction"_s);
    m_activateAction = makeAction(tr("&Activate"),
                                  tr("Sign new tokens with the selected key; the active key is "
                                     "retired"),
                                  u"activateAction"_s);
    m_retireAction =
        makeAction(tr("&Retire"), tr("Take the selected key out of the JWKS"), u"retireAction"_s);
    m_exportJwksAction = makeAction(tr("Export &JWKS…"),
                                    tr("Save the public keys of the active and next keys as a "
                                       "JWKS file"),
                                    u"exportJwksAction"_s);
    m_exportPublicAction =
        makeAction(tr("Export &Public Key…"), tr("Save the selected key's public JWK"),
                   u"exportPublicKeyAction"_s);
    m_copyKidAction = makeAction(tr("&Copy Key ID"), tr("Copy the selected key's ID (Ctrl+C)"),
                                 u"copyKidAction"_s);
    m_copyKidAction->setShortcut(QKeySequence::Copy);
    m_copyKidAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    // The toolbar: one button per action.
    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    auto addButton = [&](QAction* a, const QString& name) {
        auto* b = new QToolButton;
        b->setDefaultAction(a);
        b->setObjectName(name);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toolbar->addWidget(b);
        return b;
    };
    addButton(m_generateAction, u"generateButton"_s);
    toolbar->addSpacing(8);
    addButton(m_activateAction, u"activateButton"_s);
    addButton(m_retireAction, u"retireButton"_s);
    toolbar->addSpacing(8);
    addButton(m_exportJwksAction, u"exportJwksButton"_s);
    addButton(m_exportPublicAction, u"exportPublicKeyButton"_s);
    addButton(m_copyKidAction, u"copyKidButton"_s);
    toolbar->addStretch();
    m_filter->setObjectName(u"keysFilter"_s);
    m_filter->setPlaceholderText(tr("Filter keys (Ctrl+F)"));
    m_filter->setToolTip(tr("Show the keys whose ID, algorithm or state contains this text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(200);
    toolbar->addWidget(m_filter);
    auto* clearFilter = new QAction(m_filter);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(clearFilter);
    connect(clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);

    // The generation in progress, above the table.
    m_generationBar->setObjectName(u"generationBar"_s);
    m_generationProgress->setRange(0, 0);
    m_generationProgress->setMaximumWidth(160);
    m_generationProgress->setMaximumHeight(14);
    m_generationProgress->setTextVisible(false);
    m_generationCancel->setObjectName(u"cancelGenerationButton"_s);
    m_generationCancel->setText(tr("Cancel"));
    m_generationCancel->setToolTip(tr("Discard the key being generated"));
    auto* generationLayout = new QHBoxLayout(m_generationBar);
    generationLayout->setContentsMargins(0, 0, 0, 0);
    generationLayout->addWidget(m_generationLabel);
    generationLayout->addWidget(m_generationProgress);
    generationLayout->addWidget(m_generationCancel);
    generationLayout->addStretch();
    m_generationBar->hide();

    // The table, or a message when there is nothing to show.
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SigningKeyModel::SortRole);
    m_table->setObjectName(u"keysTable"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(SigningKeyModel::StateColumn, new KeyStateDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SigningKeyModel::CreatedColumn, Qt::DescendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SigningKeyModel::KidColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    m_table->setMinimumWidth(420);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_activateAction, m_retireAction, m_exportPublicAction, m_copyKidAction});

    m_listMessage->setObjectName(u"keysListMessage"_s);
    m_listMessage->setAlignment(Qt::AlignCenter);
    m_listMessage->setWordWrap(true);
    m_listMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyGenerate->setObjectName(u"emptyGenerateButton"_s);
    auto* messagePage = new QWidget;
    auto* messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_listMessage);
    messageLayout->addWidget(m_emptyGenerate, 0, Qt::AlignHCenter);
    messageLayout->addStretch();
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(messagePage);

    auto* listSide = new QWidget;
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(6);
    listLayout->addWidget(m_generationBar);
    listLayout->addWidget(m_listStack, 1);

    m_splitter->setObjectName(u"keysSplitter"_s);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({640, 420});
    m_splitter->restoreState(Settings::get(settings::keysSplitter));
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { Settings::set(settings::keysSplitter, m_splitter->saveState()); });

    auto* intro = new QLabel(tr("Tokens are signed with the active key. The JWKS publishes the "
                                "active and next keys, so verifiers know a key before it signs."));
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addLayout(toolbar);
    layout->addWidget(m_splitter, 1);

    connect(m_generateAction, &QAction::triggered, this, &KeysPage::openGenerateDialog);
    connect(m_emptyGenerate, &QPushButton::clicked, this, &KeysPage::openGenerateDialog);
    connect(m_activateAction, &QAction::triggered, this, &KeysPage::activateSelected);
    connect(m_retireAction, &QAction::triggered, this, &KeysPage::retireSelected);
    connect(m_exportJwksAction, &QAction::triggered, this, &KeysPage::exportJwks);
    connect(m_exportPublicAction, &QAction::triggered, this, &KeysPage::exportPublicKey);
    connect(m_copyKidAction, &QAction::triggered, this, &KeysPage::copyKid);
    connect(m_generationCancel, &QToolButton::clicked, this, [this] {
        if (m_session && m_generating) {
            m_session->jobs()->cancelJob(m_generationJob);
            m_generationLabel->setText(tr("Cancelling: the key is discarded when it is ready…"));
            m_generationCancel->setEnabled(false);
        }
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateListState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeysPage::updateSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KeysPage::updateSelection);

    setSession(nullptr);
}

void KeysPage::setSaveFileChooser(SaveFileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

void KeysPage::setKeyGenerator(KeyGenerator generator)
{
    m_generator = std::move(generator);
}

void KeysPage::setSession(StoreSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_loadChannel.cancel();
    m_loadChannel.setWorker(session ? session->worker() : nullptr);
    m_loading = false;
    m_loadError.clear();
    setGeneratingUi(false);
    m_model->clear();
    m_filter->clear();
    if (session) {
        connect(session, &StoreSession::dataChanged, this, [this](DataKind kind) {
            if (kind == DataKind::Keys && !m_notifying)
                reload();
        });
        reload();
    }
    updateListState();
    updateSelection();
}

void KeysPage::focusSearch()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void KeysPage::createNew()
{
    openGenerateDialog();
}

void KeysPage::refresh()
{
    reload();
}

void KeysPage::reload(const QString& selectAfter)
{
    if (!m_session)
        return;
    const QString keep = selectAfter.isEmpty() ? selectedKid() : selectAfter;
    m_loading = true;
    if (m_model->rowCount() == 0)
        updateListState();
    m_loadChannel.run(
        this, [](store::Store& s) { return s.signingKeys(); },
        [this, keep](store::Result<std::vector<model::SigningKey>> keys) {
            m_loading = false;
            if (!keys) {
                m_loadError = qs(keys.error().message);
                m_model->clear();
            } else {
                m_loadError.clear();
                m_model->setKeys(std::move(keys.value()));
                if (!keep.isEmpty())
                    selectKid(keep);
            }
            updateListState();
            updateSelection();
        });
}

void KeysPage::updateListState()
{
    const bool open = m_session != nullptr;
    QString message;
    bool offerGenerate = false;
    if (!open) {
        message = tr("No store is open.");
    } else if (!m_loadError.isEmpty()) {
        message = tr("The signing keys could not be loaded:\n%1").arg(m_loadError);
    } else if (m_model->rowCount() == 0) {
        if (m_loading) {
            message = tr("Loading signing keys…");
        } else {
            message = tr("No signing keys yet — Generate one (Ctrl+N)");
            offerGenerate = true;
        }
    } else if (m_proxy->rowCount() == 0) {
        message = tr("No keys match “%1”. Press Escape in the filter to show every key.")
                      .arg(m_filter->text());
    }
    m_listMessage->setText(message);
    m_emptyGenerate->setVisible(offerGenerate && !m_generating);
    m_listStack->setCurrentIndex(message.isEmpty() ? 0 : 1);
    // Nothing to select: the message alone says what to do.
    m_detail->setVisible(m_model->rowCount() > 0);
    m_generateAction->setEnabled(open && !m_generating);
    m_exportJwksAction->setEnabled(open && m_model->rowCount() > 0);
    m_filter->setEnabled(open);
}

const model::SigningKey* KeysPage::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->keyAt(m_proxy->mapToSource(rows.first()).row());
}

QString KeysPage::selectedKid() const
{
    const model::SigningKey* k = selectedKey();
    return k ? qs(k->kid) : QString();
}

bool KeysPage::selectKid(const QString& kid)
{
    const int row = m_model->rowOf(kid);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void KeysPage::updateSelection()
{
    const model::SigningKey* k = selectedKey();
    const bool open = m_session != nullptr;
    m_detail->showKey(k);
    m_activateAction->setEnabled(open && k && k->state != model::KeyState::Active);
    m_retireAction->setEnabled(open && k && k->state != model::KeyState::Retired);
    m_exportPublicAction->setEnabled(open && k && k->publicJwk.isObject());
    m_exportPublicAction->setToolTip(k && !k->publicJwk.isObject()
                                         ? tr("HMAC keys have no public form to export")
                                         : tr("Save the selected key's public JWK"));
    m_copyKidAction->setEnabled(k != nullptr);
}

void KeysPage::notifyKeysChanged()
{
    if (!m_session)
        return;
    // Our own reload follows the write; the flag keeps it from running twice.
    m_notifying = true;
    m_session->notifyChanged(DataKind::Keys);
    m_notifying = false;
}

void KeysPage::openGenerateDialog()
{
    if (!m_session)
        return;
    if (m_generating) {
        emit statusMessage(tr("A key is being generated; wait for it or cancel it first."));
        return;
    }
    const model::SigningKey* active = m_model->activeKey();
    auto* dialog =
        new GenerateKeyDialog(active != nullptr, active ? qs(active->kid) : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { generate(dialog->algorithm(), dialog->rsaBits(), dialog->state()); });
    dialog->open();
}

void KeysPage::generate(jose::Algorithm alg, int rsaBits, model::KeyState state)
{
    if (!m_session || m_generating)
        return;
    const QString what = keyDescription(alg, rsaBits);
    const QString title = tr("Generating a %1 key…").arg(what);
    StoreSession* session = m_session;
    StoreWorker* jobs = session->jobs();
    // runJob announces the job's id at once (synchronously); keep it for Cancel.
    quint64 jobId = 0;
    const QMetaObject::Connection announced =
        connect(jobs, &StoreWorker::jobStarted, this, [&jobId](quint64 id) { jobId = id; });
    jobs->runJob(
        title, this,
        [alg, rsaBits, state, generator = m_generator,
         title](store::Store& s, JobControl& control) -> store::Result<Generated> {
            Generated out;
            control.progress(0, 0, title);
            if (control.cancelled()) {
                out.cancelled = true;
                return out;
            }
            jose::Key key;
            if (!generator(alg, rsaBits, key, out.generateError))
                return out;
            // Key generation cannot be interrupted; a cancel discards the key.
            if (control.cancelled()) {
                out.cancelled = true;
                return out;
            }
            store::Result<model::SigningKey> added = s.addSigningKey(key, state);
            if (!added)
                return added.error();
            out.key = std::move(added.value());
            return out;
        },
        [this, session, what](store::Result<Generated> result) {
            if (session != m_session)
                return;
            generationFinished(std::move(result), what);
        });
    disconnect(announced);
    m_generationJob = jobId;
    setGeneratingUi(true, title);
}

void KeysPage::generationFinished(store::Result<Generated> result, const QString& what)
{
    setGeneratingUi(false);
    if (!result) {
        writeFailed(result.error(), tr("Cannot Add Signing Key"));
        return;
    }
    if (result->cancelled) {
        emit statusMessage(tr("Key generation cancelled: no key was added."));
        return;
    }
    if (!result->key) {
        Prompter::instance().error(
            this, tr("Cannot Generate Signing Key"),
            tr("The %1 key could not be generated: %2").arg(what, qs(result->generateError)));
        return;
    }
    const model::SigningKey& key = *result->key;
    emit statusMessage(tr("Generated the %1 key %2 (%3).")
                           .arg(what, qs(key.kid), SigningKeyModel::stateText(key.state)));
    notifyKeysChanged();
    m_filter->clear();
    reload(qs(key.kid));
}

void KeysPage::setGeneratingUi(bool on, const QString& text)
{
    m_generating = on;
    if (!on)
        m_generationJob = 0;
    m_generationLabel->setText(text);
    m_generationCancel->setEnabled(on);
    m_generationBar->setVisible(on);
    updateListState();
}

void KeysPage::activateSelected()
{
    const model::SigningKey* selected = selectedKey();
    if (!m_session || !selected || selected->state == model::KeyState::Active)
        return;
    const model::SigningKey key = *selected;
    const model::SigningKey* active = m_model->activeKey();
    QString text = tr("Activate the key %1? It signs new tokens from now on.").arg(qs(key.kid));
    if (active)
        text += u"\n\n"_s +
                tr("The store retires the active key %1: it leaves the JWKS, so tokens it signed "
                   "stop verifying once verifiers refresh their keys.")
                    .arg(qs(active->kid));
    if (key.state == model::KeyState::Retired)
        text += u"\n\n"_s + tr("This key was retired; activating it publishes it in the JWKS "
                               "again.");
    QPointer<KeysPage> self(this);
    Prompter::instance().confirm(this, tr("Activate Signing Key"), text, tr("Activate"),
                                 [self, key](bool yes) {
                                     if (self && yes)
                                         self->changeState(key, model::KeyState::Active);
                                 });
}

void KeysPage::retireSelected()
{
    const model::SigningKey* selected = selectedKey();
    if (!m_session || !selected || selected->state == model::KeyState::Retired)
        return;
    const model::SigningKey key = *selected;
    QString text = tr("Retire the key %1? It leaves the JWKS: tokens it signed stop verifying "
                      "once verifiers refresh their keys. A retired key can be activated again.")
                       .arg(qs(key.kid));
    if (key.state == model::KeyState::Active) {
        QString next;
        for (const model::SigningKey& k : m_model->keys()) {
            if (k.state == model::KeyState::Next) {
                next = qs(k.kid);
                break;
            }
        }
        text += u"\n\n"_s +
                tr("This is the active key: after retiring it the store has no active key and "
                   "cannot issue tokens until you activate another one.");
        if (!next.isEmpty())
            text += u" "_s +
                    tr("To replace it without a gap, activate the next key %1 instead.").arg(next);
    }
    QPointer<KeysPage> self(this);
    Prompter::instance().confirm(this, tr("Retire Signing Key"), text, tr("Retire"),
                                 [self, key](bool yes) {
                                     if (self && yes)
                                         self->changeState(key, model::KeyState::Retired);
                                 });
}

void KeysPage::changeState(const model::SigningKey& key, model::KeyState to)
{
    if (!m_session)
        return;
    StoreSession* session = m_session;
    const QString title =
        to == model::KeyState::Active ? tr("Cannot Activate Key") : tr("Cannot Retire Key");
    session->worker()->run(
        this,
        [kid = key.kid, version = key.version, to](store::Store& s) {
            return to == model::KeyState::Active ? s.activateSigningKey(kid, version)
                                                 : s.retireSigningKey(kid, version);
        },
        [this, session, title, to](store::Result<model::SigningKey> result) {
            if (session != m_session)
                return;
            if (!result) {
                writeFailed(result.error(), title);
                return;
            }
            emit statusMessage(to == model::KeyState::Active
                                   ? tr("The key %1 is active now.").arg(qs(result->kid))
                                   : tr("The key %1 is retired.").arg(qs(result->kid)));
            notifyKeysChanged();
            reload(qs(result->kid));
        });
}

void KeysPage::writeFailed(const store::Error& error, const QString& title)
{
    if (error.kind == store::ErrorKind::Conflict) {
        reload();
        Prompter::instance().error(this, title,
                                   tr("The key was changed elsewhere since the list was loaded. "
                                      "The list is reloaded: check the key's state and try "
                                      "again."));
        return;
    }
    if (error.kind == store::ErrorKind::NotFound)
        reload();
    Prompter::instance().error(this, title, qs(error.message));
}

void KeysPage::chooseFileWithDialog(const QString& title, const QString& fileName,
                                    std::function<void(const QString&)> chosen)
{
    auto* dialog = new QFileDialog(this, title, QDir::home().filePath(fileName),
                                   tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(u"saveFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    connect(dialog, &QFileDialog::fileSelected, this,
            [chosen = std::move(chosen)](const QString& path) { chosen(path); });
    dialog->open();
}

void KeysPage::exportJwks()
{
    if (!m_session)
        return;
    StoreSession* session = m_session;
    QPointer<KeysPage> self(this);
    m_chooseFile(tr("Export JWKS"), u"jwks.json"_s, [self, session](const QString& path) {
        if (!self || path.isEmpty() || session != self->m_session)
            return;
        session->worker()->run(
            self.data(),
            [path](store::Store& s) -> store::Result<Saved> {
                store::Result<json::Value> jwks = s.jwks();
                if (!jwks)
                    return jwks.error();
                Saved saved;
                const json::Value* keys = jwks->find("keys");
                saved.keys = keys ? static_cast<int>(keys->size()) : 0;
                saved.fileError = writeFile(path, prettyJson(*jwks));
                return saved;
            },
            [self, path](store::Result<Saved> saved) {
                if (!saved) {
                    Prompter::instance().error(self, tr("Cannot Export JWKS"),
                                               qs(saved.error().message));
                    return;
                }
                if (!saved->fileError.isEmpty()) {
                    Prompter::instance().error(
                        self, tr("Cannot Export JWKS"),
                        tr("%1 could not be written: %2").arg(path, saved->fileError));
                    return;
                }
                emit self->statusMessage(
                    tr("Saved the JWKS to %1 (public keys: %2).").arg(path).arg(saved->keys));
            });
    });
}

void KeysPage::exportPublicKey()
{
    const model::SigningKey* key = selectedKey();
    if (!m_session || !key)
        return;
    const json::Value jwk = KeyDetailPane::publicJwkOf(*key);
    if (jwk.isNull()) {
        emit statusMessage(tr("HMAC keys have no public form to export"));
        return;
    }
    const QString kid = qs(key->kid);
    StoreSession* session = m_session;
    QPointer<KeysPage> self(this);
    m_chooseFile(tr("Export Public Key"), QString(kid + u".jwk.json"_s),
                 [self, session, kid, text = prettyJson(jwk)](const QString& path) {
                     if (!self || path.isEmpty() || session != self->m_session)
                         return;
                     self->saveText(path, text,
                                    tr("Saved the public key %1 to %2.").arg(kid, path));
                 });
}

void KeysPage::saveText(const QString& path, QByteArray text, const QString& done)
{
    // On the worker, so that a slow disk never holds up the window.
    m_session->worker()->run(
        this,
        [path, text = std::move(text)](store::Store&) -> store::Result<Saved> {
            Saved saved;
            saved.fileError = writeFile(path, text);
            return saved;
        },
        [this, path, done](store::Result<Saved> saved) {
            const QString error = !saved ? qs(saved.error().message) : saved->fileError;
            if (!error.isEmpty()) {
                Prompter::instance().error(this, tr("Cannot Export Public Key"),
                                           tr("%1 could not be written: %2").arg(path, error));
                return;
            }
            emit statusMessage(done);
        });
}

void KeysPage::copyKid()
{
    const QString kid = selectedKid();
    if (kid.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(kid);
    emit statusMessage(tr("Copied the key ID %1.").arg(kid));
}

} // namespace claimsmith::ui
