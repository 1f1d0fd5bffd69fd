#pragma once
// The journal's on-disk form: records and snapshots as CBOR (RFC 8949) maps with short keys.
// Decoding checks every field it needs and names the one that is wrong.

#include "result.h"
#include "routerstate.h"

#include <QByteArray>

namespace baton::store {

QByteArray encodeRecord(const core::JournalRecord &record);
core::Result<core::JournalRecord> decodeRecord(const QByteArray &bytes);

QByteArray encodeSnapshot(const core::RouterSnapshot &snapshot);
core::Result<core::RouterSnapshot> decodeSnapshot(const QByteArray &bytes);

}  // namespace baton::store
