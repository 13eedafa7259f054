#include "DiagnosticListModel.h"

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

QString shortText(std::string_view s)
{
    QString t = QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
    t.replace(u'\n', u"⏎"_s);
    if (t.size() > 40)
        t = t.left(39) + u'…';
    return t;
}

} // namespace

QString fixTitle(const tmpl::Diagnostic& d, std::string_view text)
{
    if (!d.fix)
        return {};
    const tmpl::Fix& fix = *d.fix;
    const std::string_view old = fix.span.end <= text.size() && fix.span.start <= fix.span.end
                                     ? text.substr(fix.span.start, fix.span.length())
                                     : std::string_view();
    if (fix.replacement.empty())
        return DiagnosticListModel::tr("Remove “%1”").arg(shortText(old));
    if (old.empty())
        return DiagnosticListModel::tr("Insert “%1”").arg(shortText(fix.replacement));
    return DiagnosticListModel::tr("Change “%1” to “%2”")
        .arg(shortText(old), shortText(fix.replacement));
}

QString diagnosticToolTip(const tmpl::Diagnostic& d, std::string_view text,
                          const QString& quickFixShortcut)
{
    const QString severity = d.severity == tmpl::Severity::Error
                                 ? DiagnosticListModel::tr("Error")
                                 : DiagnosticListModel::tr("Warning");
    QString tip = u"<b>%1 %2</b>: %3"_s.arg(severity, QString::fromStdString(d.code),
                                            QString::fromStdString(d.message).toHtmlEscaped());
    if (d.fix)
        tip += u"<br><i>"_s +
               DiagnosticListModel::tr("Quick fix (%1): %2")
                   .arg(quickFixShortcut, fixTitle(d, text).toHtmlEscaped()) +
               u"</i>"_s;
    return tip;
}

void DiagnosticListModel::setDiagnostics(std::vector<tmpl::Diagnostic> diagnostics)
{
    beginResetModel();
    m_diagnostics = std::move(diagnostics);
    endResetModel();
}

void DiagnosticListModel::setIcons(const QIcon& error, const QIcon& warning)
{
    m_errorIcon = error;
    m_warningIcon = warning;
    if (!m_diagnostics.empty())
        emit dataChanged(index(0, PositionColumn), index(rowCount() - 1, PositionColumn),
                         {Qt::DecorationRole});
}

int DiagnosticListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_diagnostics.size());
}

int DiagnosticListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const tmpl::Diagnostic& d = diagnostic(index.row());
    const bool error = d.severity == tmpl::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PositionColumn:
            return u"%1:%2"_s.arg(d.start.line).arg(d.start.column);
        case MessageColumn:
            return QString::fromStdString(d.message);
        case CodeColumn:
            return QString::fromStdString(d.code);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == PositionColumn)
            return error ? m_errorIcon : m_warningIcon;
        return {};
    case Qt::ToolTipRole: {
        const QString severity = error ? tr("Error") : tr("Warning");
        return tr("%1 %2 at line %3, column %4: %5")
            .arg(severity, QString::fromStdString(d.code))
            .arg(d.start.line)
            .arg(d.start.column)
            .arg(QString::fromStdString(d.message));
    }
    case Qt::AccessibleTextRole:
        if (index.column() == PositionColumn)
            return QString((error ? tr("Error") : tr("Warning")) + u' ' +
                           tr("line %1, column %2").arg(d.start.line).arg(d.start.column));
        return {};
    case SeverityRole:
        return static_cast<int>(d.severity);
    case SpanStartRole:
        return static_cast<int>(d.span.start);
    case SpanEndRole:
        return static_cast<int>(d.span.end);
    case HasFixRole:
        return d.fix.has_value();
    default:
        return {};
    }
}

QVariant DiagnosticListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PositionColumn:
        return tr("Line");
    case MessageColumn:
        return tr("Message");
    case CodeColumn:
        return tr("Code");
    default:
        return {};
    }
}

} // namespace claimsmith::ui
