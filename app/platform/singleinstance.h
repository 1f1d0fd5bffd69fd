#pragma once
// SingleInstance: one Baton per user session. The first process listens on a local socket in the
// user's runtime directory; a later one hands it a message ("activate") and exits, so a second
// launch from the menu brings the running window forward instead of opening a second desk.

#include <QByteArray>
#include <QObject>
#include <QString>

class QLocalServer;

namespace baton::platform {

class SingleInstance : public QObject {
    Q_OBJECT

public:
    enum class Role {
        Primary,      // this process is the one: it listens for later launches
        Secondary,    // another one is running and took the message
        Unavailable,  // neither (the socket could not be made): run anyway, alone
    };

    // `socketPath`: a path for the local socket; by default the user's runtime directory.
    explicit SingleInstance(QString socketPath = defaultSocketPath(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultSocketPath();

    // Becomes the primary, or hands `message` to the running one. Launches that race are
    // serialised by a lock file beside the socket; a socket left by a crashed process is replaced.
    Role claim(const QByteArray &message = QByteArrayLiteral("activate"));
    QString socketPath() const { return m_path; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // On the primary: a later launch sent this.
    void messageReceived(const QByteArray &message);

private:
    bool handOver(const QByteArray &message);
    void serve();

    QString m_path;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

}  // namespace baton::platform
