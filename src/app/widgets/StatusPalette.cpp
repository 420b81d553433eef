#include "StatusPalette.h"

#include "Icons.h"

namespace StatusPalette {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor color(StatusCategory::Kind category, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (category) {
    case StatusCategory::Active:
        return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x09, 0x69, 0xda);
    case StatusCategory::Completed:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    case StatusCategory::Partial:
        return dark ? QColor(0xf0, 0x88, 0x3e) : QColor(0xbc, 0x4c, 0x00);
    case StatusCategory::Failed:
        return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    case StatusCategory::Expired:
        return dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
    case StatusCategory::Cancelled:
        return dark ? QColor(0xa3, 0x71, 0xf7) : QColor(0x82, 0x50, 0xdf);
    default:
        return palette.color(QPalette::Text);
    }
}

QIcon icon(StatusCategory::Kind category, bool unknownStatus, const QPalette &palette)
{
    if (unknownStatus)
        return Icons::tinted(QStringLiteral("status-unknown"), palette.color(QPalette::Text));
    const QColor c = color(category, palette);
    switch (category) {
    case StatusCategory::Active:
        return Icons::tinted(QStringLiteral("status-active"), c);
    case StatusCategory::Completed:
        return Icons::tinted(QStringLiteral("status-completed"), c);
    case StatusCategory::Partial:
        return Icons::tinted(QStringLiteral("status-partial"), c);
    case StatusCategory::Failed:
        return Icons::tinted(QStringLiteral("status-failed"), c);
    case StatusCategory::Expired:
        return Icons::tinted(QStringLiteral("status-expired"), c);
    case StatusCategory::Cancelled:
        return Icons::tinted(QStringLiteral("status-cancelled"), c);
    default:
        return Icons::tinted(QStringLiteral("status-unknown"), c);
    }
}

QColor succeeded(const QPalette &palette)
{
    return color(StatusCategory::Completed, palette);
}

QColor failed(const QPalette &palette)
{
    return color(StatusCategory::Failed, palette);
}

StatusCategory::Kind categoryOf(ResultOutcome outcome)
{
    switch (outcome) {
    case ResultOutcome::Succeeded:
        return StatusCategory::Completed;
    case ResultOutcome::Errored:
        return StatusCategory::Failed;
    case ResultOutcome::Expired:
        return StatusCategory::Expired;
    case ResultOutcome::Canceled:
        return StatusCategory::Cancelled;
    }
    return StatusCategory::Failed;
}

} // namespace StatusPalette
