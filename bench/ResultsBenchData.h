#pragma once

#include <QString>

// Writes the benchmark's data set: `rows` OpenAI batch output lines (chat
// completions with usage and unicode text), with `errorPermille` of them
// error rows, as the simulator would serve them. Returns the file size.
qint64 writeBenchResults(const QString &path, int rows, int errorPermille);
