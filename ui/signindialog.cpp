#include "signindialog.h"

#include "routerclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace baton::ui {

SignInDialog::SignInDialog(const QList<std::pair<QString, QString>> &localAgents, QWidget *parent)
    : QDialog(parent)
    , m_local(new QRadioButton(tr("On &this computer"), this))
    , m_remote(new QRadioButton(tr("On the site's &router"), this))
    , m_agent(new QComboBox(this))
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
{
    setWindowTitle(tr("Sign in to Baton"));
    for (const auto &[id, name] : localAgents)
        m_agent->addItem(QStringLiteral("%1 (%2)").arg(name, id), id);
    m_local->setEnabled(!localAgents.isEmpty());
    if (localAgents.isEmpty())
        m_local->setToolTip(tr("No site is set up on this computer; start Baton with --config to run one."));
    m_server->setPlaceholderText(QStringLiteral("wss://router.example:8443"));
    // Wide enough for an active and a standby router's addresses side by side.
    m_server->setMinimumWidth(m_server->fontMetrics().horizontalAdvance(QStringLiteral("wss://router1.example:8443, wss://router2.example:8443")) + 16);
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c0392b"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->hide();
    m_signIn->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_local);
    form->addRow(tr("&Agent:"), m_agent);
    form->addRow(m_remote);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_local, &QRadioButton::toggled, this, &SignInDialog::updateMode);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (localAgents.isEmpty() ? m_remote : m_local)->setChecked(true);
    updateMode();
}

void SignInDialog::updateMode()
{
    const bool local = m_local->isChecked();
    m_agent->setEnabled(local);
    for (QWidget *w : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_remember)})
        w->setEnabled(!local);
}

void SignInDialog::setChoice(const SignInChoice &c)
{
    (c.embedded && m_local->isEnabled() ? m_local : m_remote)->setChecked(true);
    if (c.embedded) {
        const int i = m_agent->findData(c.user);
        if (i >= 0)
            m_agent->setCurrentIndex(i);
    } else {
        m_user->setText(c.user);
    }
    m_server->setText(c.server);
    m_password->setText(c.password);
    m_remember->setChecked(c.remember);
    if (!c.embedded && !c.user.isEmpty())
        m_password->setFocus();
}

SignInChoice SignInDialog::choice() const
{
    SignInChoice c;
    c.embedded = m_local->isChecked();
    c.server = m_server->text().trimmed();
    c.user = c.embedded ? m_agent->currentData().toString() : m_user->text().trimmed();
    c.password = c.embedded ? QString() : m_password->text();
    c.remember = m_remember->isChecked();
    return c;
}

void SignInDialog::submit()
{
    const SignInChoice c = choice();
    if (!c.embedded) {
        // One router, or a site's active and standby routers separated by commas.
        if (!net::RemoteClient::parseUrls(c.server)) {
            showError(tr("The server address must look like wss://host:port (or ws:// on a trusted network). "
                         "Give a site's standby routers too, separated by commas."));
            m_server->setFocus();
            return;
        }
        if (c.user.isEmpty()) {
            showError(tr("Enter your user name."));
            m_user->setFocus();
            return;
        }
    } else if (c.user.isEmpty()) {
        showError(tr("Choose the agent to sign in as."));
        return;
    }
    m_error->hide();
    setBusy(true);
    Q_EMIT signInRequested(c);
}

void SignInDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

}  // namespace baton::ui
