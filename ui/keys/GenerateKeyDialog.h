#pragma once

#include "jose/Algorithm.h"
#include "model/Model.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;

namespace claimsmith::ui {

// Asks which key to generate: the algorithm (every one jose signs with), the
// RSA size, and whether the key becomes next or active. It only asks; the
// page generates the key on the jobs worker once the dialog is accepted.
class GenerateKeyDialog : public QDialog
{
    Q_OBJECT

public:
    // `hasActiveKey`: the store has an active key (then "next" is the
    // default, else "active"); `activeKid` names it in the hint.
    GenerateKeyDialog(bool hasActiveKey, const QString& activeKid, QWidget* parent = nullptr);

    jose::Algorithm algorithm() const;
    // RSA modulus bits (RS*, PS*); 0 for other algorithms.
    int rsaBits() const;
    model::KeyState state() const;

    // Tests: choose without clicking through the combo boxes.
    void setAlgorithm(jose::Algorithm alg);
    void setRsaBits(int bits);
    void setState(model::KeyState state);

private:
    void updateHints();

    QComboBox* m_algorithm;
    QComboBox* m_rsaBits;
    QLabel* m_rsaLabel;
    QLabel* m_algorithmHint;
    QRadioButton* m_next;
    QRadioButton* m_active;
    QLabel* m_stateHint;
    bool m_hasActiveKey;
    QString m_activeKid;
};

} // namespace claimsmith::ui
