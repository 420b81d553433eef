#pragma once

#include "model/ResultRow.h"
#include "model/StatusCategory.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

// Distinct colours per status category, chosen per theme: darker tones on a
// light background, lighter ones on a dark background, so each stays readable.
namespace StatusPalette {
bool isDark(const QPalette &palette);
QColor color(StatusCategory::Kind category, const QPalette &palette);
QIcon icon(StatusCategory::Kind category, bool unknownStatus, const QPalette &palette);
QColor succeeded(const QPalette &palette);
QColor failed(const QPalette &palette);
// The batch-level colour and icon a request outcome borrows.
StatusCategory::Kind categoryOf(ResultOutcome outcome);
} // namespace StatusPalette
