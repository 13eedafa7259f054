#pragma once

#include <QPalette>
#include <QString>

namespace claimsmith::ui {

// Pretty-printed JSON as HTML with member names, strings, numbers and
// literals coloured for the palette (light or dark). The top-level member
// `highlight` (a claim) gets a highlighted background.
QString jsonHtml(const QString& prettyJson, const QPalette& palette, const QString& highlight);

// A compact JWS with its three parts coloured as jwt.io does.
QString tokenHtml(const QString& token);

} // namespace claimsmith::ui
