#pragma once

#include "template/Diagnostic.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <vector>

namespace claimsmith::ui {

// The diagnostics of the template under the editor: severity icon with
// line:column, message and code, in text order.
class DiagnosticListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PositionColumn,
        MessageColumn,
        CodeColumn,
        ColumnCount
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1, // tmpl::Severity as int
        SpanStartRole,                   // UTF-8 byte offsets of the range
        SpanEndRole,
        HasFixRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDiagnostics(std::vector<tmpl::Diagnostic> diagnostics);
    const std::vector<tmpl::Diagnostic>& diagnostics() const { return m_diagnostics; }
    const tmpl::Diagnostic& diagnostic(int row) const
    {
        return m_diagnostics[static_cast<std::size_t>(row)];
    }
    void setIcons(const QIcon& error, const QIcon& warning);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<tmpl::Diagnostic> m_diagnostics;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
};

// "Change “emial” to “email”", "Remove “,”", "Insert “}”".
QString fixTitle(const tmpl::Diagnostic& diagnostic, std::string_view text);
// Rich text for a tooltip: severity, code and message, and the fix if there is one.
QString diagnosticToolTip(const tmpl::Diagnostic& diagnostic, std::string_view text,
                          const QString& quickFixShortcut);

} // namespace claimsmith::ui
