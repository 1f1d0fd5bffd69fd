#include "experiment.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace baton::core {

int experimentBucket(const QString &experimentId, const QString &keyValue)
{
    // Not qHash: it is seeded per process, and the split must not change with the process.
    const QByteArray digest =
        QCryptographicHash::hash((experimentId + QLatin1Char(':') + keyValue).toUtf8(), QCryptographicHash::Sha256);
    const quint64 head = qFromBigEndian<quint64>(digest.constData());
    return static_cast<int>(head % 100);
}

const ExperimentVariant *variantForBucket(const Experiment &experiment, int bucket)
{
    int upTo = 0;
    for (const ExperimentVariant &v : experiment.variants) {
        upTo += v.share;
        if (bucket < upTo)
            return &v;
    }
    return nullptr;
}

VariantAssignment assignVariant(const Experiment &experiment, const ContactRequest &request, ContactId contact)
{
    VariantAssignment a;
    a.experiment = experiment.id;
    a.key = experiment.key;
    QString value;
    const QString caller = request.handOver.callerNumber.trimmed();
    if (a.key == ExperimentKey::Customer) {
        value = request.customer.id.value();
        if (value.isEmpty())
            a.key = ExperimentKey::Caller;
    }
    if (a.key == ExperimentKey::Caller) {
        value = caller;
        if (value.isEmpty())
            a.key = ExperimentKey::Contact;
    }
    if (a.key == ExperimentKey::Contact)
        value = QString::number(contact.value());
    const ExperimentVariant *v = variantForBucket(experiment, experimentBucket(experiment.id, value));
    a.variant = v ? v->id : QString();
    return a;
}

}  // namespace baton::core
