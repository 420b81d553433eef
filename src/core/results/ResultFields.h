#pragma once

#include "model/ResultOutcome.h"

#include <cstdint>
#include <string>
#include <string_view>

// What one result line says, in standard types only: the parser kernels fill
// it, compiled once per instruction set, and nothing of Qt may be compiled
// into them. Understands OpenAI rows (response/error), Anthropic rows
// (result.type, nested errors) and the gateway's mix of both.
struct ResultFields
{
    std::string customId;         // unescaped
    std::string_view customIdRaw; // the raw token in the input, quotes included
    ResultOutcome outcome = ResultOutcome::Errored;
    int statusCode = 0;
    std::string errorCode;
    std::string errorMessage; // Full depth only
    std::string errorType;    // Full depth only
    std::string requestId;    // Full depth only
    std::string model;        // Full depth only
    int64_t inputTokens = -1;
    int64_t outputTokens = -1;
    std::string_view bodyRaw; // response.body or result.message, raw, into the input

    // Empties every field but keeps the strings' buffers: one ResultFields serves a whole file.
    void clear()
    {
        customId.clear();
        customIdRaw = {};
        outcome = ResultOutcome::Errored;
        statusCode = 0;
        errorCode.clear();
        errorMessage.clear();
        errorType.clear();
        requestId.clear();
        model.clear();
        inputTokens = -1;
        outputTokens = -1;
        bodyRaw = {};
    }
};
