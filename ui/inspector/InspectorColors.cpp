#include "InspectorColors.h"

namespace claimsmith::ui::inspector {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor tokenPartColor(int index, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (index) {
    case 0:
        return dark ? QColor(0xff, 0x6b, 0x8b) : QColor(0xc2, 0x18, 0x4b);
    case 1:
        return dark ? QColor(0xd3, 0x8c, 0xff) : QColor(0x7b, 0x1f, 0xa2);
    case 2:
        return dark ? QColor(0x4f, 0xc3, 0xf7) : QColor(0x02, 0x6a, 0xa7);
    }
    return palette.color(QPalette::PlaceholderText);
}

JsonColors JsonColors::of(const QPalette& palette)
{
    if (isDark(palette))
        return {QColor(0x8a, 0xb4, 0xf8), QColor(0x81, 0xc9, 0x95), QColor(0xfc, 0xad, 0x70),
                QColor(0xd7, 0xae, 0xfb), palette.color(QPalette::PlaceholderText)};
    return {QColor(0x1a, 0x4f, 0x9c), QColor(0x1b, 0x7a, 0x35), QColor(0xa8, 0x4b, 0x00),
            QColor(0x8e, 0x24, 0xaa), palette.color(QPalette::PlaceholderText)};
}

QColor severityColor(jose::Severity severity, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case jose::Severity::Error:
        return dark ? QColor(0xff, 0x6e, 0x6e) : QColor(0xc6, 0x28, 0x28);
    case jose::Severity::Warning:
        return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    case jose::Severity::Info:
        return dark ? QColor(0x7c, 0xb8, 0xff) : QColor(0x1f, 0x6f, 0xc5);
    }
    return palette.color(QPalette::WindowText);
}

QColor goodColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x6c, 0xd4, 0x86) : QColor(0x1e, 0x7e, 0x34);
}

} // namespace claimsmith::ui::inspector
