#pragma once

#include "model/Batch.h"

#include <QCoreApplication>
#include <QString>

// The buckets of the status filter: what a person means by "failed" or
// "cancelled", whichever provider spelled it and however it ended.
class StatusCategory
{
    Q_DECLARE_TR_FUNCTIONS(StatusCategory)
public:
    enum Kind { All, Active, Completed, Failed, Expired, Cancelled, Count };

    static Kind of(const Batch &batch);
    static bool contains(Kind filter, const Batch &batch);
    static QString label(Kind kind);
    // Translated, human wording of a status ("in progress"); unknown ones verbatim.
    static QString statusText(const BatchStatus &status);
};
