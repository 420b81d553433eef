#pragma once

#include <QByteArray>
#include <QString>

// The answer in a response body, whichever API produced it: chat completions
// (choices[0].message.content), completions (choices[0].text), responses
// (the output text), Anthropic messages (content[0].text), or for embeddings
// the number of dimensions.
namespace AnswerText {
QString extract(const QByteArray &bodyJson, int maxChars = 120);
}
