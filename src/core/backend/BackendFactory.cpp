#include "BackendFactory.h"

#include "BifrostBackend.h"

std::unique_ptr<BatchBackend> makeBackend(const Connection &connection, QObject *parent)
{
    switch (connection.kind) {
    case BackendKind::Bifrost:
    case BackendKind::OpenAi:
    case BackendKind::Anthropic:
        break;
    }
    return std::make_unique<BifrostBackend>(connection, parent);
}
