#include "RequestCounts.h"

qint64 RequestCounts::processed() const
{
    const qint64 sum = succeededCount() + failed + expired + canceled;
    return total > 0 ? qMin(sum, total) : sum;
}

double RequestCounts::fraction() const
{
    if (total <= 0)
        return 0.0;
    return double(processed()) / double(total);
}
