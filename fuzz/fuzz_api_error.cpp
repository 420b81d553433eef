// The API error parser on any error body a server (or a proxy in front of it)
// could send, with any status. The first two bytes give the status.
#include "FuzzCheck.h"
#include "model/ApiError.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const ApiError error = ApiError::fromHttpBody(QStringLiteral("list"), status, body);
    FUZZ_CHECK(error.httpStatus == status, "the status is the one received");
    const QString text = error.toString();
    FUZZ_CHECK(text.startsWith(QStringLiteral("list failed: HTTP ")), "the message names the operation and status");
    FUZZ_CHECK(text.size() < 4096, "the message stays readable whatever the body's size");
    (void)error.reason();
    return 0;
}
