#include "singleinstance.h"

#include "applicationid.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

namespace baton::platform {

namespace {
constexpr int kConnectMs = 1000;
constexpr int kReplyMs = 2000;
constexpr qsizetype kMaxMessage = 4096;
}  // namespace

SingleInstance::SingleInstance(QString socketPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(socketPath))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultSocketPath()
{
    // $XDG_RUNTIME_DIR is private to the user and to this log-in; Qt falls back to a private
    // directory of its own when it is not set.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return QDir(dir).filePath(applicationId() + QStringLiteral(".socket"));
}

SingleInstance::Role SingleInstance::claim(const QByteArray &message)
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(10'000);
    if (!lock.tryLock(kConnectMs + kReplyMs)) {
        m_error = QStringLiteral("another launch is holding %1").arg(lock.fileName());
        return Role::Unavailable;
    }
    if (handOver(message))
        return Role::Secondary;

    // Nobody answered: whatever is at the path is left over from a process that died.
    QLocalServer::removeServer(m_path);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_path)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Role::Unavailable;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::serve);
    return Role::Primary;
}

bool SingleInstance::handOver(const QByteArray &message)
{
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(kConnectMs))
        return false;
    socket.write(message.left(kMaxMessage) + '\n');
    if (!socket.waitForBytesWritten(kReplyMs))
        return false;
    // The primary answers once it has taken the message; without an answer it is hung, and this
    // launch takes over rather than exiting into nothing.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(kReplyMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

void SingleInstance::serve()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxMessage)
                    socket->abort();
                return;
            }
            const QByteArray message = socket->readLine(kMaxMessage + 1).trimmed();
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT messageReceived(message);
        });
    }
}

}  // namespace baton::platform
