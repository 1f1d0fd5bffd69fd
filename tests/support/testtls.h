#pragma once
// A self-signed certificate for 127.0.0.1, made with openssl in a temporary directory, as a
// server's TLS configuration; nullopt (the caller skips) when openssl is not installed.

#include <QSslConfiguration>
#include <QTemporaryDir>

#include <optional>

namespace baton::test {

std::optional<QSslConfiguration> selfSignedServerTls(const QTemporaryDir &dir);

}  // namespace baton::test
