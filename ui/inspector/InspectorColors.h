#pragma once

#include "jose/Problem.h"

#include <QColor>
#include <QPalette>

namespace claimsmith::ui::inspector {

// The inspector's colours, chosen to read on the palette in use: lighter
// shades on dark palettes, deeper ones on light palettes.
bool isDark(const QPalette& palette);

// The colour of part `index` of a token (0 header, 1 payload, 2 signature);
// parts beyond the third are muted.
QColor tokenPartColor(int index, const QPalette& palette);

struct JsonColors
{
    QColor key;
    QColor string;
    QColor number;
    QColor literal; // true, false, null
    QColor punctuation;

    static JsonColors of(const QPalette& palette);
};

// Red, amber, blue, green: for icons, banners and marks.
QColor severityColor(jose::Severity severity, const QPalette& palette);
QColor goodColor(const QPalette& palette);

} // namespace claimsmith::ui::inspector
