#pragma once
// ScriptModel: the live call script for the contact in front of the agent, one row per stage
// (greet, verify, diagnose, recap, upsell, custom), the text filled with the customer's data,
// the current stage marked. The stage moves forward by itself when the conversation — chat
// lines, the IVR reason, what the agent types — contains a later stage's cue words; the agent
// moves it with next/previous. Upsell suggestions come from the script's rules matched against
// the customer's attributes and history, never from code.

#include "routerclient.h"
#include "scriptrepository.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

namespace baton::models {

class ScriptModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { KeyRole = Qt::UserRole + 1, TitleRole, TextRole, CuesRole, CurrentRole, ReachedRole, SuggestionsRole };

    explicit ScriptModel(QObject *parent = nullptr);

    // Asks the router for the script live for `group` and `business`; scriptChanged() follows.
    void load(net::RouterClient *client, const QString &group, const QString &business, QHash<QString, QString> values);
    void setStages(QList<store::ScriptStage> stages, QHash<QString, QString> values, int version = 0);
    void clear();
    void setValue(const QString &key, const QString &value);
    QHash<QString, QString> values() const { return m_values; }

    int version() const { return m_version; }
    int current() const { return m_current; }
    void setCurrent(int stage);
    bool next();
    bool previous();
    // Moves forward to the last later stage whose cue words appear in `text`; true if it moved.
    bool observe(const QString &text);
    // Every stage's upsell suggestions that match this customer, in stage and rule order.
    QStringList suggestions() const;
    QString stageText(int stage) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void scriptChanged();
    void currentChanged(int stage);
    void loadFailed(const QString &message);

private:
    QList<store::ScriptStage> m_stages;
    QHash<QString, QString> m_values;
    int m_version = 0;
    int m_current = -1;
    int m_reached = -1;
    quint64 m_generation = 0;
};

}  // namespace baton::models
