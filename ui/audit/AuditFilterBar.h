#pragma once

#include "store/Queries.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QTimer;

namespace claimsmith::ui {

// The audit log's filters: actor, action (exact or a prefix such as
// "user."), target type and id, and a time range whose ends may be "any".
// Typing is debounced (250 ms); choices apply at once.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    // The query the filters describe (no limit, no cursor).
    store::AuditQuery query() const;
    bool isEmpty() const;
    void clear();
    // Ctrl+F: the first field.
    void focusFirst();

    static constexpr int kDebounceMs = 250;

signals:
    // The filters changed (after the debounce, for typing).
    void changed();

private:
    void changedNow();

    QLineEdit* m_actor;
    QLineEdit* m_action;
    QComboBox* m_targetType;
    QLineEdit* m_targetId;
    QCheckBox* m_fromAny;
    QDateTimeEdit* m_from;
    QCheckBox* m_toAny;
    QDateTimeEdit* m_to;
    QPushButton* m_clear;
    QTimer* m_debounce;
    bool m_clearing = false;
};

} // namespace claimsmith::ui
