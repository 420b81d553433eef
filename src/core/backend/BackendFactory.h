#pragma once

#include "BatchBackend.h"

#include <memory>

// The backend that speaks a connection's protocol.
std::unique_ptr<BatchBackend> makeBackend(const Connection &connection, QObject *parent = nullptr);
