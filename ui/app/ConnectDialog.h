#pragma once

#include "common/StoreWorker.h"

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;

namespace claimsmith::ui {

// "Connect to Server…": the server's URL and an API key, a check of both
// that runs on a worker thread (the window never waits), and Connect, which
// checks first when the last check was not of these values. The key is shown
// as dots and never written to the settings (ServerKeys keeps it).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    // Fills in the URL and looks up the key kept for it.
    void setUrl(const QString& url);
    // The URL as typed, without a trailing '/'.
    QString url() const;
    QString apiKey() const;

    // Opens a RemoteStore on `url` with `key` (on the worker thread that runs it).
    static StoreWorker::Opener opener(const QString& url, const QString& key);
    // What went wrong and what to do about it, for the admin.
    static QString advice(const store::Error& error);
    // An http(s) URL with a host, without a trailing '/'; else empty, with
    // `problem` saying why.
    static QString checkedUrl(const QString& text, QString* problem);

signals:
    // A check ended (tests wait for it, as the admin reads the answer).
    void checked(bool ok);

private:
    void check(bool thenAccept);
    void showAnswer(const QString& text, bool ok);
    void lookUpKey();
    void updateButtons();

    QLineEdit* m_url;
    QLineEdit* m_key;
    QPushButton* m_test;
    QPushButton* m_connect;
    QLabel* m_answer;
    QLabel* m_keyNote;
    quint64 m_attempt = 0;
    bool m_checking = false;
    // The values the last successful check was made with.
    QString m_checkedUrl;
    QString m_checkedKey;
};

} // namespace claimsmith::ui
