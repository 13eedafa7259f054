#include "ConnectDialog.h"

#include "ServerKeys.h"
#include "common/QtText.h"
#include "store/RemoteStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_url(new QLineEdit)
    , m_key(new QLineEdit)
    , m_test(new QPushButton(tr("&Test Connection")))
    , m_connect(new QPushButton(tr("&Connect")))
    , m_answer(new QLabel)
    , m_keyNote(new QLabel)
{
    setWindowTitle(tr("Connect to Server"));
    setObjectName(u"connectDialog"_s);
    m_url->setObjectName(u"url"_s);
    m_url->setPlaceholderText(tr("https://claimsmith.example.com:8443"));
    m_key->setObjectName(u"apiKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("An API key made with claimsmith apikey create"));
    m_test->setObjectName(u"test"_s);
    m_connect->setObjectName(u"connect"_s);
    m_connect->setDefault(true);
    m_answer->setObjectName(u"answer"_s);
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyNote->setObjectName(u"keyNote"_s);
    m_keyNote->setWordWrap(true);
    m_keyNote->setText(
        ServerKeys::instance().keychainAllowed()
            ? tr("The API key is kept in the system keychain, never in the settings file.")
            : tr("No system keychain is available: the API key is kept for this session only "
                 "and asked for again next time."));

    auto* form = new QFormLayout;
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_connect, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keyNote);
    layout->addWidget(m_answer);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_test, &QPushButton::clicked, this, [this] { check(false); });
    connect(m_connect, &QPushButton::clicked, this, [this] { check(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    connect(m_url, &QLineEdit::editingFinished, this, &ConnectDialog::lookUpKey);
    updateButtons();
}

void ConnectDialog::setUrl(const QString& url)
{
    m_url->setText(url);
    lookUpKey();
}

QString ConnectDialog::url() const
{
    QString problem;
    return checkedUrl(m_url->text(), &problem);
}

QString ConnectDialog::apiKey() const
{
    return m_key->text().trimmed();
}

StoreWorker::Opener ConnectDialog::opener(const QString& url, const QString& key)
{
    return [url = toStd(url), key = toStd(key)]() -> store::Result<std::unique_ptr<store::Store>> {
        store::RemoteOptions o;
        o.url = url;
        o.apiKey = key;
        return store::RemoteStore::open(o);
    };
}

QString ConnectDialog::checkedUrl(const QString& text, QString* problem)
{
    QString t = text.trimmed();
    while (t.endsWith(u'/'))
        t.chop(1);
    const QUrl u(t, QUrl::StrictMode);
    if (t.isEmpty()) {
        *problem = tr("Enter the server's URL, for example http://127.0.0.1:8080.");
        return {};
    }
    if (!u.isValid() || u.host().isEmpty() ||
        (u.scheme() != u"http"_s && u.scheme() != u"https"_s)) {
        *problem = tr("“%1” is not a server URL: write it as http://HOST:PORT or "
                      "https://HOST:PORT, as claimsmith serve listens.")
                       .arg(t);
        return {};
    }
    if (!u.userInfo().isEmpty()) {
        *problem = tr("Leave the user name and password out of the URL: the API key goes in "
                      "its own field.");
        return {};
    }
    return t;
}

QString ConnectDialog::advice(const store::Error& error)
{
    const QString detail = qs(error.message);
    QString what;
    switch (error.kind) {
    case store::ErrorKind::Unauthorized:
        what = tr("The server refused the API key. Check the key, or make one on the server "
                  "with “claimsmith apikey create”.");
        break;
    case store::ErrorKind::Forbidden:
        what = tr("The server does not allow this with the API key. Use an admin key.");
        break;
    case store::ErrorKind::Unavailable:
        if (detail.contains(u"ssl"_s, Qt::CaseInsensitive) ||
            detail.contains(u"tls"_s, Qt::CaseInsensitive) ||
            detail.contains(u"certificate"_s, Qt::CaseInsensitive))
            what = tr("The secure (TLS) connection failed. Use https:// only when the server "
                      "was started with --tls-cert, and make sure this computer trusts its "
                      "certificate.");
        else if (detail.contains(u"did not answer"_s))
            what = tr("The server did not answer in time. Check that it is running and "
                      "reachable from this computer, then try again.");
        else
            what = tr("Cannot reach the server. Check the URL and that the server is running "
                      "(claimsmith serve), then try again.");
        break;
    default:
        what = tr("The connection failed.");
        break;
    }
    return detail.isEmpty() ? what : tr("%1\n\nDetails: %2").arg(what, detail);
}

void ConnectDialog::check(bool thenAccept)
{
    QString problem;
    const QString url = checkedUrl(m_url->text(), &problem);
    const QString key = apiKey();
    if (url.isEmpty() || key.isEmpty()) {
        showAnswer(url.isEmpty() ? problem
                                 : tr("Enter the API key (claimsmith apikey create makes one on "
                                      "the server)."),
                   false);
        emit checked(false);
        return;
    }
    if (thenAccept && url == m_checkedUrl && key == m_checkedKey) {
        accept();
        return;
    }
    const quint64 attempt = ++m_attempt;
    m_checking = true;
    updateButtons();
    m_answer->setStyleSheet(QString());
    m_answer->setText(tr("Testing the connection to %1…").arg(url));
    // A worker of its own, without a parent: it outlives a dialog closed
    // meanwhile (closing never waits for the network) and goes when it answers.
    auto* worker = new StoreWorker(opener(url, key), url);
    QPointer<ConnectDialog> self(this);
    worker->run(
        worker, [](store::Store& s) { return s.userCount(); },
        [self, worker, attempt, url, key, thenAccept](store::Result<std::int64_t> users) {
            worker->deleteLater();
            if (!self || attempt != self->m_attempt)
                return;
            self->m_checking = false;
            self->updateButtons();
            if (!users) {
                self->m_checkedUrl.clear();
                self->m_checkedKey.clear();
                self->showAnswer(advice(users.error()), false);
                emit self->checked(false);
                return;
            }
            self->m_checkedUrl = url;
            self->m_checkedKey = key;
            self->showAnswer(tr("Connected: the server at %1 answers and accepts the key "
                                "(%2 users).")
                                 .arg(url, QLocale().toString(static_cast<qlonglong>(*users))),
                             true);
            emit self->checked(true);
            if (thenAccept)
                self->accept();
        });
}

void ConnectDialog::showAnswer(const QString& text, bool ok)
{
    m_answer->setStyleSheet(ok ? QString() : u"QLabel { color: #c0392b; }"_s);
    m_answer->setText(text);
}

void ConnectDialog::lookUpKey()
{
    QString problem;
    const QString url = checkedUrl(m_url->text(), &problem);
    if (url.isEmpty())
        return;
    ServerKeys::instance().read(url, this, [this, url](const QString& key, const QString& why) {
        if (!why.isEmpty())
            m_keyNote->setText(tr("The system keychain cannot be used (%1): the API key is "
                                  "kept for this session only.")
                                   .arg(why));
        if (!key.isEmpty() && m_key->text().isEmpty() && this->url() == url)
            m_key->setText(key);
    });
}

void ConnectDialog::updateButtons()
{
    m_test->setEnabled(!m_checking);
    m_connect->setEnabled(!m_checking && !m_url->text().trimmed().isEmpty());
}

} // namespace claimsmith::ui
