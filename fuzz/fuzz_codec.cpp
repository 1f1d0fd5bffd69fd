// libFuzzer target for the protocol's edge: whatever bytes arrive, decode() and the strict body
// readers answer with a message or a named failure — never a crash, a hang or undefined
// behaviour (built with AddressSanitizer and UndefinedBehaviorSanitizer).
//
//   cmake --preset fuzz && cmake --build --preset fuzz --target baton-fuzz-codec
//   build-fuzz/bin/baton-fuzz-codec -max_total_time=60 fuzz/corpus/codec
#include "protocol.h"
#include "wire.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    baton::net::WireFailure failure;
    const auto message = baton::net::decode(bytes, &failure);
    if (!message) {
        if (failure.message.isEmpty())
            __builtin_trap();  // every refusal says why
        return 0;
    }
    // What decodes encodes, and decodes again to the same type and id.
    const auto again = baton::net::decode(baton::net::encode(*message), &failure);
    if (!again || again->type != message->type || again->id != message->id)
        __builtin_trap();
    if (message->type == QLatin1String("contact.create"))
        (void)baton::net::readContactCreate(message->body);
    return 0;
}
