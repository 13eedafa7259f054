#include "VersionDiff.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

// Longest common subsequence of lines; templates are small (a few hundred
// lines), and past kMaxCells the diff falls back to a prefix/suffix match.
constexpr qsizetype kMaxCells = 4'000'000;

} // namespace

std::vector<DiffRow> diffLines(const QString& leftText, const QString& rightText)
{
    const QStringList a = leftText.split(u'\n');
    const QStringList b = rightText.split(u'\n');
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    std::vector<DiffRow> rows;
    for (qsizetype i = 0; i < prefix; ++i)
        rows.push_back({DiffRow::Same, int(i + 1), int(i + 1), a[i], b[i]});

    // The middle: LCS table, then walk it; pair removals with additions.
    std::vector<DiffRow> middle;
    if (n * m <= kMaxCells) {
        std::vector<int> lcs(static_cast<std::size_t>((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int& {
            return lcs[static_cast<std::size_t>(i * (m + 1) + j)];
        };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1
                                                          : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                middle.push_back({DiffRow::Same, int(prefix + i + 1), int(prefix + j + 1),
                                  a[prefix + i], b[prefix + j]});
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                // Removals first, so that they pair with the additions after them.
                middle.push_back({DiffRow::Removed, int(prefix + i + 1), 0, a[prefix + i], {}});
                ++i;
            } else {
                middle.push_back({DiffRow::Added, 0, int(prefix + j + 1), {}, b[prefix + j]});
                ++j;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            middle.push_back({DiffRow::Removed, int(prefix + i + 1), 0, a[prefix + i], {}});
        for (qsizetype j = 0; j < m; ++j)
            middle.push_back({DiffRow::Added, 0, int(prefix + j + 1), {}, b[prefix + j]});
    }
    // A run of removals followed by a run of additions reads best side by side.
    for (std::size_t k = 0; k < middle.size();) {
        if (middle[k].kind != DiffRow::Removed) {
            rows.push_back(middle[k++]);
            continue;
        }
        std::size_t removedEnd = k;
        while (removedEnd < middle.size() && middle[removedEnd].kind == DiffRow::Removed)
            ++removedEnd;
        std::size_t addedEnd = removedEnd;
        while (addedEnd < middle.size() && middle[addedEnd].kind == DiffRow::Added)
            ++addedEnd;
        const std::size_t removed = removedEnd - k, added = addedEnd - removedEnd;
        for (std::size_t t = 0; t < std::max(removed, added); ++t) {
            DiffRow row;
            if (t < removed && t < added) {
                row = middle[k + t];
                row.kind = DiffRow::Changed;
                row.rightLine = middle[removedEnd + t].rightLine;
                row.right = middle[removedEnd + t].right;
            } else {
                row = t < removed ? middle[k + t] : middle[removedEnd + t];
            }
            rows.push_back(row);
        }
        k = addedEnd;
    }
    for (qsizetype s = suffix; s > 0; --s) {
        const qsizetype i = a.size() - s, j = b.size() - s;
        rows.push_back({DiffRow::Same, int(i + 1), int(j + 1), a[i], b[j]});
    }
    return rows;
}

void showVersionDiff(QWidget* parent, const QString& leftTitle, const QString& left,
                     const QString& rightTitle, const QString& right)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"versionDiff"_s);
    dialog->setWindowTitle(QCoreApplication::translate("VersionDiff", "Compare %1 with %2")
                               .arg(leftTitle, rightTitle));
    dialog->resize(1100, 700);
    auto* tree = new QTreeWidget;
    tree->setObjectName(u"diffRows"_s);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setHeaderLabels({u"#"_s, leftTitle, u"#"_s, rightTitle});
    tree->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const bool dark = tree->palette().color(QPalette::Base).lightness() < 128;
    const QColor removed = dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xff, 0xe0, 0xe0);
    const QColor added = dark ? QColor(0x1e, 0x4a, 0x28) : QColor(0xdc, 0xf5, 0xe0);
    int changes = 0;
    for (const DiffRow& row : diffLines(left, right)) {
        auto* item = new QTreeWidgetItem(
            {row.leftLine ? QString::number(row.leftLine) : QString(), row.left,
             row.rightLine ? QString::number(row.rightLine) : QString(), row.right});
        if (row.kind != DiffRow::Same) {
            ++changes;
            if (row.kind != DiffRow::Added)
                item->setBackground(1, removed);
            if (row.kind != DiffRow::Removed)
                item->setBackground(3, added);
        }
        tree->addTopLevelItem(item);
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto* summary = new QLabel(
        changes == 0
            ? QCoreApplication::translate("VersionDiff", "The two are the same.")
            : QCoreApplication::translate("VersionDiff", "%n line(s) differ.", nullptr, changes));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    dialog->show();
}

} // namespace claimsmith::ui
