#pragma once

#include "common/Page.h"
#include "common/StoreWorker.h"
#include "jose/Key.h"
#include "model/Model.h"

#include <functional>
#include <string>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace claimsmith::ui {

class KeyDetailPane;
class SigningKeyModel;

// Signing Keys: the store's keys with their states; generate (on the jobs
// worker), activate, retire, export the JWKS or one public key, copy a kid.
class KeysPage : public Page
{
    Q_OBJECT

public:
    explicit KeysPage(QWidget* parent = nullptr);
    void setSession(StoreSession* session) override;
    void focusSearch() override;
    // Ctrl+N: Generate…
    void createNew() override;
    void refresh() override;

    // Asks where to save a file and calls `chosen` with the path (not at all
    // when cancelled). The page opens a QFileDialog with open(); tests
    // answer at once.
    using SaveFileChooser = std::function<void(const QString& title, const QString& fileName,
                                               std::function<void(const QString&)> chosen)>;
    void setSaveFileChooser(SaveFileChooser chooser);
    // Makes a new private key; runs on the jobs worker (jose::Key::generate
    // unless a test puts something else here).
    using KeyGenerator =
        std::function<bool(jose::Algorithm, int rsaBits, jose::Key&, std::string& error)>;
    void setKeyGenerator(KeyGenerator generator);

    // Starts generating a key and adding it to the store in `state`.
    void generate(jose::Algorithm alg, int rsaBits, model::KeyState state);
    bool isGenerating() const { return m_generating; }
    void activateSelected();
    void retireSelected();
    void exportJwks();
    void exportPublicKey();
    void copyKid();

    SigningKeyModel* keyModel() const { return m_model; }
    QString selectedKid() const;
    bool selectKid(const QString& kid);
    KeyDetailPane* detailPane() const { return m_detail; }
    bool isLoading() const { return m_loading; }

private:
    struct Generated;
    enum class ListState
    {
        Loading,
        Ready,
        Failed
    };

    void reload(const QString& selectAfter = {});
    void openGenerateDialog();
    void changeState(const model::SigningKey& key, model::KeyState to);
    void writeFailed(const store::Error& error, const QString& title);
    void generationFinished(store::Result<Generated> result, const QString& what);
    void saveText(const QString& path, QByteArray text, const QString& done);
    const model::SigningKey* selectedKey() const;
    void updateListState();
    void updateSelection();
    void setGeneratingUi(bool on, const QString& text = {});
    void notifyKeysChanged();
    void chooseFileWithDialog(const QString& title, const QString& fileName,
                              std::function<void(const QString&)> chosen);

    StoreSession* m_session = nullptr;
    StoreWorker::Channel m_loadChannel;
    SigningKeyModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QStackedWidget* m_listStack;
    QLabel* m_listMessage;
    QPushButton* m_emptyGenerate;
    KeyDetailPane* m_detail;
    QSplitter* m_splitter;
    QLineEdit* m_filter;
    QAction* m_generateAction;
    QAction* m_activateAction;
    QAction* m_retireAction;
    QAction* m_exportJwksAction;
    QAction* m_exportPublicAction;
    QAction* m_copyKidAction;
    QWidget* m_generationBar;
    QLabel* m_generationLabel;
    QProgressBar* m_generationProgress;
    QToolButton* m_generationCancel;

    SaveFileChooser m_chooseFile;
    KeyGenerator m_generator;
    ListState m_listState = ListState::Ready;
    QString m_loadError;
    bool m_loading = false;
    bool m_generating = false;
    bool m_notifying = false;
    quint64 m_generationJob = 0;
};

} // namespace claimsmith::ui
