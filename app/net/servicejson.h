#pragma once
// Reading request bodies and writing shared answer shapes, for the parts of RoutingService that
// live in separate files (service.cpp, servicereview.cpp). Internal to baton_net.

#include "jsonreader.h"
#include "interactionrepository.h"
#include "result.h"
#include "scriptrepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace baton::net::detail {

// Reads a request body with `read`; keys outside `allowed` and type errors become a field error.
template <typename T>
core::Result<T> readBody(const QJsonObject &body, const std::function<T(const core::json::Node &, const QJsonObject &)> &read,
                         const QStringList &allowed)
{
    try {
        const core::json::Node root(body, QString());
        return read(root, root.object(allowed));
    } catch (const core::json::JsonFailure &f) {
        return f.error;
    }
}

// An interaction as history.page and review.list give it.
QJsonObject interactionJson(const store::Interaction &i);
QJsonObject cursorJson(const store::HistoryCursor &c);
// A day of the site ("2026-11-24"), or a field error.
QDate dayField(const core::json::Node &root, const QJsonObject &o, const char *key);
// An ISO 8601 time ("2026-11-24T00:00:00+08:00", or UTC without an offset); null = open.
QDateTime timeField(const core::json::Node &root, const QJsonObject &o, const char *key);
// A request's "contact": a whole number ≥ 1, or a field error.
core::ContactId contactField(const core::json::Node &root, const QJsonObject &o);
QString optionalString(const core::json::Node &root, const QJsonObject &o, const char *key);
QJsonObject versionJson(const store::ScriptVersion &v);
store::ScriptId scriptField(const core::json::Node &root, const QJsonObject &o);

}  // namespace baton::net::detail
