#pragma once

#include <QUndoCommand>

#include <functional>

namespace claimsmith::ui {

// One edit of a record's draft in a detail form, as a step of the page's undo
// stack: the draft before and after, and how to show a draft in the form.
// The form already shows `after` when the command is pushed, so the first
// redo does nothing (re-filling a field would move the cursor while typing).
// Consecutive edits of the same field (`field` >= 0) merge into one step.
template <class T>
class DraftCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const T&)>;

    DraftCommand(const QString& text, int field, T before, T after, Apply apply)
        : QUndoCommand(text)
        , m_field(field)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
    {}

    int id() const override { return m_field < 0 ? -1 : kFirstId + m_field; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const DraftCommand*>(other);
        if (!next || next->m_field != m_field)
            return false;
        m_after = next->m_after;
        // Typed and deleted again: no step at all.
        setObsolete(m_after == m_before);
        return true;
    }

    void undo() override { m_apply(m_before); }

    void redo() override
    {
        if (m_pushed)
            m_apply(m_after);
        m_pushed = true;
    }

private:
    static constexpr int kFirstId = 0x5d7a0000;

    int m_field;
    T m_before;
    T m_after;
    Apply m_apply;
    bool m_pushed = false;
};

} // namespace claimsmith::ui
