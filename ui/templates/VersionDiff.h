#pragma once

#include <QString>
#include <QStringList>

#include <vector>

class QWidget;

namespace claimsmith::ui {

// A side-by-side line diff of two template versions.
struct DiffRow
{
    enum Kind
    {
        Same,
        Removed, // only on the left
        Added,   // only on the right
        Changed  // a removed line beside an added one
    };
    Kind kind = Same;
    int leftLine = 0; // 1-based; 0 when the side is empty
    int rightLine = 0;
    QString left;
    QString right;
};

std::vector<DiffRow> diffLines(const QString& left, const QString& right);

// A window with the two texts side by side, changes coloured.
void showVersionDiff(QWidget* parent, const QString& leftTitle, const QString& left,
                     const QString& rightTitle, const QString& right);

} // namespace claimsmith::ui
