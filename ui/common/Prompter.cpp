#include "Prompter.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace claimsmith::ui {

namespace {

class MessageBoxPrompter final : public Prompter
{
public:
    void confirm(QWidget* parent, const QString& title, const QString& text, const QString& action,
                 std::function<void(bool)> answer) override
    {
        auto* box =
            new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        QPushButton* yes = box->addButton(action, QMessageBox::DestructiveRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(QMessageBox::Cancel);
        QObject::connect(box, &QMessageBox::finished, box,
                         [box, yes, answer] { answer(box->clickedButton() == yes); });
        box->open();
    }

    void error(QWidget* parent, const QString& title, const QString& text) override
    {
        auto* box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->open();
    }

    void conflict(QWidget* parent, const QString& what, const QString& mine, const QString& theirs,
                  std::function<void(ConflictChoice)> answer) override
    {
        auto* dialog = new QDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setWindowTitle(QObject::tr("Changed by someone else"));
        auto* layout = new QGridLayout(dialog);
        auto* intro = new QLabel(
            QObject::tr("%1 was changed since you opened it. Your changes are not saved yet. "
                        "Keep editing, reload theirs (yours are discarded), or overwrite "
                        "theirs with yours.")
                .arg(what));
        intro->setWordWrap(true);
        layout->addWidget(intro, 0, 0, 1, 2);
        auto addText = [&](int column, const QString& title, const QString& text) {
            layout->addWidget(new QLabel(title), 1, column);
            auto* edit = new QPlainTextEdit(text);
            edit->setReadOnly(true);
            edit->setMinimumSize(320, 240);
            layout->addWidget(edit, 2, column);
        };
        addText(0, QObject::tr("Yours"), mine);
        addText(1, QObject::tr("Theirs (saved)"), theirs);
        auto* buttons = new QDialogButtonBox;
        QPushButton* keep =
            buttons->addButton(QObject::tr("Keep Editing"), QDialogButtonBox::RejectRole);
        QPushButton* reload =
            buttons->addButton(QObject::tr("Reload Theirs"), QDialogButtonBox::ResetRole);
        QPushButton* overwrite = buttons->addButton(QObject::tr("Overwrite with Mine"),
                                                    QDialogButtonBox::DestructiveRole);
        keep->setDefault(true);
        layout->addWidget(buttons, 3, 0, 1, 2);
        // Escape and the close button keep editing too.
        QObject::connect(keep, &QPushButton::clicked, dialog, [dialog] { dialog->done(0); });
        QObject::connect(reload, &QPushButton::clicked, dialog, [dialog] { dialog->done(1); });
        QObject::connect(overwrite, &QPushButton::clicked, dialog, [dialog] { dialog->done(2); });
        QObject::connect(dialog, &QDialog::finished, dialog, [answer](int code) {
            answer(code == 1   ? ConflictChoice::Reload
                   : code == 2 ? ConflictChoice::Overwrite
                               : ConflictChoice::KeepEditing);
        });
        dialog->open();
    }
};

Prompter*& installed()
{
    static Prompter* p = nullptr;
    return p;
}

} // namespace

Prompter& Prompter::instance()
{
    static MessageBoxPrompter boxes;
    return installed() ? *installed() : boxes;
}

void Prompter::install(Prompter* p)
{
    installed() = p;
}

} // namespace claimsmith::ui
