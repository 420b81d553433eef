#pragma once

#include <QtGlobal>
#include <cstring>

// Calls `f(offset, length, lineNumber)` for every line of a JSONL buffer.
// The length excludes the line end ("\n" or "\r\n"); blank lines are passed
// over but still counted, so line numbers match what an editor shows.
template<typename F>
void forEachJsonlLine(const char *data, qint64 size, F f)
{
    qint64 offset = 0;
    qint64 lineNumber = 0;
    while (offset < size) {
        ++lineNumber;
        const char *start = data + offset;
        const void *nl = std::memchr(start, '\n', size_t(size - offset));
        qint64 length = nl ? static_cast<const char *>(nl) - start : size - offset;
        const qint64 next = offset + length + (nl ? 1 : 0);
        if (length > 0 && start[length - 1] == '\r')
            --length;
        bool blank = true;
        for (qint64 i = 0; i < length && blank; ++i)
            blank = start[i] == ' ' || start[i] == '\t';
        if (!blank)
            f(offset, length, lineNumber);
        offset = next;
    }
}
