#include "BackendFactory.h"

#include "AnthropicBackend.h"
#include "BifrostBackend.h"
#include "OpenAiBackend.h"

std::unique_ptr<BatchBackend> makeBackend(const Connection &connection, QObject *parent)
{
    switch (connection.kind) {
    case BackendKind::OpenAi:
        return std::make_unique<OpenAiBackend>(connection, parent);
    case BackendKind::Anthropic:
        return std::make_unique<AnthropicBackend>(connection, parent);
    case BackendKind::Bifrost:
        break;
    }
    return std::make_unique<BifrostBackend>(connection, parent);
}
