#pragma once

#include <QFrame>

class QLabel;

namespace claimsmith::ui::inspector {

// The one-line answer at the top of the results: "Signature valid, signed by
// key … (ES256)", "Signature invalid", "Not checked: no key", with a line of
// detail below, tinted by its tone.
class VerdictBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Tone
    {
        Good,
        Bad,
        Caution,
        Neutral
    };

    explicit VerdictBanner(QWidget* parent = nullptr);

    // `longWord`, a part of the title that cannot wrap (a key's thumbprint),
    // is shortened in the middle when the banner is too narrow for it; the
    // tooltip has it whole.
    void setVerdict(Tone tone, const QString& title, const QString& detail,
                    const QString& longWord = {});
    Tone tone() const { return m_tone; }
    // The whole title, as set.
    QString title() const { return m_fullTitle; }
    QString detail() const;

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QColor accent() const;
    void applyTone();
    void fitTitle();

    Tone m_tone = Tone::Neutral;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_detail;
    QString m_fullTitle;
    QString m_longWord;
};

} // namespace claimsmith::ui::inspector
