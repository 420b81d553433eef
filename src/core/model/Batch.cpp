#include "Batch.h"

Timestamp Batch::endedAt() const
{
    for (const Timestamp &t : {completedAt, failedAt, expiredAt, cancelledAt}) {
        if (t)
            return t;
    }
    return std::nullopt;
}
