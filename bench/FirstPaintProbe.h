#pragma once

#include "results/ResultIndex.h"

struct FirstPaint
{
    double ms = -1;             // from opening the window to its first rows on screen
    double longestStallMs = -1; // the longest the GUI thread went without running its timers
    int rows = 0;
};

// Opens a ResultsWindow on a finished batch whose results are already in the
// cache (these files), and measures until the first rows are painted.
FirstPaint measureFirstPaint(const QList<ResultIndex::Source> &sources);
