#pragma once
// CustomerImport: customers and their attributes from CSV (as exported from Excel or a CRM),
// UTF-8 or GB18030, in one transaction. The header row names the columns: `name`, `phone`
// (several separated by ;), `tags` (separated by ; or ,), `dedicated_agent`, `id:SYSTEM` for an
// id in another system ("id:crm"); every other column is an attribute. A row whose external id
// or phone matches a stored customer updates that customer; otherwise it creates one.
//
// Errors are reported per line and never half-apply a row. Strict: any error imports nothing.
// Dry run: everything is checked and counted, nothing is kept.

#include "clock.h"
#include "result.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>

namespace baton::store {

class AuditLog;
class Database;

struct ImportOptions {
    enum class Encoding { Auto, Utf8, Gb18030 };
    Encoding encoding = Encoding::Auto;
    bool dryRun = false;
    bool strict = false;
    std::function<void(long long rowsDone)> progress;  // called every 1,000 rows
    // When set, a committed import writes one audit row ("customers.import", object
    // "import:<source>", after: the counts) in the same transaction.
    AuditLog *audit = nullptr;
    QString actor;
    QString source;  // the file name, as the person gave it
};

struct ImportLineError {
    int line = 0;
    QString message;
};

struct ImportReport {
    QString encoding;              // "UTF-8" or "GB18030"
    long long rows = 0;            // data rows read
    long long created = 0;
    long long updated = 0;
    QList<ImportLineError> errors; // at most 1,000 listed; `errorCount` has them all
    long long errorCount = 0;
    bool committed = false;        // false for a dry run, or strict with errors
};

class CustomerImport {
public:
    // Fails as a whole only for what makes every row meaningless: unreadable input, an
    // unknown encoding, a header without a name/phone/id column.
    static core::Result<ImportReport> run(Database &db, const core::Clock &clock, QIODevice &input, const ImportOptions &options);
};

}  // namespace baton::store
