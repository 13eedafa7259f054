#pragma once

#include <QIcon>
#include <QImage>

class QPalette;

namespace claimsmith::ui {

// The symbols of the template editor, painted (not loaded) so that they take
// the palette's colours: the same in the margin and the diagnostics list.
enum class MarkSymbol
{
    Error,   // a red disc with a cross
    Warning, // an amber triangle with an exclamation mark
    Fix      // a light bulb: a quick fix is there
};

QImage markImage(MarkSymbol symbol, int size, const QPalette& palette);
QIcon markIcon(MarkSymbol symbol, const QPalette& palette);

} // namespace claimsmith::ui
