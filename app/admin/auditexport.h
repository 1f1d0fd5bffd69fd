#pragma once
// `baton-admin audit export`: the audit log as RFC 4180 CSV or a JSON array, for auditors and
// spreadsheets.

#include "auditlog.h"
#include "result.h"

#include <QByteArray>
#include <QList>

class QCommandLineParser;

namespace baton::admin {

struct AuditExport {
    enum class Format { Csv, Json };
    store::AuditQuery query;
    Format format = Format::Csv;
};

void addAuditOptions(QCommandLineParser &parser);
// The command line as an AuditExport; an error is a usage error (exit 2).
core::Result<AuditExport> parseAuditExport(const QCommandLineParser &parser);
int runAuditExport(store::Database &db, const AuditExport &request);

// A time on the command line: ISO 8601, a date alone meaning its midnight; without an offset
// ("Z", "+08:00") the time is UTC.
core::Result<QDateTime> parseCommandLineTime(const QString &text);

// RFC 4180: header at,actor,action,object,before,after; CRLF line ends; fields with a comma,
// quote or line break quoted, quotes doubled; UTF-8 without a byte-order mark.
QByteArray auditCsv(const QList<store::AuditEntry> &entries);
// [{"at","actor","action","object","before","after"}], before/after null when empty.
QByteArray auditJson(const QList<store::AuditEntry> &entries);

}  // namespace baton::admin
